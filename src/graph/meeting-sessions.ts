// The session of a Teams meeting, as the meeting side panel reads and edits it: found by the
// meeting chat's id (an indexed column), the viewer's sessions that have no meeting yet (to attach
// one), and saves of queued edits that survive the other participant saving at the same moment.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { isExpiredDraft } from '../domain/compose-draft';
import type { Session } from '../domain/session';
import { applySessionEdits, type EditRefusal, type SessionEdit } from '../domain/session-edits';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';
import { listSessionsOf } from './session-queries';
import { itemsPath, readSession, replaceIfUnchanged, storedFromItem, type ProgramSite, type StoredSession } from './sessions-store';

/** Rounds of read-apply-write before giving up: each lost round means another save landed first. */
const MAX_SAVE_ROUNDS = 12;
/** A meeting chat holds one session; a few more are hand edits or re-bookings. */
const CHAT_MATCHES = 20;

/**
 * The session whose meeting chat is `chatId`, or undefined. Where several records hold the chat
 * (a session re-booked into the same meeting), the newest one not cancelled; if all are cancelled,
 * the newest, so the panel can say so. A record that cannot be used throws the GatewayError naming its field.
 */
export async function findSessionByChatId(graph: GraphConnection, site: ProgramSite, chatId: string): Promise<StoredSession | undefined> {
  checkId('chat id', chatId);
  const items = await itemsWhere(graph, site, `fields/ChatId eq ${odataString(chatId)}`, CHAT_MATCHES, "looking up this meeting's session");
  const found = items.map(storedFromItem);
  const newestFirst = found.sort((a, b) => b.session.start - a.session.start || Number(b.session.itemId) - Number(a.session.itemId));
  return newestFirst.find((s) => s.session.status !== 'cancelled') ?? newestFirst[0];
}

/**
 * The viewer's sessions (as mentee or mentor) that have no meeting chat yet and are still open,
 * soonest first: what can be attached to a meeting that holds no session. Rows that cannot be read
 * are left out here (they are not this meeting's), so one bad record does not hide the others.
 * Given `now`, drafts that expired (a meeting written in Outlook but never sent) are left out too.
 */
export async function sessionsWithoutMeeting(graph: GraphConnection, site: ProgramSite, userId: string, now?: number): Promise<StoredSession[]> {
  const [asMentee, asMentor] = await Promise.all([listSessionsOfReadable(graph, site, 'mentee', userId), listSessionsOfReadable(graph, site, 'mentor', userId)]);
  const seen = new Set<string>();
  return [...asMentee, ...asMentor]
    .filter((s) => !s.session.chatId && s.session.status !== 'cancelled' && s.session.status !== 'completed')
    .filter((s) => now === undefined || !isExpiredDraft(s.session, now))
    .filter((s) => !seen.has(s.session.key) && Boolean(seen.add(s.session.key)))
    .sort((a, b) => a.session.start - b.session.start);
}

async function listSessionsOfReadable(graph: GraphConnection, site: ProgramSite, as: 'mentee' | 'mentor', userId: string): Promise<StoredSession[]> {
  try {
    return await listSessionsOf(graph, site, as, userId);
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== 'invalid') throw error;
    // One hand-edited row made the whole list unreadable: it is not this meeting's session, so
    // read the rest on their own (one bad row costs one more page read, not the attach flow).
    return listSessionsOfEach(graph, site, as, userId);
  }
}

async function listSessionsOfEach(graph: GraphConnection, site: ProgramSite, as: 'mentee' | 'mentor', userId: string): Promise<StoredSession[]> {
  const column = as === 'mentee' ? 'MenteeId' : 'MentorId';
  const items = await itemsWhere(graph, site, `fields/${column} eq ${odataString(userId)}`, 200, 'reading your sessions');
  return items.flatMap((item) => {
    try {
      return [storedFromItem(item)];
    } catch {
      return [];
    }
  });
}

/** One page of the Sessions list filtered on an indexed column. */
async function itemsWhere(graph: GraphConnection, site: ProgramSite, filter: string, top: number, doing: string): Promise<ListItem[]> {
  try {
    const page = (await graph.client
      .api(itemsPath(site))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields')
      .filter(filterParam(filter))
      .top(top)
      .get()) as { value: ListItem[] };
    return page.value;
  } catch (error) {
    throw toGatewayError(error, doing);
  }
}

export interface EditsSaved {
  stored: StoredSession;
  /** Edits the latest record refused (e.g. an action the other person removed), with their sentences. */
  refused: EditRefusal[];
}

/**
 * Applies `edits` by `userId` to the record and saves it with If-Match. On 412 (the other person
 * saved first) the latest record is read and the same edits applied to it again: edits are
 * idempotent, so nothing of either side is lost and nothing is applied twice. When the edits change
 * nothing, nothing is written.
 */
export async function saveSessionEdits(graph: GraphConnection, site: ProgramSite, stored: StoredSession, edits: readonly SessionEdit[], userId: string): Promise<EditsSaved> {
  const itemId = checkId('session item id', stored.session.itemId);
  let current = stored;
  for (let round = 1; round <= MAX_SAVE_ROUNDS; round++) {
    const { session, refused } = applySessionEdits(current.session, edits, userId);
    if (session === current.session) return { stored: current, refused };
    const saved = await replaceIfUnchanged(graph, site, current, session);
    if (saved) return { stored: saved, refused };
    current = await readSession(graph, site, itemId);
  }
  throw new GatewayError('conflict', 'This session kept changing while your changes were saved. They are kept here; try again in a moment.', 412);
}

/**
 * For session n ≥ 2 of a sequence: session n - 1 with the same mentee and mentor (the newest one
 * before this one that was not cancelled), whose actions carry over. Unreadable rows are skipped.
 */
export async function previousInSequence(graph: GraphConnection, site: ProgramSite, session: Session): Promise<Session | undefined> {
  const seq = session.sequence;
  if (session.format !== 'sequence' || !seq || seq.index < 2) return undefined;
  const ofMentee = await listSessionsOfReadable(graph, site, 'mentee', session.menteeId);
  return ofMentee
    .map((s) => s.session)
    .filter((s) => s.mentorId === session.mentorId && s.key !== session.key && s.status !== 'cancelled' && s.sequence?.index === seq.index - 1 && s.start < session.start)
    // Sessions booked together share a key: with one, only its own sequence's session counts.
    .filter((s) => !seq.key || !s.sequence?.key || s.sequence.key === seq.key)
    .sort((a, b) => b.start - a.start)[0];
}
