// The gateway's Windows zone table against the list the emulator's table is also tested against
// (test/fixtures/windows-zone-names.json, from CLDR's windowsZones), so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WINDOWS_TO_IANA, ianaFromOutlookZone } from './windows-zones';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '../../test/fixtures/windows-zone-names.json'), 'utf8')) as {
  cldr001: Record<string, string>;
  displayNames: Record<string, string>;
};
const expected = { ...fixture.cldr001, ...fixture.displayNames };
const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

describe('Windows zone names', () => {
  it('maps exactly the names of the shared list', () => {
    expect(Object.keys(WINDOWS_TO_IANA).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('maps %s to the zone CLDR gives for territory 001 (%s)', (windows, cldr) => {
    expect(ianaFromOutlookZone(windows)).toBe(canonical(cldr));
    expect(ianaFromOutlookZone(windows.toUpperCase())).toBe(canonical(cldr));
  });

  it('uses only names Intl calls canonical', () => {
    const notCanonical = Object.values(WINDOWS_TO_IANA).filter((zone) => canonical(zone) !== zone);
    expect(notCanonical).toEqual([]);
  });

  it('reads an IANA name as it is, and an unknown name as undefined', () => {
    expect(ianaFromOutlookZone('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(ianaFromOutlookZone('Mars Standard Time')).toBeUndefined();
    expect(ianaFromOutlookZone(undefined)).toBeUndefined();
  });
});
