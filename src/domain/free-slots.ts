// Mutual free slots of a mentee and a mentor, and whether one slot is still bookable. Both
// questions go through `listStarts`, so the list a mentee picks from and the check made when
// they book can never disagree: a slot is bookable exactly when listing the window
// [start, start + box) returns it.
import { TIME_BOXES, type TimeBoxMinutes } from './time-box';
import { covers, intersect, overlaps, sortAndMerge, subtract, type Interval } from './interval';
import { sessionsPerPeriod } from './mentor-load';
import { SlotQueryError } from './slot-query-error';
import { validateWorkingHours, workingIntervals, type WorkingHours } from './working-hours';
import {
  assertKnownZone,
  DAY,
  firstDayOfMonth,
  firstDayOfNextMonth,
  localDayOf,
  localWallTime,
  MINUTE,
  mondayOnOrBefore,
  zoneOffsetAt,
} from './zone-time';

export type { Interval } from './interval';
export type { DayOfWeek, WorkingHours } from './working-hours';

/** A session's length; the same time boxes the session itself runs on. */
export type TimeBox = TimeBoxMinutes;


/** Slots start on the viewer's quarter hours: :00, :15, :30, :45 on their own clock. */
export const SLOT_GRID_MINUTES = 15;

/** Graph's getSchedule answers for windows under 62 days; a longer search has no data to stand on. */
export const MAX_WINDOW_DAYS = 62;

/** Graph's `freeBusyStatus`. */
export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** One calendar entry as getSchedule reports it, with epoch-ms times. */
export interface BusyBlock {
  start: number;
  end: number;
  status: FreeBusyStatus;
}

export interface Person {
  workingHours: WorkingHours;
  busy: readonly BusyBlock[];
}

export type Mentee = Person;

/** Most sessions a mentor takes per Monday-based week and per calendar month, in the mentor's zone. */
export interface SessionCaps {
  perWeek?: number;
  perMonth?: number;
}

/** A session already booked with the mentor; only its start counts towards the caps. */
export interface BookedSession {
  start: number;
}

export interface Mentor extends Person {
  caps?: SessionCaps;
  booked?: readonly BookedSession[];
}

/**
 * A mentee's free time worked out once for a search over many mentors (see `menteeFreeTime`).
 * It remembers the window and buffer it was made for, so it cannot be reused for another search.
 */
export interface MenteeFreeTime {
  readonly kind: 'mentee-free-time';
  readonly from: number;
  readonly to: number;
  readonly bufferMinutes: number;
  readonly working: readonly Interval[];
  readonly blocked: readonly Interval[];
  readonly free: readonly Interval[];
}

export interface SlotQuery {
  mentee: Mentee | MenteeFreeTime;
  mentor: Mentor;
  /** The search window [from, to): slots start and end inside it. */
  from: number;
  to: number;
  /** The current instant; the clock is an argument so that answers are repeatable. */
  now: number;
  timeBox: TimeBox;
  /** IANA zone of the person looking at the slots; starts sit on its quarter hours. */
  viewerZone: string;
  /** No slot starts before now + notice. */
  noticeMinutes: number;
  /** Time kept clear before and after every existing meeting of either person. */
  bufferMinutes: number;
}

/** A booking check asks about one start; the window is that slot itself. */
export type BookingCheck = Omit<SlotQuery, 'from' | 'to'>;

export type SlotRefusalCode =
  | 'in-the-past'
  | 'off-grid'
  | 'too-soon'
  | 'outside-working-hours'
  | 'busy'
  | 'weekly-cap-reached'
  | 'monthly-cap-reached';

export interface SlotRefusal {
  code: SlotRefusalCode;
  /** A sentence for the mentee. */
  message: string;
  /** Whose calendar or limits stand in the way, where it is one person's. */
  who?: 'mentee' | 'mentor';
}

export type SlotCheck = { bookable: true } | { bookable: false; reason: SlotRefusal };

const GRID = SLOT_GRID_MINUTES * MINUTE;

/** Start instants (epoch ms, ascending) of every slot both people can take in [from, to). */
export function freeSlots(query: SlotQuery): number[] {
  validateQuery(query, query.from, query.to);
  return listStarts(query, query.from, query.to);
}

/** Whether a slot starting at `start` can be booked now, and if not, why. */
export function isSlotBookable(query: BookingCheck, start: number): SlotCheck {
  const end = start + query.timeBox * MINUTE;
  validateQuery(query, start, end);
  const listed = listStarts(query, start, end);
  if (listed.length === 1 && listed[0] === start) return { bookable: true };
  return { bookable: false, reason: explainRefusal(query, start, end) };
}

/**
 * The mentee's working, blocked and free time over a window, to pass as `mentee` in many
 * queries: a directory search checks one mentee against a thousand mentors.
 */
export function menteeFreeTime(mentee: Mentee, from: number, to: number, bufferMinutes: number): MenteeFreeTime {
  checkInstant(from, 'from');
  checkInstant(to, 'to');
  checkWindow(from, to);
  checkMinutes(bufferMinutes, 'buffer');
  validatePerson(mentee);
  return { kind: 'mentee-free-time', from, to, bufferMinutes, ...personTime(mentee, from, to, bufferMinutes * MINUTE) };
}

function isPrepared(mentee: Mentee | MenteeFreeTime): mentee is MenteeFreeTime {
  return (mentee as MenteeFreeTime).kind === 'mentee-free-time';
}

/**
 * A person's free time over [from, to): working hours less busy, tentative and out-of-office blocks
 * (widened by `bufferMinutes`). Sign-up sheets offer only such time.
 */
export function freeTimeOf(person: Person, from: number, to: number, bufferMinutes = 0): Interval[] {
  validatePerson(person);
  checkWindow(from, to);
  return personTime(person, from, to, bufferMinutes * MINUTE).free;
}

interface PersonTime {
  working: Interval[];
  blocked: Interval[];
  free: Interval[];
}

function personTime(person: Person, from: number, to: number, buffer: number): PersonTime {
  const working = workingIntervals(person.workingHours, from, to);
  const blocked = blockedTime(person.busy, buffer, from, to);
  return { working, blocked, free: subtract(working, blocked) };
}

/** Busy, tentative, out-of-office (and unknown, which cannot be promised free) block time, widened by the buffer. */
function blockedTime(busy: readonly BusyBlock[], buffer: number, from: number, to: number): Interval[] {
  const widened: Interval[] = [];
  for (const block of busy) {
    if (block.status === 'free' || block.status === 'workingElsewhere' || block.end <= block.start) continue;
    const start = block.start - buffer;
    const end = block.end + buffer;
    if (end > from && start < to) widened.push({ start, end });
  }
  return sortAndMerge(widened);
}

/** The one listing both public questions use. */
function listStarts(query: BookingCheck, from: number, to: number): number[] {
  const box = query.timeBox * MINUTE;
  const earliest = Math.max(from, query.now + query.noticeMinutes * MINUTE);
  if (earliest + box > to) return [];
  const buffer = query.bufferMinutes * MINUTE;
  const mentor = personTime(query.mentor, from, to, buffer);
  if (mentor.free.length === 0) return [];
  const menteeFree = isPrepared(query.mentee) ? query.mentee.free : personTime(query.mentee, from, to, buffer).free;
  const shared = intersect(menteeFree, mentor.free);
  if (shared.length === 0) return [];
  const caps = capBlocks(query.mentor, from, to);
  const capped = caps.week.length === 0 ? caps.month : caps.month.length === 0 ? caps.week : sortAndMerge([...caps.week, ...caps.month]);

  const starts: number[] = [];
  const zone = query.viewerZone;
  let c = 0;
  for (const range of shared) {
    const last = range.end - box;
    let t = Math.max(range.start, earliest);
    if (t > last) continue;
    let offset = zoneOffsetAt(zone, t);
    // One offset over the whole range is the rule; a clock change inside it is checked start by start.
    const steady = offset === zoneOffsetAt(zone, range.end);
    t = Math.ceil((t + offset) / GRID) * GRID - offset;
    while (t <= last) {
      if (!steady) {
        offset = zoneOffsetAt(zone, t);
        const aligned = Math.ceil((t + offset) / GRID) * GRID - offset;
        if (aligned !== t) {
          t = aligned;
          continue;
        }
      }
      // Caps refuse by the week or month a slot starts in; walk them alongside the starts.
      while (c < capped.length && capped[c]!.end <= t) c++;
      if (c >= capped.length || capped[c]!.start > t) starts.push(t);
      t += GRID;
    }
  }
  return starts;
}

/** Weeks and months (in the mentor's zone) whose cap is already reached, as ranges of refused starts. */
function capBlocks(mentor: Mentor, from: number, to: number): { week: Interval[]; month: Interval[] } {
  const week: Interval[] = [];
  const month: Interval[] = [];
  const caps = mentor.caps;
  if (!caps || (caps.perWeek === undefined && caps.perMonth === undefined)) return { week, month };
  const zone = mentor.workingHours.zone;
  const { weeks: weekCounts, months: monthCounts } = sessionsPerPeriod((mentor.booked ?? []).map((session) => session.start), zone);
  const firstDay = localDayOf(zone, from);
  const lastDay = localDayOf(zone, to);
  if (caps.perWeek !== undefined) {
    for (let w = mondayOnOrBefore(firstDay); w <= lastDay; w += 7) {
      if ((weekCounts.get(w) ?? 0) >= caps.perWeek) week.push({ start: localWallTime(zone, w, 0), end: localWallTime(zone, w + 7, 0) });
    }
  }
  if (caps.perMonth !== undefined) {
    for (let m = firstDayOfMonth(firstDay); m <= lastDay; m = firstDayOfNextMonth(m)) {
      const next = firstDayOfNextMonth(m);
      if ((monthCounts.get(m) ?? 0) >= caps.perMonth) month.push({ start: localWallTime(zone, m, 0), end: localWallTime(zone, next, 0) });
    }
  }
  return { week, month };
}

/** Words for a start the listing refused, checked in the order a person would fix them. */
function explainRefusal(query: BookingCheck, start: number, end: number): SlotRefusal {
  if (start < query.now) return { code: 'in-the-past', message: 'This time has already passed; pick a later one.' };
  const offset = zoneOffsetAt(query.viewerZone, start);
  if ((start + offset) % GRID !== 0) {
    return { code: 'off-grid', message: 'Sessions start on the quarter hour (:00, :15, :30 or :45 on your clock); pick one of the listed times.' };
  }
  if (start < query.now + query.noticeMinutes * MINUTE) {
    return { code: 'too-soon', message: `Mentors need at least ${duration(query.noticeMinutes)} notice; pick a later time.` };
  }
  const buffer = query.bufferMinutes * MINUTE;
  const mentor = personTime(query.mentor, start, end, buffer);
  const mentee = isPrepared(query.mentee) ? query.mentee : personTime(query.mentee, start, end, buffer);
  if (!covers(mentor.working, start, end)) {
    return { code: 'outside-working-hours', who: 'mentor', message: "This time is outside the mentor's working hours." };
  }
  if (!covers(mentee.working, start, end)) {
    return { code: 'outside-working-hours', who: 'mentee', message: 'This time is outside your working hours.' };
  }
  const breathing = query.bufferMinutes > 0 ? `, counting ${duration(query.bufferMinutes)} clear around each meeting` : '';
  if (overlaps(mentor.blocked, start, end)) {
    return { code: 'busy', who: 'mentor', message: `The mentor is no longer free at this time${breathing}; pick another slot.` };
  }
  if (overlaps(mentee.blocked, start, end)) {
    return { code: 'busy', who: 'mentee', message: `You have another meeting at this time${breathing}; pick another slot.` };
  }
  const caps = capBlocks(query.mentor, start, end);
  if (overlaps(caps.week, start, start + 1)) {
    const n = query.mentor.caps?.perWeek ?? 0;
    return { code: 'weekly-cap-reached', who: 'mentor', message: `The mentor takes at most ${sessions(n)} a week and that week is full; try the next week.` };
  }
  if (overlaps(caps.month, start, start + 1)) {
    const n = query.mentor.caps?.perMonth ?? 0;
    return { code: 'monthly-cap-reached', who: 'mentor', message: `The mentor takes at most ${sessions(n)} a month and that month is full; try the next month.` };
  }
  // Every way the listing can drop a start is checked above; this keeps the answer total.
  return { code: 'busy', message: 'This time is no longer free; pick another slot.' };
}

function duration(minutes: number): string {
  if (minutes % 60 === 0 && minutes >= 60) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function sessions(n: number): string {
  return n === 1 ? '1 session' : `${n} sessions`;
}

function validateQuery(query: BookingCheck, from: number, to: number): void {
  if (!TIME_BOXES.includes(query.timeBox)) {
    throw new SlotQueryError('invalid-time-box', `A session lasts 30, 45 or 60 minutes, not ${String(query.timeBox)}.`);
  }
  checkInstant(query.now, 'now');
  checkInstant(from, 'from');
  checkInstant(to, 'to');
  checkWindow(from, to);
  checkMinutes(query.noticeMinutes, 'notice');
  checkMinutes(query.bufferMinutes, 'buffer');
  assertKnownZone(query.viewerZone);
  validatePerson(query.mentor);
  const caps = query.mentor.caps;
  for (const [name, value] of [['weekly', caps?.perWeek], ['monthly', caps?.perMonth]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new SlotQueryError('invalid-cap', `The mentor's ${name} session limit must be a whole number of sessions, not ${String(value)}.`);
    }
  }
  const mentee = query.mentee;
  if (isPrepared(mentee)) {
    if (mentee.bufferMinutes !== query.bufferMinutes || from < mentee.from || to > mentee.to) {
      throw new SlotQueryError(
        'mentee-free-time-mismatch',
        "The mentee's free time was worked out for another window or buffer; work it out again for this search.",
      );
    }
  } else {
    validatePerson(mentee);
  }
}

function validatePerson(person: Person): void {
  assertKnownZone(person.workingHours.zone);
  validateWorkingHours(person.workingHours);
}

function checkInstant(value: number, name: string): void {
  if (!Number.isFinite(value)) {
    throw new SlotQueryError('invalid-instant', `"${name}" must be a point in time in epoch milliseconds, not ${String(value)}.`);
  }
}

function checkWindow(from: number, to: number): void {
  if (to <= from) throw new SlotQueryError('invalid-window', 'The search window ends before it starts; choose an end after the start.');
  if (to - from > MAX_WINDOW_DAYS * DAY) {
    throw new SlotQueryError('window-too-long', `Search at most ${MAX_WINDOW_DAYS} days at a time; calendars are read in windows of that size.`);
  }
}

function checkMinutes(value: number, name: 'notice' | 'buffer'): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new SlotQueryError('invalid-minutes', `The ${name} must be zero or more minutes, not ${String(value)}.`);
  }
}
