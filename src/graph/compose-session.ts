// The session of a meeting written in Outlook: a draft record made when the pane fills the meeting
// (keyed by the compose item, so a retry finds the first), linked to the sent event through Graph
// once Outlook has saved or sent it. Linking reads the event itself, so the Teams toggle is checked
// on what was sent, not on what the pane last saw.
import type { Chat, Event } from '@microsoft/microsoft-graph-types';
import { composeSessionKey } from '../domain/compose-draft';
import type { Session } from '../domain/session';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { findMeetingChatId } from './meeting-chat';
import { createSession, findSessionByKey, readSession, replaceIfUnchanged, type ProgramSite, type StoredSession } from './sessions-store';

/** Rounds of read-apply-write: each lost round means another save landed first. */
const MAX_LINK_ROUNDS = 12;

export const NOT_ONLINE_MESSAGE =
  'This meeting was sent without a Teams meeting, so there is no meeting chat for the session. In Outlook, open the meeting, switch on Teams meeting, send the update, then link it again.';

export const NOT_SENT_MESSAGE = 'This meeting is saved in Outlook but not sent yet. Switch on Teams meeting and send it; the session is linked when the meeting opens.';

export const GONE_MESSAGE = 'The meeting this session was written in is no longer in your calendar (it was discarded or deleted).';

export type LinkOutcome =
  | { kind: 'linked'; stored: StoredSession }
  /** Sent without the Teams toggle: the event id is recorded, the session is not scheduled. */
  | { kind: 'not-online'; stored: StoredSession; message: string }
  /** Saved in Outlook, not sent, no Teams meeting yet: nothing is written. */
  | { kind: 'not-sent'; stored: StoredSession; message: string }
  /** The event is gone from the organiser's calendar: nothing is written. */
  | { kind: 'gone'; stored: StoredSession; message: string };

/** What the person chose in the pane; a second fill of the same meeting may change any of them. */
const REQUEST_FIELDS = ['mentorId', 'topic', 'goal', 'context', 'success', 'timeBoxMinutes', 'start', 'end'] as const;

/**
 * Stores the draft session of a compose item once. `session.key` must come from composeSessionKey
 * (domain/compose-draft) so every retry and every pane reload of the same item finds this record.
 * Filling the same meeting again with another mentor, request or time updates that record (If-Match,
 * re-read on 412), keeping whatever linking recorded; a cancelled or completed one is left alone.
 */
export async function createComposeDraft(graph: GraphConnection, site: ProgramSite, session: Session, wait?: (ms: number) => Promise<void>): Promise<StoredSession> {
  if (session.status !== 'draft') throw new GatewayError('invalid', 'Only a draft session can be made from a meeting being written.');
  let current = await createSession(graph, site, session, wait);
  for (let round = 1; round <= MAX_LINK_ROUNDS; round++) {
    const mine = current.session;
    if (mine.status === 'cancelled' || mine.status === 'completed' || REQUEST_FIELDS.every((f) => mine[f] === session[f])) return current;
    const next: Session = { ...mine };
    for (const field of REQUEST_FIELDS) (next as unknown as Record<string, unknown>)[field] = session[field];
    const saved = await replaceIfUnchanged(graph, site, current, next);
    if (saved) return saved;
    current = await readSession(graph, site, checkId('session item id', current.session.itemId));
  }
  throw new GatewayError('conflict', 'This session kept changing while the meeting was filled. Try again in a moment.', 412);
}

/** The organiser's event, or undefined when it is gone (404). */
async function readEvent(graph: GraphConnection, eventId: string): Promise<Event | undefined> {
  try {
    return (await graph.client.api(`/me/events/${encodeURIComponent(eventId)}`).select('id,isOnlineMeeting,onlineMeeting,isDraft').get()) as Event;
  } catch (error) {
    const failure = toGatewayError(error, 'reading the meeting you sent');
    if (failure.status === 404) return undefined;
    throw failure;
  }
}

/** The record as linking leaves it; the same input gives the same record, so a second link writes nothing. */
function linked(session: Session, eventId: string, online: { joinUrl: string; chatId: string } | undefined): Session {
  if (!online) return { ...session, eventId };
  // A session already further along (checklist posted, completed) keeps its status.
  const status = session.status === 'draft' || session.status === 'meeting-created' || session.status === 'chat-found' ? 'scheduled' : session.status;
  return { ...session, eventId, joinUrl: online.joinUrl, chatId: online.chatId, status };
}

/**
 * Links the stored draft to the event Outlook saved or sent. An online event gets its join URL and
 * meeting chat recorded and the session becomes scheduled (what the side panel finds it by); an
 * event without a Teams meeting only gets its id recorded and the outcome says how to fix it. Saves
 * carry If-Match and re-read on 412, so a retry after a lost answer or a second link changes nothing.
 */
export async function linkComposedMeeting(graph: GraphConnection, site: ProgramSite, stored: StoredSession, eventId: string): Promise<LinkOutcome> {
  checkId('event id', eventId);
  checkId('session item id', stored.session.itemId);
  if (stored.session.status === 'cancelled') throw new GatewayError('invalid', 'This session was cancelled, so it cannot be linked to a meeting.');
  if (stored.session.eventId && stored.session.eventId !== eventId) {
    throw new GatewayError('conflict', 'This session is already linked to another meeting. Open that meeting, or start a new session from this one.', 409);
  }
  const event = await readEvent(graph, eventId);
  if (!event) return { kind: 'gone', stored, message: GONE_MESSAGE };
  const joinUrl = event.isOnlineMeeting ? event.onlineMeeting?.joinUrl ?? undefined : undefined;
  // Exchange can add the Teams meeting a moment after the event: not an offline meeting, just early.
  if (event.isOnlineMeeting && !joinUrl) throw new GatewayError('unavailable', 'Teams has not added the join link to this meeting yet. Try again in a minute.');
  if (!joinUrl && event.isDraft) return { kind: 'not-sent', stored, message: NOT_SENT_MESSAGE };
  const online = joinUrl ? { joinUrl, chatId: await findMeetingChatId(graph, joinUrl) } : undefined;
  return writeLink(graph, site, stored, eventId, online);
}

/** Records the link with If-Match, re-reading on 412; a record already linked elsewhere is refused. */
async function writeLink(graph: GraphConnection, site: ProgramSite, stored: StoredSession, eventId: string, online: { joinUrl: string; chatId: string } | undefined): Promise<LinkOutcome> {
  const itemId = checkId('session item id', stored.session.itemId);
  let current = stored;
  for (let round = 1; round <= MAX_LINK_ROUNDS; round++) {
    if (current.session.eventId && current.session.eventId !== eventId) {
      throw new GatewayError('conflict', 'This session was linked to another meeting meanwhile. Open that meeting, or start a new session from this one.', 409);
    }
    const saved = await replaceIfUnchanged(graph, site, current, linked(current.session, eventId, online));
    if (saved) return online ? { kind: 'linked', stored: saved } : { kind: 'not-online', stored: saved, message: NOT_ONLINE_MESSAGE };
    current = await readSession(graph, site, itemId);
  }
  throw new GatewayError('conflict', 'This session kept changing while it was linked to the meeting. Try again in a moment.', 412);
}

/** What a meeting chat says of its meeting: the organiser's calendar event and the join URL (either may be missing). */
export interface MeetingOfChat {
  eventId?: string;
  joinUrl?: string;
}

export async function readMeetingOfChat(graph: GraphConnection, chatId: string): Promise<MeetingOfChat> {
  checkId('chat id', chatId);
  let chat: Chat;
  try {
    // Get chat takes no OData query options (Graph docs), so the whole chat is read.
    chat = (await graph.client.api(`/chats/${encodeURIComponent(chatId)}`).get()) as Chat;
  } catch (error) {
    throw toGatewayError(error, "reading this meeting's details");
  }
  const { calendarEventId, joinWebUrl } = chat.onlineMeetingInfo ?? {};
  return { ...(calendarEventId ? { eventId: calendarEventId } : {}), ...(joinWebUrl ? { joinUrl: joinWebUrl } : {}) };
}

/**
 * The session written in Outlook for the meeting whose chat this is, linked if it was not yet: the
 * meeting chat names the organiser's calendar event, whose id keyed the draft when the pane saved
 * the meeting. Works for either participant (nothing is read from the organiser's calendar).
 * Undefined when the chat's meeting was not written with Micromentor. `meeting` saves reading the chat again.
 */
export async function linkByMeetingChat(graph: GraphConnection, site: ProgramSite, chatId: string, meeting?: MeetingOfChat): Promise<StoredSession | undefined> {
  const { eventId, joinUrl } = meeting ?? (await readMeetingOfChat(graph, chatId));
  if (!eventId || !joinUrl) return undefined;
  const stored = await findSessionByKey(graph, site, composeSessionKey(eventId));
  if (!stored || stored.session.status === 'cancelled') return undefined;
  if (stored.session.chatId) return stored.session.chatId === chatId ? stored : undefined;
  if (stored.session.eventId && stored.session.eventId !== eventId) return undefined;
  return (await writeLink(graph, site, stored, eventId, { joinUrl, chatId })).stored;
}
