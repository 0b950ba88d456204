// The session of a meeting written in Outlook: a draft record made when the pane fills the meeting
// (keyed by the compose item, so a retry finds the first), linked to the sent event through Graph
// once Outlook has saved or sent it. Linking reads the event itself, so the Teams toggle is checked
// on what was sent, not on what the pane last saw.
import type { Event } from '@microsoft/microsoft-graph-types';
import type { Session } from '../domain/session';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { findMeetingChatId } from './meeting-chat';
import { createSession, readSession, replaceIfUnchanged, type ProgramSite, type StoredSession } from './sessions-store';

/** Rounds of read-apply-write: each lost round means another save landed first. */
const MAX_LINK_ROUNDS = 12;

export const NOT_ONLINE_MESSAGE =
  'This meeting was sent without a Teams meeting, so there is no meeting chat for the session. In Outlook, open the meeting, switch on Teams meeting, send the update, then link it again.';

export type LinkOutcome = { kind: 'linked'; stored: StoredSession } | { kind: 'not-online'; stored: StoredSession; message: string };

/**
 * Stores the draft session of a compose item once. `session.key` must come from composeSessionKey
 * (domain/compose-draft) so every retry and every pane reload of the same item finds this record.
 */
export async function createComposeDraft(graph: GraphConnection, site: ProgramSite, session: Session, wait?: (ms: number) => Promise<void>): Promise<StoredSession> {
  if (session.status !== 'draft') throw new GatewayError('invalid', 'Only a draft session can be made from a meeting being written.');
  return createSession(graph, site, session, wait);
}

async function readEvent(graph: GraphConnection, eventId: string): Promise<Event> {
  try {
    return (await graph.client.api(`/me/events/${encodeURIComponent(eventId)}`).select('id,isOnlineMeeting,onlineMeeting').get()) as Event;
  } catch (error) {
    throw toGatewayError(error, 'reading the meeting you sent');
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
  const itemId = checkId('session item id', stored.session.itemId);
  if (stored.session.status === 'cancelled') throw new GatewayError('invalid', 'This session was cancelled, so it cannot be linked to a meeting.');
  if (stored.session.eventId && stored.session.eventId !== eventId) {
    throw new GatewayError('conflict', 'This session is already linked to another meeting. Open that meeting, or start a new session from this one.', 409);
  }
  const event = await readEvent(graph, eventId);
  const joinUrl = event.isOnlineMeeting ? event.onlineMeeting?.joinUrl ?? undefined : undefined;
  // Exchange can add the Teams meeting a moment after the event: not an offline meeting, just early.
  if (event.isOnlineMeeting && !joinUrl) throw new GatewayError('unavailable', 'Teams has not added the join link to this meeting yet. Try again in a minute.');
  const online = joinUrl ? { joinUrl, chatId: await findMeetingChatId(graph, joinUrl) } : undefined;
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
