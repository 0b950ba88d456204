// Wall-clock time in IANA zones on plain numbers. The zone rules come from `Intl` (the runtime's
// own tz database); everything else is arithmetic. Offsets are asked of `Intl` once per zone and
// UTC day and then cached, because thousands of people share a handful of zones and a formatter
// call costs microseconds while a cache lookup costs nanoseconds.
//
// A "day" here is a local calendar date numbered as days since 1970-01-01, so that weekdays,
// weeks and months are integer arithmetic and never need a Date object.
import { SlotQueryError } from './slot-query-error';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Offset of one UTC day: `startOffset` until `transitionAt`, then `endOffset`. */
interface UtcDayOffsets {
  startOffset: number;
  transitionAt: number;
  endOffset: number;
}

interface ZoneState {
  formatter: Intl.DateTimeFormat;
  utcDays: Map<number, UtcDayOffsets>;
  /** Per local day: the offset when it holds all day and the next, or NaN when a change is near. */
  localDays: Map<number, number>;
}

const zones = new Map<string, ZoneState | null>();

function zoneState(zone: string): ZoneState | null {
  let state = zones.get(zone);
  if (state === undefined) {
    state = null;
    try {
      const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      state = { formatter, utcDays: new Map(), localDays: new Map() };
    } catch {
      // Intl throws a RangeError for names it does not know; the caller turns that into words.
    }
    zones.set(zone, state);
  }
  return state;
}

function stateOf(zone: string): ZoneState {
  const state = zoneState(zone);
  if (!state) {
    throw new SlotQueryError(
      'unknown-zone',
      `"${zone}" is not a time zone this app knows. Use an IANA name such as "Europe/London" or "America/New_York".`,
    );
  }
  return state;
}

/** Whether `Intl` knows the IANA zone name. */
export function isKnownZone(zone: string): boolean {
  return zoneState(zone) !== null;
}

/** Throws a `SlotQueryError` with code `unknown-zone` unless `Intl` knows the zone. */
export function assertKnownZone(zone: string): void {
  stateOf(zone);
}

/** Offset straight from Intl: local wall time minus UTC at a whole second. */
function intlOffset(state: ZoneState, instant: number): number {
  const at = Math.floor(instant / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of state.formatter.formatToParts(at)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      case 'hour': h = Number(part.value); break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
      default: break;
    }
  }
  return dayFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000 - at;
}

function utcDayOffsets(state: ZoneState, utcDay: number): UtcDayOffsets {
  let entry = state.utcDays.get(utcDay);
  if (entry === undefined) {
    const from = utcDay * DAY;
    const startOffset = intlOffset(state, from);
    const endOffset = intlOffset(state, from + DAY);
    let transitionAt = Infinity;
    if (startOffset !== endOffset) {
      // Zones change offset at most once a day; find the first second of the new offset.
      let lo = from;
      let hi = from + DAY;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (intlOffset(state, mid) === startOffset) lo = mid;
        else hi = mid;
      }
      transitionAt = hi;
    }
    entry = { startOffset, transitionAt, endOffset };
    state.utcDays.set(utcDay, entry);
  }
  return entry;
}

function offsetIn(state: ZoneState, instant: number): number {
  const entry = utcDayOffsets(state, Math.floor(instant / DAY));
  return instant < entry.transitionAt ? entry.startOffset : entry.endOffset;
}

/** Milliseconds to add to an instant to get the zone's wall-clock reading (+05:30 → 19,800,000). */
export function zoneOffsetAt(zone: string, instant: number): number {
  return offsetIn(stateOf(zone), instant);
}

/** The local calendar day (days since 1970-01-01) an instant falls on in a zone. */
export function localDayOf(zone: string, instant: number): number {
  return Math.floor((instant + offsetIn(stateOf(zone), instant)) / DAY);
}

/**
 * The instant a zone's clocks show `minuteOfDay` minutes past midnight of a local day
 * (minuteOfDay may be 1440 for the end of the day). A wall time skipped by a spring-forward
 * change moves forward by the jump (02:30 becomes 03:30), and one that occurs twice in an
 * autumn change is its first occurrence, as Temporal's 'compatible' rule and calendar apps do.
 */
export function localWallTime(zone: string, day: number, minuteOfDay: number): number {
  const state = stateOf(zone);
  const asUtc = day * DAY + minuteOfDay * MINUTE;
  let steady = state.localDays.get(day);
  if (steady === undefined) {
    // A day and its neighbours with one offset throughout need no further checks.
    const before = offsetIn(state, day * DAY - DAY);
    const after = offsetIn(state, day * DAY + 2 * DAY);
    steady = before === after && utcDayOffsets(state, day - 1).transitionAt === Infinity &&
      utcDayOffsets(state, day).transitionAt === Infinity && utcDayOffsets(state, day + 1).transitionAt === Infinity
      ? before
      : NaN;
    state.localDays.set(day, steady);
  }
  if (!Number.isNaN(steady)) return asUtc - steady;

  const earlier = offsetIn(state, asUtc - DAY);
  const later = offsetIn(state, asUtc + DAY);
  const first = asUtc - earlier;
  const second = asUtc - later;
  const firstValid = offsetIn(state, first) === earlier;
  const secondValid = offsetIn(state, second) === later;
  if (firstValid && secondValid) return Math.min(first, second);
  if (firstValid) return first;
  if (secondValid) return second;
  // In the gap: reading the wall time with the old offset lands after the jump.
  return first;
}

/** Day of the week of a local day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday on or before a local day, the first day of its week. */
export function mondayOnOrBefore(day: number): number {
  return day - ((weekdayOfDay(day) + 6) % 7);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12); Howard Hinnant's algorithm. */
export function dayFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of a day number (month 1–12); the inverse of `dayFromCivil`. */
export function civilFromDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

/** The first day of the month a day falls in. */
export function firstDayOfMonth(day: number): number {
  const c = civilFromDay(day);
  return dayFromCivil(c.year, c.month, 1);
}

/** The first day of the month after the one a day falls in. */
export function firstDayOfNextMonth(day: number): number {
  const c = civilFromDay(day);
  return c.month === 12 ? dayFromCivil(c.year + 1, 1, 1) : dayFromCivil(c.year, c.month + 1, 1);
}
