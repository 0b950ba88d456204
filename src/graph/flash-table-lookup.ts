// Which flash-event table a Teams meeting is: the side panel knows the meeting's join URL (from its
// chat), and a published event records each table's meeting. Looked up among the viewer's own
// events (as organiser) and invitations (as mentor or mentee), so nobody reads other programs' rows.
import { flashTableView, type FlashTableView } from '../domain/flash-table-view';
import { findFlashEventByKey, listFlashEventsOf, listInvitationsOf, listParticipants, type FlashLists, type StoredFlashEvent } from './flash-event-store';
import type { GraphConnection } from './graph-client';

export interface FoundFlashTable {
  table: FlashTableView;
  /** The viewer organises the event (the program manager's view). */
  organizer: boolean;
}

/** The event and the table whose meeting has `joinUrl`, seen by `viewerId`; undefined when it is none of theirs. */
export async function findFlashTable(graph: GraphConnection, lists: FlashLists, viewerId: string, joinUrl: string): Promise<FoundFlashTable | undefined> {
  const [organized, invitations] = await Promise.all([listFlashEventsOf(graph, lists, viewerId), listInvitationsOf(graph, lists, viewerId)]);
  const match = (stored: StoredFlashEvent | undefined) => {
    const entry = stored && stored.event.status !== 'cancelled' ? Object.entries(stored.event.meetings).find(([, m]) => m.joinUrl === joinUrl) : undefined;
    return entry && stored ? { stored, mentorId: entry[0] } : undefined;
  };
  let found = organized.map(match).find((m) => m !== undefined);
  if (!found) {
    const keys = [...new Set(invitations.filter((i) => !organized.some((o) => o.event.key === i.eventKey)).map((i) => i.eventKey))];
    for (const key of keys) {
      found = match(await findFlashEventByKey(graph, lists, key));
      if (found) break;
    }
  }
  if (!found?.stored.event.plan) return undefined;
  const participants = (await listParticipants(graph, lists, found.stored.event.key)).map((p) => p.participant);
  const table = flashTableView(found.stored.event, found.stored.event.plan, participants, found.mentorId);
  return table ? { table, organizer: found.stored.event.organizerId === viewerId } : undefined;
}
