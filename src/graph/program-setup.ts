// Program set-up against the program site: read what is there (its lists with their columns, and the
// schema version it records), then create the missing lists with all their columns, add missing
// columns, index columns the app filters on, and record the version. It never deletes, renames or
// retypes a column and never touches items. Requests: 1 read (+1 for the version when its list is
// there), 1 per list created, 1 per column added or indexed, 1 for the version: under 2 per list + 1.
//
// Retry-safe by what SharePoint refuses: a list created by an attempt whose answer was lost is "a
// list with that title already exists" on the retry, and is then read and upgraded like any other;
// a column added twice is "a duplicate field name"; the version item is keyed by a unique column.
import type { ColumnDefinition, List, ListItem } from '@microsoft/microsoft-graph-types';
import { columnDefinition, SCHEMA_VERSION_ITEM, SCHEMA_VERSION_LIST, type ProgramSchema, type SchemaList } from '../domain/program-schema';
import { compareSite, planSetup, siteColumn, siteState, type Difference, type SiteList, type SiteSnapshot, type SiteState } from '../domain/program-site-check';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';

export interface SiteCheck {
  state: SiteState;
  differences: Difference[];
  snapshot: SiteSnapshot;
  /** The version item's id, when the site has one (set-up updates it). */
  versionItemId?: string;
}

export type ListProgress = { list: string; step: 'create' | 'upgrade'; state: 'working' | 'done' } | { list: string; step: 'create' | 'upgrade'; state: 'failed'; error: GatewayError };

const MAX_LIST_PAGES = 10;

const site = (siteId: string) => `/sites/${encodeURIComponent(siteId)}`;
const listPath = (siteId: string, list: string) => `${site(siteId)}/lists/${encodeURIComponent(list)}`;

const errorOf = (error: unknown) => error as { statusCode?: number; message?: string; code?: string };
const isDuplicateList = (error: unknown) => errorOf(error).statusCode === 409;
const isDuplicateColumn = (error: unknown) => errorOf(error).statusCode === 400 && /duplicate field name/i.test(errorOf(error).message ?? '');
const isDuplicateValue = (error: unknown) => errorOf(error).statusCode === 409 || /duplicate values were found/i.test(errorOf(error).message ?? '');

function siteListOf(list: List): SiteList {
  return { name: list.name ?? list.displayName ?? '', columns: (list.columns ?? []).filter((c) => c.name !== 'Title').map((c) => siteColumn(c as Record<string, unknown>)) };
}

/** The site's version item: its id and the version it records. */
async function readVersion(graph: GraphConnection, siteId: string): Promise<{ id: string; version: number } | undefined> {
  const page = (await graph.client.api(`${listPath(siteId, SCHEMA_VERSION_LIST)}/items`).expand('fields($select=Title,SchemaVersion)').top(20).get()) as { value: ListItem[] };
  const found = page.value.find((i) => (i.fields as Record<string, unknown> | undefined)?.Title === SCHEMA_VERSION_ITEM);
  const version = (found?.fields as Record<string, unknown> | undefined)?.SchemaVersion;
  return found?.id && typeof version === 'number' ? { id: found.id, version } : undefined;
}

/** Reads the program site and compares it with the schema ("Check the program site"). */
export async function checkProgramSite(graph: GraphConnection, siteId: string, schema: ProgramSchema): Promise<SiteCheck> {
  const lists: List[] = [];
  try {
    let page = (await graph.client.api(`${site(siteId)}/lists`).select('id,name,displayName').expand('columns').top(200).get()) as { value: List[]; '@odata.nextLink'?: string };
    for (let pages = 1; ; pages++) {
      lists.push(...page.value);
      const next = page['@odata.nextLink'];
      if (!next || pages >= MAX_LIST_PAGES) break;
      page = (await graph.client.api(nextLinkPath(next)).get()) as typeof page;
    }
  } catch (error) {
    if (errorOf(error).statusCode === 404) throw new GatewayError('not-found', 'Microsoft 365 has no SharePoint site with the program site id this app was built with. Check MICROMENTOR_PROGRAM_SITE_ID.', 404);
    throw toGatewayError(error, 'reading the program site');
  }
  const siteLists = lists.map(siteListOf);
  let version: { id: string; version: number } | undefined;
  if (siteLists.some((l) => l.name.toLowerCase() === SCHEMA_VERSION_LIST.toLowerCase())) {
    try {
      version = await readVersion(graph, siteId);
    } catch (error) {
      throw toGatewayError(error, 'reading the program site');
    }
  }
  const snapshot: SiteSnapshot = { lists: siteLists, ...(version ? { version: version.version } : {}) };
  const differences = compareSite(schema, snapshot);
  return { state: siteState(schema, snapshot, differences), differences, snapshot, ...(version ? { versionItemId: version.id } : {}) };
}

/**
 * The version the site records, for the tab's start-up (one request, which anyone in the program may
 * make): undefined when the site has none (not set up), or the version.
 */
export async function readProgramVersion(graph: GraphConnection, siteId: string): Promise<number | undefined> {
  try {
    return (await readVersion(graph, siteId))?.version;
  } catch (error) {
    if (errorOf(error).statusCode === 404) return undefined;
    throw toGatewayError(error, 'checking the program site');
  }
}

async function createList(graph: GraphConnection, siteId: string, list: SchemaList): Promise<'created' | 'exists'> {
  try {
    // The title is the list's name: the app addresses lists by it, and SharePoint makes the list's URL from it.
    await graph.client.api(`${site(siteId)}/lists`).post({ displayName: list.name, description: list.description, columns: list.columns.map(columnDefinition), list: { template: 'genericList' } });
    return 'created';
  } catch (error) {
    if (isDuplicateList(error)) return 'exists';
    throw error;
  }
}

async function readListColumns(graph: GraphConnection, siteId: string, list: string): Promise<SiteList> {
  const page = (await graph.client.api(`${listPath(siteId, list)}/columns`).get()) as { value: ColumnDefinition[] };
  return { name: list, columns: page.value.filter((c) => c.name !== 'Title').map((c) => siteColumn(c as Record<string, unknown>)) };
}

async function upgradeList(graph: GraphConnection, siteId: string, list: string, add: SchemaList['columns'], index: readonly string[], choices: readonly { column: string; choices: string[] }[] = []): Promise<void> {
  for (const column of add) {
    try {
      await graph.client.api(`${listPath(siteId, list)}/columns`).post(columnDefinition(column));
    } catch (error) {
      if (!isDuplicateColumn(error)) throw error;
    }
  }
  for (const name of index) await graph.client.api(`${listPath(siteId, list)}/columns/${encodeURIComponent(name)}`).patch({ indexed: true });
  // The whole set, the site's own first: a choice column is updated with all its values.
  for (const c of choices) {
    await graph.client.api(`${listPath(siteId, list)}/columns/${encodeURIComponent(c.column)}`).patch({ choice: { allowTextEntry: false, choices: c.choices, displayAs: 'checkBoxes' } });
  }
}

async function recordVersion(graph: GraphConnection, siteId: string, version: number, itemId: string | undefined): Promise<void> {
  const items = `${listPath(siteId, SCHEMA_VERSION_LIST)}/items`;
  if (itemId) {
    await graph.client.api(`${items}/${encodeURIComponent(itemId)}/fields`).patch({ SchemaVersion: version });
    return;
  }
  try {
    await graph.client.api(items).post({ fields: { Title: SCHEMA_VERSION_ITEM, RecordKey: SCHEMA_VERSION_ITEM, SchemaVersion: version } });
  } catch (error) {
    if (!isDuplicateValue(error)) throw error;
    // Written by an attempt whose answer was lost: update that one.
    const found = await readVersion(graph, siteId);
    if (found) await graph.client.api(`${items}/${encodeURIComponent(found.id)}/fields`).patch({ SchemaVersion: version });
  }
}

export interface SetupResult {
  /** Lists created, and lists given columns or indexes. */
  created: string[];
  upgraded: string[];
  /** What set-up left for a person (a column of another type, uniqueness, choices). */
  leftAlone: Difference[];
}

/**
 * Creates and upgrades the program site to `schema`. Safe to run again, on any site state: a second
 * run creates nothing. Reports each list's progress; stops at the first failure (a later run resumes).
 */
export async function setUpProgramSite(graph: GraphConnection, siteId: string, schema: ProgramSchema, onProgress: (p: ListProgress) => void = () => {}, checked?: SiteCheck): Promise<SetupResult> {
  const check = checked ?? (await checkProgramSite(graph, siteId, schema));
  if (check.state === 'newer') {
    throw new GatewayError('invalid', 'This program site was set up by a newer version of Micromentor. Update the app before changing its lists.');
  }
  const plan = planSetup(schema, check.differences);
  const created: string[] = [];
  const upgraded: string[] = [];
  const step = async (list: string, kind: 'create' | 'upgrade', work: () => Promise<void>) => {
    onProgress({ list, step: kind, state: 'working' });
    try {
      await work();
      onProgress({ list, step: kind, state: 'done' });
    } catch (error) {
      const failure = toGatewayError(error, kind === 'create' ? `creating the list ${list}` : `adding columns to the list ${list}`);
      onProgress({ list, step: kind, state: 'failed', error: failure });
      throw failure;
    }
  };
  for (const list of plan.createLists) {
    await step(list.name, 'create', async () => {
      if ((await createList(graph, siteId, list)) === 'created') {
        created.push(list.name);
        return;
      }
      // Already there (a lost answer's retry, or someone else setting up at once): upgrade it instead.
      const actual = await readListColumns(graph, siteId, list.name);
      const again = planSetup({ version: schema.version, lists: [list] }, compareSite({ version: schema.version, lists: [list] }, { lists: [actual] }));
      const upgrade = again.upgrades[0];
      if (upgrade) await upgradeList(graph, siteId, list.name, upgrade.add, upgrade.index, upgrade.choices);
      created.push(list.name);
    });
  }
  for (const upgrade of plan.upgrades) {
    await step(upgrade.list, 'upgrade', async () => {
      await upgradeList(graph, siteId, upgrade.list, upgrade.add, upgrade.index, upgrade.choices);
      upgraded.push(upgrade.list);
    });
  }
  if (check.snapshot.version !== schema.version) {
    try {
      await recordVersion(graph, siteId, schema.version, check.versionItemId);
    } catch (error) {
      throw toGatewayError(error, 'recording the program version');
    }
  }
  return { created, upgraded, leftAlone: plan.leftAlone };
}

/** The site's name and address, to show which site set-up changes. */
export async function readSiteName(graph: GraphConnection, siteId: string): Promise<{ name: string; url?: string }> {
  try {
    const found = (await graph.client.api(site(siteId)).select('displayName,webUrl').get()) as { displayName?: string; webUrl?: string };
    return { name: found.displayName || siteId, ...(found.webUrl ? { url: found.webUrl } : {}) };
  } catch (error) {
    if (errorOf(error).statusCode === 404) throw new GatewayError('not-found', 'Microsoft 365 has no SharePoint site with the program site id this app was built with. Check MICROMENTOR_PROGRAM_SITE_ID.', 404);
    throw toGatewayError(error, 'reading the program site');
  }
}

/** A SharePoint site by the address people see (https://contoso.sharepoint.com/sites/micromentor): its Graph id and name. */
export async function findSiteByUrl(graph: GraphConnection, address: string): Promise<{ id: string; name: string; url: string }> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new GatewayError('invalid', 'Enter the site’s address as it shows in the browser, such as https://contoso.sharepoint.com/sites/micromentor.', undefined, undefined, undefined, 'site');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (url.protocol !== 'https:' || !/^\/(sites|teams)\/[^/]+$/i.test(path)) {
    throw new GatewayError('invalid', 'A program site’s address starts with https:// and ends in /sites/<name> or /teams/<name>.', undefined, undefined, undefined, 'site');
  }
  try {
    const found = (await graph.client.api(`/sites/${url.host}:${path}:`).select('id,displayName,webUrl').get()) as { id?: string; displayName?: string; webUrl?: string };
    if (!found.id) throw new GatewayError('unavailable', 'Microsoft 365 answered without the site’s id. Try again.');
    return { id: found.id, name: found.displayName || path, url: found.webUrl ?? url.href };
  } catch (error) {
    if (errorOf(error).statusCode === 404) throw new GatewayError('not-found', `Microsoft 365 has no SharePoint site at ${url.href} (or you cannot open it).`, 404, undefined, undefined, 'site');
    throw toGatewayError(error, 'finding the site');
  }
}
