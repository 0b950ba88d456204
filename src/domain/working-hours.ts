// A person's working hours as instants: the weekly pattern is read in the person's own zone, day
// by day, so 09:00–17:00 stays 09:00–17:00 on the clock on both sides of a daylight-saving change.
import { sortAndMerge, type Interval } from './interval';
import { SlotQueryError } from './slot-query-error';
import { assertKnownZone, localDayOf, localWallTime, weekdayOfDay } from './zone-time';

/** Day names as Microsoft Graph's `workingHours.daysOfWeek` spells them. */
export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

export const DAYS_OF_WEEK: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface WorkingHours {
  days: readonly DayOfWeek[];
  /** Local start time, '09:00' (Graph's '09:00:00.0000000' is accepted too). */
  start: string;
  /** Local end time; '24:00' is the end of the day, and an end before the start runs past midnight. */
  end: string;
  /** IANA zone name the times are read in, such as 'Europe/London'. */
  zone: string;
}

interface ParsedHours {
  /** Bit d set when weekday d (0 = Sunday) is a working day. */
  dayMask: number;
  startMinute: number;
  endMinute: number;
  zone: string;
}

const TIME = /^(\d{2}):(\d{2})(?::00(?:\.0+)?)?$/;

function minuteOfDay(text: string, which: 'start' | 'end'): number {
  const m = TIME.exec(text);
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m ? Number(m[2]) : NaN;
  if (!m || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
    throw new SlotQueryError('invalid-working-hours', `The working hours' ${which} time "${text}" is not a time of day like "09:00".`);
  }
  return hours * 60 + minutes;
}

function parseHours(hours: WorkingHours): ParsedHours {
  assertKnownZone(hours.zone);
  let dayMask = 0;
  for (const day of hours.days) {
    const index = DAYS_OF_WEEK.indexOf(day);
    if (index < 0) {
      throw new SlotQueryError('invalid-working-hours', `"${day}" is not a day of the week; use names like "monday".`);
    }
    dayMask |= 1 << index;
  }
  const startMinute = minuteOfDay(hours.start, 'start');
  let endMinute = minuteOfDay(hours.end, 'end');
  if (startMinute === 1440) {
    throw new SlotQueryError('invalid-working-hours', 'Working hours cannot start at 24:00; use 00:00.');
  }
  if (startMinute === endMinute) {
    throw new SlotQueryError('invalid-working-hours', `Working hours cannot start and end at the same time (${hours.start}–${hours.end}).`);
  }
  if (endMinute < startMinute) endMinute += 1440;
  return { dayMask, startMinute, endMinute, zone: hours.zone };
}

/** Throws a `SlotQueryError` with a sentence a person can act on unless the working hours are usable. */
export function validateWorkingHours(hours: WorkingHours): void {
  parseHours(hours);
}

/**
 * The working time of a person between two instants, sorted and merged, clipped to [from, to).
 * Each day's start and end are placed on that day's own clock, which is what keeps them right
 * across daylight-saving changes.
 */
export function workingIntervals(hours: WorkingHours, from: number, to: number): Interval[] {
  const { dayMask, startMinute, endMinute, zone } = parseHours(hours);
  const out: Interval[] = [];
  if (dayMask === 0 || to <= from) return out;
  // Start a day early: a shift that began yesterday evening may still be running at `from`.
  const lastDay = localDayOf(zone, to);
  for (let day = localDayOf(zone, from) - 1; day <= lastDay; day++) {
    if ((dayMask & (1 << weekdayOfDay(day))) === 0) continue;
    const start = Math.max(from, localWallTime(zone, day, startMinute));
    // Minutes past 1440 belong to the next day's clock, which may have a different offset.
    const end = Math.min(
      to,
      endMinute > 1440 ? localWallTime(zone, day + 1, endMinute - 1440) : localWallTime(zone, day, endMinute),
    );
    if (start < end) out.push({ start, end });
  }
  // Overnight shifts and 00:00–24:00 days can touch; merging makes them one stretch of time.
  return out.length > 1 ? sortAndMerge(out) : out;
}
