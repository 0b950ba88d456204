// Session records in the program site's Sessions list. Creates are made safe to repeat, and safe
// to race, by our own key: the list's SessionKey column enforces unique values, so SharePoint
// itself refuses a second record and the refusal reads as "already there". Edits carry If-Match,
// and on 412 the store re-reads, merges field by field and tries again, so two people ticking
// different checklist items both win and a real collision is reported.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { Session } from '../domain/session';
import { mergeSessions } from '../domain/session-merge';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';
import { changedFields, fieldsToSession, sessionToFields } from './session-fields';

export interface ProgramSite {
  siteId: string;
  /** The Sessions list's id or name. */
  sessionsList: string;
}

export interface StoredSession {
  session: Session;
  etag: string;
}

export type SaveOutcome = { kind: 'saved'; stored: StoredSession } | { kind: 'conflict'; fields: (keyof Session)[]; theirs: StoredSession };

/**
 * Each 412 means another writer's save landed, so with n people saving at once one loses at most
 * n - 1 times; this bounds it for a meeting's worth of tabs without looping on a record that never settles.
 */
const MAX_MERGE_ROUNDS = 12;
const MAX_CREATE_TRIES = 3;

type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((r) => setTimeout(r, ms));

export function itemsPath(site: ProgramSite): string {
  return `/sites/${encodeURIComponent(site.siteId)}/lists/${encodeURIComponent(site.sessionsList)}/items`;
}

/** A list item as a session, every column checked (the list can be edited by hand in Microsoft Lists). */
export function storedFromItem(item: ListItem): StoredSession {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a session without its fields. Try again.');
  return { session: fieldsToSession(checkId('session item id', item.id), item.fields as Record<string, unknown>), etag: item.eTag ?? '' };
}

const isTransient = (e: GatewayError) => e.code === 'throttled' || e.code === 'unavailable' || e.code === 'offline';

/**
 * SharePoint's refusal of a second item with the same value in a unique column. Graph answers 409
 * (code nameAlreadyExists); the wording is matched too, because a 409 on a create can mean nothing else
 * here but some tenants have been seen to answer 400 with SharePoint's sentence.
 */
function isDuplicateKey(error: unknown, failure: GatewayError): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return failure.status === 409 || (typeof message === 'string' && /duplicate values were found/i.test(message));
}

export async function findSessionByKey(graph: GraphConnection, site: ProgramSite, key: string): Promise<StoredSession | undefined> {
  checkId('session key', key);
  try {
    const page = (await graph.client
      .api(itemsPath(site))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields')
      .filter(filterParam(`fields/SessionKey eq ${odataString(key)}`))
      .top(1)
      .get()) as { value: ListItem[] };
    return page.value[0] ? storedFromItem(page.value[0]) : undefined;
  } catch (error) {
    throw toGatewayError(error, 'looking up the session');
  }
}

/**
 * Stores a new session, once: a retry after a lost answer, or any number of people creating the
 * same session at once, all get the one record (the store refuses the others; no check-first).
 */
export async function createSession(graph: GraphConnection, site: ProgramSite, session: Session, wait: Wait = sleep): Promise<StoredSession> {
  if (!session.key) throw new GatewayError('invalid', 'A session needs its key before it is stored.', undefined, undefined, undefined, 'session key');
  checkId('session key', session.key);
  for (let attempt = 1; ; attempt++) {
    let failure: GatewayError;
    try {
      const item = (await graph.client.api(itemsPath(site)).post({ fields: sessionToFields(session) })) as ListItem;
      return storedFromItem(item);
    } catch (error) {
      failure = toGatewayError(error, 'saving the session');
      if (isDuplicateKey(error, failure)) {
        const existing = await findSessionByKey(graph, site, session.key);
        if (existing) return existing;
        // Refused, yet not found: the other record was deleted in between; try again.
      } else if (!isTransient(failure)) {
        throw failure;
      }
    }
    if (attempt >= MAX_CREATE_TRIES) throw failure;
    await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
  }
}

export async function readSession(graph: GraphConnection, site: ProgramSite, itemId: string): Promise<StoredSession> {
  checkId('session item id', itemId);
  let item: ListItem;
  try {
    item = (await graph.client.api(`${itemsPath(site)}/${encodeURIComponent(itemId)}`).expand('fields').get()) as ListItem;
  } catch (error) {
    throw toGatewayError(error, 'reading the session');
  }
  return storedFromItem(item);
}

/**
 * Writes `next` over `current` only if nobody changed the record since (If-Match); undefined when
 * someone did (412). The compare-and-swap that claims are built on.
 */
export async function replaceIfUnchanged(graph: GraphConnection, site: ProgramSite, current: StoredSession, next: Session): Promise<StoredSession | undefined> {
  const itemId = checkId('session item id', current.session.itemId);
  const fields = changedFields(current.session, next);
  if (Object.keys(fields).length === 0) return current;
  let saved: Record<string, unknown>;
  try {
    // The answer is the whole field set with its new ETag: no second read needed.
    saved = (await graph.client.api(`${itemsPath(site)}/${encodeURIComponent(itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
  } catch (error) {
    const failure = toGatewayError(error, 'saving the session');
    if (failure.status === 412) return undefined;
    throw failure;
  }
  return storedFromItem({ id: itemId, fields: saved, eTag: String(saved['@odata.etag'] ?? '') });
}

/**
 * Saves `mine`, an edit of `base`. Only changed columns are sent, with If-Match; on a stale ETag the
 * latest is read and merged (domain rules), a bounded number of times.
 */
export async function saveSession(graph: GraphConnection, site: ProgramSite, base: StoredSession, mine: Session): Promise<SaveOutcome> {
  const itemId = base.session.itemId;
  if (!itemId) throw new GatewayError('invalid', 'Only a stored session can be edited.');
  let current = base;
  let wanted = mine;
  for (let round = 1; round <= MAX_MERGE_ROUNDS; round++) {
    const saved = await replaceIfUnchanged(graph, site, current, wanted);
    if (saved) return { kind: 'saved', stored: saved };
    const theirs = await readSession(graph, site, itemId);
    const outcome = mergeSessions(current.session, wanted, theirs.session);
    if (outcome.kind === 'conflict') return { kind: 'conflict', fields: outcome.fields, theirs };
    current = theirs;
    wanted = outcome.session;
  }
  throw new GatewayError('conflict', 'This session keeps changing while we save it. Reload it and try again.', 412);
}
