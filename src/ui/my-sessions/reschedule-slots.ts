// The times a mentee can move a session to: the mentor's and the viewer's mutual free slots over
// the next two weeks, worked out by the domain through the directory's slot search. The session's
// own meeting does not block its neighbourhood, and its own booking does not count against caps.
import type { BusyBlock } from '../../domain/free-slots';
import { startsWithin, type SequenceMoveWindow } from '../../domain/skill-sequence';
import { DAY } from '../../domain/zone-time';
import { createSlotSearch, SEARCH_DAYS } from '../directory/slot-search';
import type { CalendarReading, MentorListing, StoredSessionView, TabPorts } from '../common/tab-ports';

export type RescheduleSlots = { kind: 'slots'; starts: number[] } | { kind: 'problem'; message: string };

/** `within`: for a session of a skill sequence, the times between its neighbours (it stays in order). */
export async function findRescheduleSlots(ports: TabPorts, stored: StoredSessionView, within: SequenceMoveWindow = {}): Promise<RescheduleSlots> {
  const { session } = stored;
  const mentor = await ports.directory.mentor(session.mentorId);
  if (!mentor) return { kind: 'problem', message: `${stored.otherName} is no longer listed as a mentor, so no new time can be offered. You can cancel the session instead.` };
  const now = ports.now();
  const readings = await ports.directory.readCalendars([mentor.email, ports.viewer.email], now, now + SEARCH_DAYS * DAY, () => undefined);
  const byEmail = (email: string) => readings.find((r) => r.email.toLowerCase() === email.toLowerCase());
  const mentorReading = byEmail(mentor.email);
  if (!mentorReading) return { kind: 'problem', message: `Outlook did not share ${stored.otherName}'s calendar.` };
  const own = (busy: BusyBlock[]) => busy.filter((b) => !(b.start === session.start && b.end === session.end));
  const viewerReading: CalendarReading = byEmail(ports.viewer.email) ?? { email: ports.viewer.email, busy: [] };
  const search = createSlotSearch({ ...viewerReading, busy: own(viewerReading.busy) }, ports.viewer.zone, now);
  const movable: MentorListing = { ...mentor, bookedStarts: mentor.bookedStarts.filter((s) => s !== session.start) };
  const slots = search.slots(movable, { ...mentorReading, busy: own(mentorReading.busy) }, session.timeBoxMinutes);
  if (slots.kind === 'problem') return slots;
  return { kind: 'slots', starts: startsWithin(slots.starts.filter((s) => s !== session.start), session.timeBoxMinutes, within) };
}
