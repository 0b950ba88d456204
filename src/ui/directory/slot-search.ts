// Mutual free slots for the directory, worked out by the domain (freeSlots, menteeFreeTime,
// isSlotBookable) from calendar readings. This file only caches: the viewer's free time once per
// buffer, a mentor's slots once per reading and time box, so a batch of readings costs one pass.
import {
  freeSlots,
  isSlotBookable,
  menteeFreeTime,
  type Mentee,
  type MenteeFreeTime,
  type Mentor,
  type SlotCheck,
  type WorkingHours,
} from '../../domain/free-slots';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { DAY, localDayOf, localWallTime, mondayOnOrBefore } from '../../domain/zone-time';
import type { CalendarReading, MentorListing } from '../common/tab-ports';

/** Mentees pick from the next two weeks (the window; getSchedule allows up to 62 days). */
export const SEARCH_DAYS = 14;

/** The usual session length when the mentee has not chosen one. */
export const DEFAULT_TIME_BOX: TimeBoxMinutes = 45;

/** Outlook did not say when the viewer works: assume a standard week in their zone rather than show nothing. */
export function standardWorkingHours(zone: string): WorkingHours {
  return { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', zone };
}

/** The time box a mentor's card and detail use: the chosen one if they offer it, else 45, else their first. */
export function timeBoxFor(mentor: MentorListing, wanted?: TimeBoxMinutes): TimeBoxMinutes {
  const offered = mentor.sessionLengths.length > 0 ? mentor.sessionLengths : [DEFAULT_TIME_BOX];
  if (wanted && offered.includes(wanted)) return wanted;
  return offered.includes(DEFAULT_TIME_BOX) ? DEFAULT_TIME_BOX : offered[0]!;
}

/** The end of the viewer's current week (next Monday 00:00 in their zone), for "free this week". */
export function endOfWeek(now: number, zone: string): number {
  return localWallTime(zone, mondayOnOrBefore(localDayOf(zone, now)) + 7, 0);
}

export type MentorSlots = { kind: 'slots'; starts: number[] } | { kind: 'problem'; message: string };

export interface SlotSearch {
  readonly from: number;
  readonly to: number;
  /** The mentor's bookable starts over the window for this time box, or why there are none to show. */
  slots(mentor: MentorListing, reading: CalendarReading, box: TimeBoxMinutes): MentorSlots;
  /** Whether one start can still be booked (the same listing the slots came from). */
  check(mentor: MentorListing, reading: CalendarReading, box: TimeBoxMinutes, start: number): SlotCheck;
}

/** A slot search for one viewer over [now, now + 14 days). */
export function createSlotSearch(viewer: CalendarReading, viewerZone: string, now: number): SlotSearch {
  const from = now;
  const to = now + SEARCH_DAYS * DAY;
  const mentee: Mentee = { workingHours: viewer.workingHours ?? standardWorkingHours(viewerZone), busy: viewer.busy };
  const byBuffer = new Map<number, MenteeFreeTime>();
  const cache = new WeakMap<CalendarReading, Map<string, MentorSlots>>();

  const menteeFor = (buffer: number): MenteeFreeTime => {
    let free = byBuffer.get(buffer);
    if (!free) {
      free = menteeFreeTime(mentee, from, to, buffer);
      byBuffer.set(buffer, free);
    }
    return free;
  };

  const mentorOf = (mentor: MentorListing, reading: CalendarReading): Mentor | undefined =>
    reading.workingHours
      ? {
          workingHours: reading.workingHours,
          busy: reading.busy,
          caps: { perWeek: mentor.capacityPerWeek, perMonth: mentor.capacityPerMonth },
          booked: mentor.bookedStarts.map((start) => ({ start })),
        }
      : undefined;

  return {
    from,
    to,
    slots(mentor, reading, box) {
      const key = `${mentor.id}|${box}|${mentor.bookedStarts.length}`;
      let perReading = cache.get(reading);
      const hit = perReading?.get(key);
      if (hit) return hit;
      const result = compute(mentor, reading, box);
      if (!perReading) cache.set(reading, (perReading = new Map()));
      perReading.set(key, result);
      return result;
    },
    check(mentor, reading, box, start) {
      const person = mentorOf(mentor, reading);
      if (!person) return { bookable: false, reason: { code: 'outside-working-hours', who: 'mentor', message: "Outlook did not share the mentor's working hours." } };
      return isSlotBookable(
        { mentee: menteeFor(mentor.bufferMinutes), mentor: person, now, timeBox: box, viewerZone, noticeMinutes: mentor.noticeMinutes, bufferMinutes: mentor.bufferMinutes },
        start,
      );
    },
  };

  function compute(mentor: MentorListing, reading: CalendarReading, box: TimeBoxMinutes): MentorSlots {
    if (reading.problem) return { kind: 'problem', message: reading.problem };
    const person = mentorOf(mentor, reading);
    if (!person) return { kind: 'problem', message: "Outlook did not share this mentor's working hours." };
    try {
      const starts = freeSlots({
        mentee: menteeFor(mentor.bufferMinutes),
        mentor: person,
        from,
        to,
        now,
        timeBox: box,
        viewerZone,
        noticeMinutes: mentor.noticeMinutes,
        bufferMinutes: mentor.bufferMinutes,
      });
      return { kind: 'slots', starts };
    } catch (error) {
      // A hand-edited record (odd working hours, a negative buffer) is this card's problem, not the page's.
      return { kind: 'problem', message: error instanceof Error ? error.message : 'The free time could not be worked out.' };
    }
  }
}
