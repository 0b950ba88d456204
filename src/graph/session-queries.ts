// Sessions of one person, read from the program site's Sessions list by an indexed column
// (MenteeId or MentorId: SharePoint lists a large list only by indexed columns), and the starts of
// mentors' booked sessions for their caps, many mentors a round trip.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { holdsCapacity } from '../domain/mentor-load';
import { SESSION_STATUSES, type SessionStatus } from '../domain/session';
import { batchAnswerError, toGatewayError, type BatchAnswer } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { odataString, filterParam } from './odata';
import { itemsPath, storedFromItem, type ProgramSite, type StoredSession } from './sessions-store';

const PAGE = 200;
/** Enough for anyone's sessions; beyond it the list is being misused and we stop reading. */
const MAX_PAGES = 20;
/** Mentor ids per filter: keeps each URL well under Graph's 2,048 characters. */
const IDS_PER_FILTER = 15;
const REQUESTS_PER_BATCH = 20;


/** Every session where the person is the mentee or the mentor, each checked column by column. */
export async function listSessionsOf(graph: GraphConnection, site: ProgramSite, as: 'mentee' | 'mentor', userId: string): Promise<StoredSession[]> {
  const column = as === 'mentee' ? 'MenteeId' : 'MentorId';
  const items: ListItem[] = [];
  try {
    let page = (await graph.client
      .api(itemsPath(site))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields')
      .filter(filterParam(`fields/${column} eq ${odataString(userId)}`))
      .top(PAGE)
      .get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    items.push(...page.value);
    for (let n = 1; page['@odata.nextLink'] && n < MAX_PAGES; n++) {
      page = (await graph.client.api(nextLinkPath(page['@odata.nextLink'])).get()) as typeof page;
      items.push(...page.value);
    }
  } catch (error) {
    throw toGatewayError(error, 'reading your sessions');
  }
  return items.map(storedFromItem);
}

/**
 * The starts of sessions holding a place in each mentor's caps (not cancelled, not an abandoned
 * draft) from `from` on: one $batch for up to 300 mentors. Only the columns counted are read, and
 * a row edited by hand into something unusable is skipped rather than failing the directory.
 */
export async function bookedStartsOf(graph: GraphConnection, site: ProgramSite, mentorIds: readonly string[], from: number): Promise<Map<string, number[]>> {
  const ids = [...new Set(mentorIds)];
  const result = new Map<string, number[]>(ids.map((id) => [id, []]));
  const groups: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_FILTER) groups.push(ids.slice(i, i + IDS_PER_FILTER));
  for (let i = 0; i < groups.length; i += REQUESTS_PER_BATCH) {
    const chunk = groups.slice(i, i + REQUESTS_PER_BATCH);
    let batch: { responses: BatchAnswer[] };
    try {
      batch = (await graph.client.api('/$batch').post({ requests: chunk.map((group, n) => bookedRequest(String(n + 1), site, group, from)) })) as typeof batch;
    } catch (error) {
      throw toGatewayError(error, "counting mentors' sessions");
    }
    for (const response of batch.responses) readBooked(response, result);
  }
  return result;
}

/** The booked sessions of up to 15 mentors from `from` on, as an inner request of a $batch. */
export function bookedRequest(id: string, site: ProgramSite, mentorIds: readonly string[], from: number) {
  const anyOf = mentorIds.map((m) => `fields/MentorId eq ${odataString(m)}`).join(' or ');
  const filter = `(${anyOf}) and fields/StartUtc ge ${odataString(new Date(from).toISOString())}`;
  return {
    id,
    method: 'GET',
    url: `${itemsPath(site)}?$expand=fields($select=MentorId,StartUtc,Status)&$top=${PAGE * 5}&$filter=${filterParam(filter)}`,
    headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
  };
}

/** Adds the starts in a bookedRequest's answer to `result` (keyed by the mentor ids asked for). */
export function readBooked(response: BatchAnswer, result: Map<string, number[]>): void {
  if (response.status !== 200) throw batchAnswerError(response, "counting mentors' sessions");
  for (const item of (response.body as { value?: ListItem[] }).value ?? []) addBooked(result, item.fields as Record<string, unknown> | undefined);
}

function addBooked(result: Map<string, number[]>, f: Record<string, unknown> | undefined): void {
  const starts = result.get(String(f?.MentorId));
  const status = SESSION_STATUSES.find((s) => s === f?.Status) as SessionStatus | undefined;
  const start = typeof f?.StartUtc === 'string' ? Date.parse(f.StartUtc) : NaN;
  if (starts && status && holdsCapacity(status) && Number.isFinite(start)) starts.push(start);
}
