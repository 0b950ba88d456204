// The Sessions list as the program dashboard reads it: every item, 5,000 to a page (SharePoint's
// most), only the columns the numbers need (no goals, no checklists), each row checked by the same
// column rules as everywhere else. A row edited by hand into something unusable is counted as
// skipped with its column, so one bad row never hides the program's numbers.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { InsightSession, SkippedRow } from '../domain/program-insight';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { fieldsToSession } from './session-fields';
import { itemsPath, type ProgramSite } from './sessions-store';

/** What the session rules need to read a row, and what the numbers use. */
export const INSIGHT_COLUMNS = ['SessionKey', 'MenteeId', 'MentorId', 'Topic', 'Format', 'Sequence', 'TimeBoxMinutes', 'StartUtc', 'EndUtc', 'Status', 'Result', 'ThankYouSent', 'FollowUp'] as const;

/** SharePoint's largest page of list items. */
export const INSIGHT_PAGE = 5000;
/** 50,000 sessions: far past any program this app is for; a guard against a nextLink loop. */
const MAX_PAGES = 10;

export interface InsightRead {
  rows: (InsightSession | SkippedRow)[];
  /** List pages fetched (what the bench counts). */
  pages: number;
}

function insightRow(item: ListItem): InsightSession | SkippedRow {
  try {
    const s = fieldsToSession(item.id ?? '?', (item.fields ?? {}) as Record<string, unknown>);
    const created = Date.parse(item.createdDateTime ?? '');
    return {
      topic: s.topic,
      status: s.status,
      ...(s.result ? { result: s.result } : {}),
      requestedAt: Number.isFinite(created) ? created : s.start,
      start: s.start,
      end: s.end,
      mentorId: s.mentorId,
      menteeId: s.menteeId,
      thankYouSent: s.thankYouSent,
      followUpSuggested: s.followUpSuggested !== undefined,
      ...(s.sequence?.key ? { sequence: { key: s.sequence.key, index: s.sequence.index, of: s.sequence.of } } : {}),
    };
  } catch (error) {
    if (error instanceof GatewayError && error.code === 'invalid') return { skipped: true, field: error.field ?? 'unknown' };
    throw error;
  }
}

/** Every session of the program, as rows for the dashboard's aggregations. */
export async function readInsightSessions(graph: GraphConnection, site: ProgramSite): Promise<InsightRead> {
  const rows: (InsightSession | SkippedRow)[] = [];
  let pages = 0;
  try {
    let page = (await graph.client
      .api(itemsPath(site))
      .select('id,createdDateTime')
      .expand(`fields($select=${INSIGHT_COLUMNS.join(',')})`)
      .top(INSIGHT_PAGE)
      .get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    for (;;) {
      pages += 1;
      rows.push(...page.value.map(insightRow));
      const next = page['@odata.nextLink'];
      if (!next || pages >= MAX_PAGES) break;
      page = (await graph.client.api(nextLinkPath(next)).get()) as typeof page;
    }
  } catch (error) {
    throw toGatewayError(error, "reading the program's sessions");
  }
  return { rows, pages };
}
