// The program's anonymous record of directory searches (TopicSearches list): written once per
// settled search by the tab, read by the dashboard. Only the topic, the time and the outcome.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { InsightSearch } from '../domain/program-insight';
import type { SearchNote } from '../domain/search-note';
import { toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { filterParam } from './odata';

export interface SearchesList {
  siteId: string;
  list: string;
}

const itemsOf = (searches: SearchesList) => `/sites/${encodeURIComponent(searches.siteId)}/lists/${encodeURIComponent(searches.list)}/items`;

/** Adds one search. Topics are the vocabulary's, short; a longer one is cut to the column's 255. */
export async function recordSearch(graph: GraphConnection, searches: SearchesList, note: SearchNote, at: number): Promise<void> {
  try {
    await graph.client.api(itemsOf(searches)).post({ fields: { Title: note.topic.slice(0, 255), Topic: note.topic.slice(0, 255), SearchedAtUtc: new Date(at).toISOString(), FoundFreeMentor: note.foundFreeMentor } });
  } catch (error) {
    throw toGatewayError(error, 'noting the search');
  }
}

/** Searches since `from` (an indexed filter), 5,000 to a page; rows that cannot be read are left out. */
export async function readSearches(graph: GraphConnection, searches: SearchesList, from: number): Promise<InsightSearch[]> {
  const found: InsightSearch[] = [];
  try {
    let page = (await graph.client
      .api(itemsOf(searches))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields($select=Topic,SearchedAtUtc,FoundFreeMentor)')
      .filter(filterParam(`fields/SearchedAtUtc ge '${new Date(from).toISOString()}'`))
      .top(5000)
      .get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    for (let pages = 1; ; pages++) {
      for (const item of page.value) {
        const f = (item.fields ?? {}) as Record<string, unknown>;
        const at = typeof f.SearchedAtUtc === 'string' ? Date.parse(f.SearchedAtUtc) : NaN;
        if (typeof f.Topic === 'string' && f.Topic.trim() && Number.isFinite(at)) found.push({ topic: f.Topic, at, foundFreeMentor: f.FoundFreeMentor === true });
      }
      const next = page['@odata.nextLink'];
      if (!next || pages >= 10) break;
      page = (await graph.client.api(nextLinkPath(next)).get()) as typeof page;
    }
  } catch (error) {
    throw toGatewayError(error, 'reading the searches');
  }
  return found;
}
