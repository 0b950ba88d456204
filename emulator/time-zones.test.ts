// The rule for wall times in clock changes, on its examples (every change of the seeded zones in
// 2026–2028 is checked against Intl in test/contract/emulator-wall-times.test.ts), and the Windows
// zone table against the list the gateway's table is also tested against
// (test/fixtures/windows-zone-names.json, from CLDR's windowsZones).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OFFICES } from './seed-people';
import { WINDOWS_ZONES, ianaZone, wallToUtc, windowsZoneName } from './time-zones';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall times in clock changes', () => {
  it('moves a wall time in a spring gap forward by the gap', () => {
    expect(iso(wallToUtc(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(iso(wallToUtc(Date.UTC(2026, 2, 29, 1, 0), 'Europe/London'))).toBe('2026-03-29T01:00:00.000Z'); // 02:00 BST
    expect(iso(wallToUtc(Date.UTC(2026, 9, 4, 2, 15), 'Australia/Sydney'))).toBe('2026-10-03T16:15:00.000Z'); // 03:15 AEDT
  });

  it('takes the earlier of a repeated wall time', () => {
    expect(iso(wallToUtc(Date.UTC(2026, 9, 25, 1, 0), 'Europe/London'))).toBe('2026-10-25T00:00:00.000Z'); // 01:00 BST
    expect(iso(wallToUtc(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(iso(wallToUtc(Date.UTC(2026, 3, 5, 2, 30), 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z'); // 02:30 AEDT
  });

  it('converts the times either side of a change and in zones without one', () => {
    expect(iso(wallToUtc(Date.UTC(2026, 2, 8, 1, 59), 'America/New_York'))).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(wallToUtc(Date.UTC(2026, 2, 8, 3, 0), 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(wallToUtc(Date.UTC(2026, 9, 25, 2, 0), 'Europe/London'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(wallToUtc(Date.UTC(2026, 2, 8, 2, 30), 'Asia/Kolkata'))).toBe('2026-03-07T21:00:00.000Z');
  });
});

describe('Windows zone names', () => {
  const fixture = JSON.parse(readFileSync(path.join(__dirname, '../test/fixtures/windows-zone-names.json'), 'utf8')) as {
    cldr001: Record<string, string>;
    displayNames: Record<string, string>;
  };
  const expected = { ...fixture.cldr001, ...fixture.displayNames };
  const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

  it('maps exactly the names of the shared list', () => {
    expect(Object.keys(WINDOWS_ZONES).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('maps %s to the zone CLDR gives for territory 001 (%s)', (windows, cldr) => {
    expect(ianaZone(windows)).toBe(canonical(cldr));
    expect(ianaZone(windows.toLowerCase())).toBe(canonical(cldr));
  });

  it('uses only names Intl calls canonical', () => {
    expect(Object.values(WINDOWS_ZONES).filter((zone) => canonical(zone) !== zone)).toEqual([]);
  });

  it('names a Windows zone for every seeded zone, whichever IANA alias the seed uses', () => {
    for (const office of OFFICES) expect(Object.keys(WINDOWS_ZONES)).toContain(windowsZoneName(office.timeZone));
    expect(windowsZoneName('Asia/Kolkata')).toBe('India Standard Time');
  });
});
