// Wall times across every clock change of the seeded zones in 2026–2028, checked against an oracle
// that asks Intl directly; and the Windows zone table against the list the gateway's table is also
// tested against (test/fixtures/windows-zone-names.json, from CLDR's windowsZones).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OFFICES } from './seed-people';
import { WINDOWS_ZONES, ianaZone, wallToUtc, windowsZoneName } from './time-zones';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at an instant, as if it were UTC, straight from Intl. */
function intlWall(zone: string, ms: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Every instant in [from, to) at which the zone's offset changes (at most once a day), to the minute. */
function transitions(zone: string, from: number, to: number): number[] {
  const offset = (ms: number) => intlWall(zone, ms) - ms;
  const found: number[] = [];
  for (let t = from; t < to; t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

/**
 * The documented rule, from Intl alone: of the instants whose wall clock reads `wall`, the earlier;
 * when none does (a spring-forward gap), the instant that reads `wall` moved forward by the gap.
 */
function oracle(zone: string, wall: number, transition: number): number {
  const before = intlWall(zone, transition - MINUTE) - (transition - MINUTE);
  const after = intlWall(zone, transition) - transition;
  const readings = [wall - before, wall - after].filter((t) => intlWall(zone, t) === wall);
  if (readings.length > 0) return Math.min(...readings);
  const moved = wall + (after - before) - after;
  expect(intlWall(zone, moved)).toBe(wall + (after - before));
  return moved;
}

const SEEDED_ZONES = [...new Set(OFFICES.map((o) => o.timeZone))];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2029, 0, 1);
const CHANGES = new Map(SEEDED_ZONES.map((zone) => [zone, transitions(zone, FROM, TO)]));

describe('wall times in clock changes, 2026–2028', () => {
  it('finds the clock changes of the seeded zones that have them', () => {
    const counts = Object.fromEntries(SEEDED_ZONES.map((zone) => [zone, CHANGES.get(zone)!.length]));
    expect(counts).toMatchObject({ 'Europe/London': 6, 'America/New_York': 6, 'Australia/Sydney': 6, 'Asia/Kolkata': 0, 'Africa/Lagos': 0 });
  });

  it.each(SEEDED_ZONES)('converts every minute within three hours of each change in %s as Intl does', (zone) => {
    const wrong: string[] = [];
    let checked = 0;
    for (const transition of CHANGES.get(zone)!) {
      const localAtChange = intlWall(zone, transition);
      for (let wall = localAtChange - 3 * HOUR; wall <= localAtChange + 3 * HOUR; wall += MINUTE) {
        checked += 1;
        const expected = oracle(zone, wall, transition);
        const actual = wallToUtc(wall, zone);
        if (actual !== expected) wrong.push(`${new Date(wall).toISOString().slice(0, 16)} → ${new Date(actual).toISOString()}, not ${new Date(expected).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(CHANGES.get(zone)!.length * 361);
  });

  it('moves a wall time in the spring gap forward by the gap, and takes the earlier of a repeated one', () => {
    expect(new Date(wallToUtc(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(wallToUtc(Date.UTC(2026, 9, 25, 1, 0), 'Europe/London')).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(new Date(wallToUtc(Date.UTC(2026, 3, 5, 2, 30), 'Australia/Sydney')).toISOString()).toBe('2026-04-04T15:30:00.000Z');
  });

  it('converts ordinary days everywhere the seed has people', () => {
    for (const zone of SEEDED_ZONES) {
      for (let day = FROM; day < TO; day += 7 * DAY) {
        const wall = day + 9 * HOUR;
        expect(intlWall(zone, wallToUtc(wall, zone))).toBe(wall);
      }
    }
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
    for (const zone of SEEDED_ZONES) expect(Object.keys(WINDOWS_ZONES)).toContain(windowsZoneName(zone));
    expect(windowsZoneName('Asia/Kolkata')).toBe('India Standard Time');
  });
});
