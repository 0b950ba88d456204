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
  const week = mondayOnOrBefore(today);
  const month = firstDayOfMonth(today);
  let thisWeek = 0;
  let thisMonth = 0;
  for (const start of starts) {
    const day = localDayOf(zone, start);
    if (mondayOnOrBefore(day) === week) thisWeek++;
    if (firstDayOfMonth(day) === month) thisMonth++;
  }
  return { thisWeek, thisMonth };
}
