// How many sessions a mentor has this week and this month, counted in the mentor's own zone (the
// caps are theirs: a Monday-based week and a calendar month on their clock). Only the starts of
// sessions that hold a place are passed in (see holdsCapacity).
import { firstDayOfMonth, localDayOf, mondayOnOrBefore } from './zone-time';
import type { SessionStatus } from './session';

export interface MentorLoad {
  thisWeek: number;
  thisMonth: number;
}

/**
 * Whether a session holds a place in the mentor's caps: a cancelled one frees it, and a draft left
 * behind by an abandoned booking has no meeting, so it never took one.
 */
export function holdsCapacity(status: SessionStatus): boolean {
  return status !== 'cancelled' && status !== 'draft';
}

/** Booked sessions (by start) falling in the week and the month of `now`, in `zone`. */
export function mentorLoad(starts: readonly number[], zone: string, now: number): MentorLoad {
  const today = localDayOf(zone, now);
  const { weeks, months } = sessionsPerPeriod(starts, zone);
  return { thisWeek: weeks.get(mondayOnOrBefore(today)) ?? 0, thisMonth: months.get(firstDayOfMonth(today)) ?? 0 };
}

/**
 * Sessions (by start) per Monday-based week and per calendar month in `zone`, keyed by the local day
 * of the week's Monday and of the month's first day: the one count behind the load shown and the
 * caps enforced on slots (free-slots).
 */
export function sessionsPerPeriod(starts: readonly number[], zone: string): { weeks: Map<number, number>; months: Map<number, number> } {
  const weeks = new Map<number, number>();
  const months = new Map<number, number>();
  for (const start of starts) {
    const day = localDayOf(zone, start);
    const w = mondayOnOrBefore(day);
    const m = firstDayOfMonth(day);
    weeks.set(w, (weeks.get(w) ?? 0) + 1);
    months.set(m, (months.get(m) ?? 0) + 1);
  }
  return { weeks, months };
}
