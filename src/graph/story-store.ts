// Success stories in the program site's SuccessStories list. One story per session: the list's
// SessionKey column enforces unique values, so a second create (a retry, two managers at once) is
// refused by SharePoint and reads as "already there". Edits carry If-Match. Everyone's read asks
// only for published stories, newest first, on indexed columns and with $select, and is checked
// against the Sessions list's consent, so a story whose mentee withdrew consent never shows even
// if its unpublishing failed.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { lostConsent, showableStories, withdrawnRecord, type PublishedStory, type StoryRecord } from '../domain/story-record';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';
import { changedStoryFields, fieldsToStory, storyToFields } from './story-fields';
import { itemsPath, storedFromItem, type ProgramSite, type StoredSession } from './sessions-store';

export interface StoriesList {
  siteId: string;
  /** The SuccessStories list's id or name. */
  list: string;
}

export interface StoredStory {
  record: StoryRecord;
  itemId: string;
  etag: string;
}

/** A row that could not be read: left out, and named to the program manager. */
export interface UnreadableRow {
  itemId: string;
  message: string;
}

const PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';
/** Keys per consent query: keeps each URL well under Graph's 2,048 characters. */
const KEYS_PER_QUERY = 15;
const MAX_PAGES = 10;
const MAX_ROUNDS = 12;
/** What everyone's list reads: the story and its order, never the channel bookkeeping. */
const PUBLISHED_COLUMNS = 'SessionKey,Status,PublishedAtUtc,Topic,Goal,Success,Result,Actions,Department';

const storiesPath = (list: StoriesList) => `/sites/${encodeURIComponent(list.siteId)}/lists/${encodeURIComponent(list.list)}/items`;

function storedStory(item: ListItem): StoredStory {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a story without its fields. Try again.');
  return { record: fieldsToStory(item.id, item.fields as Record<string, unknown>), itemId: item.id, etag: item.eTag ?? String((item.fields as Record<string, unknown>)['@odata.etag'] ?? '') };
}

/** Reads rows, keeping the usable ones and naming the others. */
function readRows(items: ListItem[], into: StoredStory[], unreadable: UnreadableRow[]): void {
  for (const item of items) {
    try {
      into.push(storedStory(item));
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'invalid') unreadable.push({ itemId: item.id ?? '?', message: error.message });
      else throw error;
    }
  }
}

export async function findStoryByKey(graph: GraphConnection, list: StoriesList, sessionKey: string): Promise<StoredStory | undefined> {
  checkId('session key', sessionKey);
  try {
    const page = (await graph.client.api(storiesPath(list)).header('Prefer', PREFER).expand('fields').filter(filterParam(`fields/SessionKey eq ${odataString(sessionKey)}`)).top(1).get()) as { value: ListItem[] };
    return page.value[0] ? storedStory(page.value[0]) : undefined;
  } catch (error) {
    throw error instanceof GatewayError ? error : toGatewayError(error, 'looking up the story');
  }
}

/** Stores the story of a session once: a second create reads the first (the store refuses it). */
export async function createStoryOnce(graph: GraphConnection, list: StoriesList, record: StoryRecord): Promise<StoredStory> {
  checkId('session key', record.story.sessionKey);
  for (let attempt = 1; ; attempt++) {
    try {
      return storedStory((await graph.client.api(storiesPath(list)).post({ fields: storyToFields(record) })) as ListItem);
    } catch (error) {
      const failure = toGatewayError(error, 'saving the story');
      const duplicate = failure.status === 409 || /duplicate values were found/i.test(String((error as { message?: unknown })?.message ?? ''));
      if (!duplicate) throw failure;
      const existing = await findStoryByKey(graph, list, record.story.sessionKey);
      if (existing) return existing;
      if (attempt >= 3) throw failure;
    }
  }
}

export async function readStory(graph: GraphConnection, list: StoriesList, itemId: string): Promise<StoredStory> {
  checkId('session item id', itemId);
  try {
    return storedStory((await graph.client.api(`${storiesPath(list)}/${encodeURIComponent(itemId)}`).expand('fields').get()) as ListItem);
  } catch (error) {
    throw error instanceof GatewayError ? error : toGatewayError(error, 'reading the story');
  }
}

/** Writes `next` only if nobody changed the story since (If-Match); undefined on 412. */
export async function replaceStoryIfUnchanged(graph: GraphConnection, list: StoriesList, current: StoredStory, next: StoryRecord): Promise<StoredStory | undefined> {
  const fields = changedStoryFields(current.record, next);
  if (Object.keys(fields).length === 0) return current;
  let saved: Record<string, unknown>;
  try {
    saved = (await graph.client.api(`${storiesPath(list)}/${encodeURIComponent(current.itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
  } catch (error) {
    const failure = toGatewayError(error, 'saving the story');
    if (failure.status === 412) return undefined;
    throw failure;
  }
  return { record: fieldsToStory(current.itemId, saved), itemId: current.itemId, etag: String(saved['@odata.etag'] ?? '') };
}

/**
 * Applies `change` to the latest story and saves it with If-Match, reading again on 412. `change`
 * sees what is stored now, so two managers' edits never undo each other unseen.
 */
export async function updateStory(graph: GraphConnection, list: StoriesList, current: StoredStory, change: (latest: StoryRecord) => StoryRecord): Promise<StoredStory> {
  let latest = current;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const saved = await replaceStoryIfUnchanged(graph, list, latest, change(latest.record));
    if (saved) return saved;
    latest = await readStory(graph, list, current.itemId);
  }
  throw new GatewayError('conflict', 'This story keeps changing while we save it. Reload and try again.', 412);
}

/** Every story record (the program manager's list), page by page; unusable rows are named. */
export async function readAllStories(graph: GraphConnection, list: StoriesList): Promise<{ stories: StoredStory[]; unreadable: UnreadableRow[] }> {
  const stories: StoredStory[] = [];
  const unreadable: UnreadableRow[] = [];
  try {
    let page = (await graph.client.api(storiesPath(list)).expand('fields').top(5000).get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    for (let pages = 1; ; pages++) {
      readRows(page.value, stories, unreadable);
      if (!page['@odata.nextLink'] || pages >= MAX_PAGES) break;
      page = (await graph.client.api(nextLinkPath(page['@odata.nextLink'])).get()) as typeof page;
    }
  } catch (error) {
    throw error instanceof GatewayError ? error : toGatewayError(error, 'reading the stories');
  }
  return { stories, unreadable };
}

/** Which of these sessions still have the mentee's consent (and are not cancelled), from the Sessions list. */
export async function consentedKeys(graph: GraphConnection, site: ProgramSite, keys: readonly string[]): Promise<Set<string>> {
  const consented = new Set<string>();
  const unique = [...new Set(keys)].filter((k) => {
    try {
      checkId('session key', k);
      return true;
    } catch {
      return false;
    }
  });
  try {
    for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
      const anyOf = unique.slice(i, i + KEYS_PER_QUERY).map((k) => `fields/SessionKey eq ${odataString(k)}`).join(' or ');
      const page = (await graph.client.api(itemsPath(site)).header('Prefer', PREFER).expand('fields($select=SessionKey,ShareStory,Status)').filter(filterParam(anyOf)).top(KEYS_PER_QUERY).get()) as { value: ListItem[] };
      for (const item of page.value) {
        const f = (item.fields ?? {}) as Record<string, unknown>;
        if (f.ShareStory === true && f.Status !== 'cancelled' && typeof f.SessionKey === 'string') consented.add(f.SessionKey);
      }
    }
  } catch (error) {
    throw toGatewayError(error, "checking the mentees' consent");
  }
  return consented;
}

/** Stories everyone may read, newest first, of one topic or all; each checked against consent now. */
export async function readPublishedStories(graph: GraphConnection, list: StoriesList, site: ProgramSite, options: { topic?: string; top?: number } = {}): Promise<PublishedStory[]> {
  const published = `fields/Status eq 'published'`;
  const filter = options.topic ? `${published} and fields/Topic eq ${odataString(options.topic)}` : published;
  const stories: StoredStory[] = [];
  try {
    const page = (await graph.client
      .api(storiesPath(list))
      .header('Prefer', PREFER)
      .expand(`fields($select=${PUBLISHED_COLUMNS})`)
      .filter(filterParam(filter))
      .orderby('fields/PublishedAtUtc desc')
      .top(options.top ?? 50)
      .get()) as { value: ListItem[] };
    readRows(page.value, stories, []);
  } catch (error) {
    throw error instanceof GatewayError ? error : toGatewayError(error, 'reading the stories');
  }
  const records = stories.map((s) => s.record);
  return showableStories(records, await consentedKeys(graph, site, records.map((r) => r.story.sessionKey)));
}

/** Sessions whose mentee consented to a story (an indexed filter), page by page; unusable rows are skipped. */
export async function readConsentedSessions(graph: GraphConnection, site: ProgramSite): Promise<StoredSession[]> {
  const sessions: StoredSession[] = [];
  try {
    let page = (await graph.client.api(itemsPath(site)).header('Prefer', PREFER).expand('fields').filter(filterParam('fields/ShareStory eq true')).top(500).get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    for (let pages = 1; ; pages++) {
      for (const item of page.value) {
        try {
          sessions.push(storedFromItem(item));
        } catch (error) {
          if (!(error instanceof GatewayError && error.code === 'invalid')) throw error;
        }
      }
      if (!page['@odata.nextLink'] || pages >= MAX_PAGES) break;
      page = (await graph.client.api(nextLinkPath(page['@odata.nextLink'])).get()) as typeof page;
    }
  } catch (error) {
    throw error instanceof GatewayError ? error : toGatewayError(error, 'reading the consented sessions');
  }
  return sessions.filter((s) => s.session.shareStory);
}

/** Unpublishes the session's story and erases its words (consent withdrawn). Safe to repeat; nothing to do without a story. */
export async function withdrawStory(graph: GraphConnection, list: StoriesList, sessionKey: string): Promise<StoredStory | undefined> {
  const stored = await findStoryByKey(graph, list, sessionKey);
  if (!stored || stored.record.erased) return stored;
  return updateStory(graph, list, stored, (latest) => (latest.erased ? latest : withdrawnRecord(latest)));
}

/** Withdraws every stored story whose session has lost consent; returns how many. */
export async function withdrawLostConsent(graph: GraphConnection, list: StoriesList, stories: readonly StoredStory[], consented: ReadonlySet<string>): Promise<number> {
  const lost = new Set(lostConsent(stories.map((s) => s.record), consented));
  let n = 0;
  for (const stored of stories) {
    if (!lost.has(stored.record)) continue;
    await updateStory(graph, list, stored, (latest) => (latest.erased || consented.has(latest.story.sessionKey) ? latest : withdrawnRecord(latest)));
    n++;
  }
  return n;
}
