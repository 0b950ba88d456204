// Flash events and their participants in the program site's FlashEvents and FlashParticipants lists.
// Creates are keyed (EventKey, ParticipantKey enforce unique values: a retry or a second tab finds the
// first item); edits carry If-Match and report a 412 to the caller, who re-reads and decides.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { FlashParticipant } from '../domain/flash-participants';
import type { FlashEventRecord } from '../domain/flash-record';
import { changedEventFields, eventToFields, fieldsToEvent, fieldsToParticipant, participantToFields } from './flash-event-fields';
import { GatewayError, batchAnswerError, toGatewayError, type BatchAnswer } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { filterParam, odataString } from './odata';

export interface FlashLists {
  siteId: string;
  /** Ids or names of the lists. */
  eventsList: string;
  participantsList: string;
}

export interface StoredFlashEvent {
  event: FlashEventRecord;
  etag: string;
}

export interface StoredParticipant {
  itemId: string;
  etag: string;
  eventKey: string;
  participant: FlashParticipant;
}

const PAGE = 500;
const MAX_PAGES = 20;
const REQUESTS_PER_BATCH = 20;

const path = (lists: FlashLists, list: 'eventsList' | 'participantsList') => `/sites/${encodeURIComponent(lists.siteId)}/lists/${encodeURIComponent(lists[list])}/items`;

function storedEvent(item: ListItem): StoredFlashEvent {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a flash event without its fields. Try again.');
  return { event: fieldsToEvent(item.id, item.fields as Record<string, unknown>), etag: item.eTag ?? '' };
}

function storedParticipant(item: ListItem): StoredParticipant {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a participant without its fields. Try again.');
  const { eventKey, ...participant } = fieldsToParticipant(item.id, item.fields as Record<string, unknown>);
  return { itemId: item.id, etag: item.eTag ?? '', eventKey, participant };
}

const isDuplicate = (status: number | undefined, message: unknown) => status === 409 || (typeof message === 'string' && /duplicate values were found/i.test(message));

async function readAll(graph: GraphConnection, listPath: string, filter: string, doing: string): Promise<ListItem[]> {
  const items: ListItem[] = [];
  try {
    let page = (await graph.client.api(listPath).expand('fields').filter(filterParam(filter)).top(PAGE).get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    items.push(...page.value);
    for (let n = 1; page['@odata.nextLink'] && n < MAX_PAGES; n++) {
      page = (await graph.client.api(nextLinkPath(page['@odata.nextLink'])).get()) as typeof page;
      items.push(...page.value);
    }
  } catch (error) {
    throw toGatewayError(error, doing);
  }
  return items;
}

export async function findFlashEventByKey(graph: GraphConnection, lists: FlashLists, key: string): Promise<StoredFlashEvent | undefined> {
  const items = await readAll(graph, path(lists, 'eventsList'), `fields/EventKey eq ${odataString(key)}`, 'looking up the event');
  return items[0] ? storedEvent(items[0]) : undefined;
}

/** Stores a new event once: a retry, or a second click, finds the first one by its key. */
export async function createFlashEvent(graph: GraphConnection, lists: FlashLists, event: FlashEventRecord): Promise<StoredFlashEvent> {
  if (!event.key) throw new GatewayError('invalid', 'An event needs its key before it is stored.');
  try {
    return storedEvent((await graph.client.api(path(lists, 'eventsList')).post({ fields: eventToFields(event) })) as ListItem);
  } catch (error) {
    const failure = toGatewayError(error, 'saving the event');
    if (!isDuplicate(failure.status, (error as { message?: unknown } | null)?.message)) throw failure;
    const existing = await findFlashEventByKey(graph, lists, event.key);
    if (!existing) throw failure;
    return existing;
  }
}

export async function readFlashEvent(graph: GraphConnection, lists: FlashLists, itemId: string): Promise<StoredFlashEvent> {
  try {
    return storedEvent((await graph.client.api(`${path(lists, 'eventsList')}/${encodeURIComponent(itemId)}`).expand('fields').get()) as ListItem);
  } catch (error) {
    throw toGatewayError(error, 'reading the event');
  }
}

/** The events a program manager organises, soonest first. */
export async function listFlashEventsOf(graph: GraphConnection, lists: FlashLists, organizerId: string): Promise<StoredFlashEvent[]> {
  const items = await readAll(graph, path(lists, 'eventsList'), `fields/OrganizerId eq ${odataString(organizerId)}`, 'reading your events');
  return items.map(storedEvent).sort((a, b) => a.event.start - b.event.start);
}

/** Writes `next` only if nobody changed the event since `current` was read; undefined on 412. */
export async function saveFlashEvent(graph: GraphConnection, lists: FlashLists, current: StoredFlashEvent, next: FlashEventRecord): Promise<StoredFlashEvent | undefined> {
  const fields = changedEventFields(current.event, next);
  if (Object.keys(fields).length === 0) return current;
  try {
    const saved = (await graph.client.api(`${path(lists, 'eventsList')}/${encodeURIComponent(current.event.itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
    return { event: fieldsToEvent(current.event.itemId, saved), etag: String(saved['@odata.etag'] ?? '') };
  } catch (error) {
    const failure = toGatewayError(error, 'saving the event');
    if (failure.status === 412) return undefined;
    throw failure;
  }
}

/**
 * Invites people to an event: one item each, created 20 to a $batch. Someone already invited (the
 * unique ParticipantKey refuses them) is left as they are, so inviting twice is harmless.
 * Returns how many new invitations were written.
 */
export async function inviteParticipants(graph: GraphConnection, lists: FlashLists, eventKey: string, people: readonly FlashParticipant[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < people.length; i += REQUESTS_PER_BATCH) {
    const chunk = people.slice(i, i + REQUESTS_PER_BATCH);
    const requests = chunk.map((p, n) => ({ id: String(n + 1), method: 'POST', url: path(lists, 'participantsList'), headers: { 'Content-Type': 'application/json' }, body: { fields: participantToFields(eventKey, p) } }));
    let answers: BatchAnswer[];
    try {
      answers = ((await graph.client.api('/$batch').post({ requests })) as { responses: BatchAnswer[] }).responses;
    } catch (error) {
      throw toGatewayError(error, 'inviting people');
    }
    for (const answer of answers) {
      if (answer.status < 300) added++;
      else if (!isDuplicate(answer.status, (answer.body as { error?: { message?: unknown } } | undefined)?.error?.message)) throw batchAnswerError(answer, 'inviting people');
    }
  }
  return added;
}

/** Everyone invited to an event, in the order they were invited. */
export async function listParticipants(graph: GraphConnection, lists: FlashLists, eventKey: string): Promise<StoredParticipant[]> {
  const items = await readAll(graph, path(lists, 'participantsList'), `fields/EventKey eq ${odataString(eventKey)}`, "reading the event's participants");
  return items.map(storedParticipant);
}

/** A person's invitations (one item per event they are invited to). */
export async function listInvitationsOf(graph: GraphConnection, lists: FlashLists, userId: string): Promise<StoredParticipant[]> {
  const items = await readAll(graph, path(lists, 'participantsList'), `fields/UserId eq ${odataString(userId)}`, 'reading your invitations');
  return items.map(storedParticipant);
}

/** Writes a participant's registration only if nobody changed it since; undefined on 412. */
export async function saveParticipant(graph: GraphConnection, lists: FlashLists, current: StoredParticipant, next: FlashParticipant): Promise<StoredParticipant | undefined> {
  const before = participantToFields(current.eventKey, current.participant);
  const after = participantToFields(current.eventKey, next);
  const fields = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  if (Object.keys(fields).length === 0) return current;
  try {
    const saved = (await graph.client.api(`${path(lists, 'participantsList')}/${encodeURIComponent(current.itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
    return storedParticipant({ id: current.itemId, eTag: String(saved['@odata.etag'] ?? ''), fields: saved });
  } catch (error) {
    const failure = toGatewayError(error, 'saving the registration');
    if (failure.status === 412) return undefined;
    throw failure;
  }
}
