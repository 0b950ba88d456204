import { SlotQueryError } from './slot-query-error';
import {
  civilFromDay,
  dayFromCivil,
  firstDayOfMonth,
  firstDayOfNextMonth,
  HOUR,
  isKnownZone,
  localDayOf,
  localWallTime,
  mondayOnOrBefore,
  weekdayOfDay,
  zoneOffsetAt,
} from './zone-time';

const utc = (iso: string): number => Date.parse(`${iso}Z`);
const day = (y: number, m: number, d: number): number => dayFromCivil(y, m, d);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** What a wall clock in the zone shows at an instant, from Intl itself (the oracle). */
function wallClock(zone: string, instant: number): string {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formatters.set(zone, formatter);
  }
  return formatter.format(instant);
}

describe('zoneOffsetAt', () => {
  it('follows London from GMT to BST at 01:00 UTC on 29 March 2026', () => {
    expect(zoneOffsetAt('Europe/London', utc('2026-03-29T00:59:59'))).toBe(0);
    expect(zoneOffsetAt('Europe/London', utc('2026-03-29T01:00:00'))).toBe(HOUR);
  });

  it('follows New York into and out of daylight time in 2026', () => {
    expect(zoneOffsetAt('America/New_York', utc('2026-03-08T06:59:59'))).toBe(-5 * HOUR);
    expect(zoneOffsetAt('America/New_York', utc('2026-03-08T07:00:00'))).toBe(-4 * HOUR);
    expect(zoneOffsetAt('America/New_York', utc('2026-11-01T05:59:59'))).toBe(-4 * HOUR);
    expect(zoneOffsetAt('America/New_York', utc('2026-11-01T06:00:00'))).toBe(-5 * HOUR);
  });

  it('knows half-hour zones', () => {
    expect(zoneOffsetAt('Asia/Kolkata', utc('2026-07-01T12:00:00'))).toBe(5.5 * HOUR);
  });
});

describe('localWallTime', () => {
  it('places 09:00 on the local clock on both sides of a change', () => {
    expect(localWallTime('Europe/London', day(2026, 3, 27), 9 * 60)).toBe(utc('2026-03-27T09:00:00'));
    expect(localWallTime('Europe/London', day(2026, 3, 30), 9 * 60)).toBe(utc('2026-03-30T08:00:00'));
    expect(localWallTime('America/New_York', day(2026, 10, 30), 9 * 60)).toBe(utc('2026-10-30T13:00:00'));
    expect(localWallTime('America/New_York', day(2026, 11, 2), 9 * 60)).toBe(utc('2026-11-02T14:00:00'));
  });

  it('moves a wall time skipped in spring forward by the jump', () => {
    expect(localWallTime('America/New_York', day(2026, 3, 8), 2 * 60 + 30)).toBe(utc('2026-03-08T07:30:00'));
    expect(localWallTime('Europe/London', day(2026, 3, 29), 60)).toBe(utc('2026-03-29T01:00:00'));
  });

  it('takes the first of a wall time repeated in autumn, in zones either side of UTC', () => {
    expect(localWallTime('America/New_York', day(2026, 11, 1), 90)).toBe(utc('2026-11-01T05:30:00'));
    expect(localWallTime('Australia/Sydney', day(2026, 4, 5), 150)).toBe(utc('2026-04-04T15:30:00'));
  });

  it('agrees with Intl across a year in several zones, moving skipped times forward by the jump', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    const label = (localMs: number): string => new Date(localMs).toISOString().slice(0, 16).replace('T', ' ');
    let gaps = 0;
    for (const zone of zones) {
      for (let d = day(2026, 1, 1); d < day(2027, 1, 1); d++) {
        for (let minute = 0; minute < 1440; minute += 75) {
          const instant = localWallTime(zone, d, minute);
          const asked = d * 86_400_000 + minute * 60_000;
          const reading = wallClock(zone, instant);
          if (reading === label(asked)) continue;
          // A skipped wall time: it reads later by exactly the size of the jump.
          const jump = zoneOffsetAt(zone, instant + 86_400_000) - zoneOffsetAt(zone, instant - 86_400_000);
          expect(jump).toBeGreaterThan(0);
          expect(reading).toBe(label(asked + jump));
          gaps++;
        }
      }
    }
    expect(gaps).toBeGreaterThan(0);
  });
});

describe('local days', () => {
  it('puts an instant on the date its zone shows', () => {
    const instant = utc('2026-03-29T22:00:00');
    expect(localDayOf('Europe/London', instant)).toBe(day(2026, 3, 29));
    expect(localDayOf('Australia/Sydney', instant)).toBe(day(2026, 3, 30));
    expect(localDayOf('America/Los_Angeles', instant)).toBe(day(2026, 3, 29));
  });

  it('numbers weekdays from Sunday and starts weeks on Monday', () => {
    expect(weekdayOfDay(day(2026, 3, 23))).toBe(1);
    expect(weekdayOfDay(day(2026, 3, 29))).toBe(0);
    expect(mondayOnOrBefore(day(2026, 3, 29))).toBe(day(2026, 3, 23));
    expect(mondayOnOrBefore(day(2026, 3, 23))).toBe(day(2026, 3, 23));
  });

  it('converts dates both ways, leap days and month ends included', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2024, 2, 29], [2026, 12, 31], [1969, 12, 31], [2100, 3, 1]] as const) {
      const n = day(y, m, d);
      expect(n).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      expect(civilFromDay(n)).toEqual({ year: y, month: m, day: d });
    }
    expect(firstDayOfMonth(day(2026, 3, 31))).toBe(day(2026, 3, 1));
    expect(firstDayOfNextMonth(day(2026, 12, 15))).toBe(day(2027, 1, 1));
  });
});

describe('unknown zones', () => {
  it('are refused with a code and a sentence naming the zone', () => {
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownZone('Asia/Kolkata')).toBe(true);
    expect(() => zoneOffsetAt('Mars/Olympus_Mons', 0)).toThrow(SlotQueryError);
    try {
      localDayOf('Mars/Olympus_Mons', 0);
    } catch (error) {
      expect((error as SlotQueryError).code).toBe('unknown-zone');
      expect((error as SlotQueryError).message).toContain('Mars/Olympus_Mons');
    }
    expect.assertions(5);
  });
});
