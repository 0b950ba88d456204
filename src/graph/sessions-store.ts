// Session records in the program site's Sessions list. Creates are made safe to repeat by our own
// key; edits carry If-Match, and on 412 the store re-reads, merges field by field and tries again,
// so two people ticking different checklist items both win and a real collision is reported.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { Session } from '../domain/session';
import { mergeSessions } from '../domain/session-merge';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
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

const MAX_MERGE_ROUNDS = 3;

function itemsPath(site: ProgramSite): string {
  return `/sites/${encodeURIComponent(site.siteId)}/lists/${encodeURIComponent(site.sessionsList)}/items`;
}

function toStored(item: ListItem): StoredSession {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a session without its fields. Try again.');
  const session = fieldsToSession(item.id, item.fields as Record<string, unknown>);
  // The list can be edited by hand in Microsoft Lists; a record without its times cannot be shown.
  if (!Number.isFinite(session.start) || !Number.isFinite(session.end) || !session.key) {
    throw new GatewayError('invalid', `Session ${item.id} in the Sessions list is missing its key, start or end. Ask your program manager to restore them in Microsoft Lists.`);
  }
  return { session, etag: item.eTag ?? '' };
}

export async function findSessionByKey(graph: GraphConnection, site: ProgramSite, key: string): Promise<StoredSession | undefined> {
  try {
    const page = (await graph.client
      .api(itemsPath(site))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields')
      .filter(`fields/SessionKey eq '${key.replace(/'/g, "''")}'`)
      .top(1)
      .get()) as { value: ListItem[] };
    return page.value[0] ? toStored(page.value[0]) : undefined;
  } catch (error) {
    throw toGatewayError(error, 'looking up the session');
  }
}

/** Stores a new session; a retry after a lost answer finds the first record instead of adding one. */
export async function createSession(graph: GraphConnection, site: ProgramSite, session: Session, wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<StoredSession> {
  if (!session.key) throw new GatewayError('invalid', 'A session needs its key before it is stored.');
  for (let attempt = 1; ; attempt++) {
    const existing = await findSessionByKey(graph, site, session.key);
    if (existing) return existing;
    try {
      const item = (await graph.client.api(itemsPath(site)).post({ fields: sessionToFields(session) })) as ListItem;
      return toStored(item);
    } catch (error) {
      const failure = toGatewayError(error, 'saving the session');
      const transient = failure.code === 'throttled' || failure.code === 'unavailable' || failure.code === 'offline';
      if (!transient || attempt >= 3) throw failure;
      await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
    }
  }
}

export async function readSession(graph: GraphConnection, site: ProgramSite, itemId: string): Promise<StoredSession> {
  try {
    return toStored((await graph.client.api(`${itemsPath(site)}/${encodeURIComponent(itemId)}`).expand('fields').get()) as ListItem);
  } catch (error) {
    throw toGatewayError(error, 'reading the session');
  }
}

/**
 * Saves `mine`, an edit of `base`. Only changed columns are sent, with If-Match; on a stale ETag the
 * latest is read and merged (domain rules) up to three times.
 */
export async function saveSession(graph: GraphConnection, site: ProgramSite, base: StoredSession, mine: Session): Promise<SaveOutcome> {
  const itemId = base.session.itemId;
  if (!itemId) throw new GatewayError('invalid', 'Only a stored session can be edited.');
  let current = base;
  let wanted = mine;
  for (let round = 1; round <= MAX_MERGE_ROUNDS; round++) {
    const fields = changedFields(current.session, wanted);
    if (Object.keys(fields).length === 0) return { kind: 'saved', stored: current };
    try {
      // The answer is the whole field set with its new ETag: no second read needed.
      const saved = (await graph.client.api(`${itemsPath(site)}/${encodeURIComponent(itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
      return { kind: 'saved', stored: toStored({ id: itemId, fields: saved, eTag: String(saved['@odata.etag'] ?? '') }) };
    } catch (error) {
      const failure = toGatewayError(error, 'saving the session');
      if (failure.status !== 412) throw failure;
    }
    const theirs = await readSession(graph, site, itemId);
    const outcome = mergeSessions(current.session, wanted, theirs.session);
    if (outcome.kind === 'conflict') return { kind: 'conflict', fields: outcome.fields, theirs };
    current = theirs;
    wanted = outcome.session;
  }
  throw new GatewayError('conflict', 'This session keeps changing while we save it. Reload it and try again.', 412);
}
