// The program insight's own list: TopicSearches, one item per settled directory search with only
// its vocabulary topic, when, and whether any mentor had free time (no one's identity; the item's
// author is the app's caller, which Lists shows, so the dashboard never reads it). Empty at first.
import type { Database } from 'better-sqlite3';
import { bool, dateTime, indexedText } from './column-definitions';
import { PROGRAM_SITE } from './seed-program-site';

export const TOPIC_SEARCHES_LIST_ID = 'c4e1f2a3-5b6c-4d7e-8f90-1a2b3c4d5e6f';

export const TOPIC_SEARCHES_COLUMNS = [indexedText('Topic'), { ...dateTime('SearchedAtUtc', 'Searched at'), indexed: true }, bool('FoundFreeMentor', 'Found a mentor with free time')];

export function seedInsightLists(db: Database, input: { created: number }): void {
  db.prepare('INSERT INTO lists (id, site_id, name, display_name, description, columns, next_item_id, created_ms, modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    TOPIC_SEARCHES_LIST_ID,
    PROGRAM_SITE.id,
    'TopicSearches',
    'Topic searches',
    'What people searched for in the directory (topic only) and whether a mentor had free time.',
    JSON.stringify(TOPIC_SEARCHES_COLUMNS),
    1,
    input.created,
    input.created,
  );
}
