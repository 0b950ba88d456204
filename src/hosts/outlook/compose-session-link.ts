// The Outlook pane's two steps for the session of the meeting being written: keep a draft record
// once the item is saved, and link it to the event once the meeting has its Teams meeting. Both go
// by the item's id, so a reload of the pane finds the same record.
import { composeSessionKey } from '../../domain/compose-draft';
import type { Session } from '../../domain/session';
import type { ComposeItemPort } from '../../ui/common/compose-ports';
import { createComposeDraft, linkComposedMeeting, type LinkOutcome } from '../../graph/compose-session';
import type { GraphConnection } from '../../graph/graph-client';
import type { ProgramSite, StoredSession } from '../../graph/sessions-store';

/**
 * Saves the item (Outlook gives an id only to a saved item) and stores the draft session keyed by
 * it, with the item's id as its event id (a meeting saved from compose is the organiser's calendar
 * event); calling it again for the same item returns the first record.
 */
export async function keepComposedSession(item: ComposeItemPort, graph: GraphConnection, site: ProgramSite, session: Omit<Session, 'key' | 'eventId'>): Promise<StoredSession> {
  const itemId = await item.saveAndGetItemId();
  return createComposeDraft(graph, site, { ...session, key: composeSessionKey(itemId), eventId: itemId, status: 'draft' });
}

/**
 * Links the draft to the meeting: an appointment saved from compose is the organiser's calendar
 * event, so its item id is the event id Graph reads. Call it after the meeting is sent (or saved);
 * a 'not-online' outcome carries the sentence to show.
 */
export async function linkComposedItem(item: ComposeItemPort, graph: GraphConnection, site: ProgramSite, stored: StoredSession): Promise<LinkOutcome> {
  return linkComposedMeeting(graph, site, stored, await item.saveAndGetItemId());
}
