// Changes to a session's Teams meeting after booking: cancel it (the organizer, the mentee, sends
// the cancellation to everyone) or move it; both keep the same event, so its chat stays.
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';

const MAX_COMMENT = 1000;

const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });

/** Cancels the meeting in every calendar with the organizer's note; an event already gone counts as cancelled. */
export async function cancelMeeting(graph: GraphConnection, eventId: string, comment: string): Promise<void> {
  checkId('event id', eventId);
  if (comment.length > MAX_COMMENT) throw new GatewayError('invalid', `The note to the mentor may be at most ${MAX_COMMENT} characters.`, undefined, undefined, undefined, 'comment');
  try {
    await graph.client.api(`/me/events/${encodeURIComponent(eventId)}/cancel`).post({ comment });
  } catch (error) {
    const failure = toGatewayError(error, 'cancelling the Teams meeting');
    if (failure.code !== 'not-found') throw failure;
  }
}

/** Moves the same meeting (invites, join link and chat stay) to [start, end). */
export async function moveMeeting(graph: GraphConnection, eventId: string, start: number, end: number): Promise<void> {
  checkId('event id', eventId);
  if (!(end > start)) throw new GatewayError('invalid', 'The session must end after it starts.');
  try {
    await graph.client.api(`/me/events/${encodeURIComponent(eventId)}`).patch({ start: utc(start), end: utc(end) });
  } catch (error) {
    throw toGatewayError(error, 'moving the Teams meeting');
  }
}

/**
 * Declines, in the signed-in person's own calendar, the meeting with this join link in [start, end):
 * an attendee cannot cancel someone else's meeting, but declining frees their time and tells the
 * organizer. Each calendar has its own copy with its own id, so the copy is found by its join link.
 * False when there is no such meeting there (already declined and removed, or never accepted).
 */
export async function declineMeetingAt(graph: GraphConnection, meeting: { joinUrl: string; start: number; end: number }, comment: string): Promise<boolean> {
  if (comment.length > MAX_COMMENT) throw new GatewayError('invalid', `The note may be at most ${MAX_COMMENT} characters.`, undefined, undefined, undefined, 'comment');
  let events: { id?: string; isOrganizer?: boolean; onlineMeeting?: { joinUrl?: string } | null }[];
  try {
    events = ((await graph.client
      .api('/me/calendarView')
      .query({ startDateTime: new Date(meeting.start).toISOString(), endDateTime: new Date(meeting.end).toISOString() })
      .select('id,isOrganizer,onlineMeeting')
      .top(50)
      .get()) as { value: typeof events }).value;
  } catch (error) {
    throw toGatewayError(error, 'finding the meeting in your calendar');
  }
  const mine = events.find((e) => !e.isOrganizer && e.onlineMeeting?.joinUrl === meeting.joinUrl && e.id);
  if (!mine) return false;
  try {
    await graph.client.api(`/me/events/${encodeURIComponent(mine.id!)}/decline`).post({ comment, sendResponse: true });
  } catch (error) {
    const failure = toGatewayError(error, 'declining the meeting');
    if (failure.code !== 'not-found') throw failure;
  }
  return true;
}
