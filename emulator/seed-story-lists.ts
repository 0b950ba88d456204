// The SuccessStories list: one item per session whose story a program manager drafted or published
// (SessionKey unique, so two managers publishing at once make one story). Status, PublishedAtUtc and
// Topic are what everyone's "What 45 minutes did" filters and orders on, so they are indexed. Empty
// at first: the demo seeds consented sessions, and a program manager publishes their stories.
import type { Database } from 'better-sqlite3';
import { dateTime, indexedText, note, text, uniqueKey } from './column-definitions';
import { PROGRAM_SITE } from './seed-program-site';

export const SUCCESS_STORIES_LIST_ID = 'd5f2a3b4-6c7d-4e8f-9a01-2b3c4d5e6f70';

export const SUCCESS_STORIES_COLUMNS = [
  text('Title'),
  uniqueKey('SessionKey', 'Session key'),
  indexedText('Status'),
  { ...dateTime('PublishedAtUtc', 'Published (UTC)'), indexed: true },
  indexedText('Topic'),
  note('Goal'),
  note('Success'),
  text('Result'),
  note('Actions'),
  text('Department'),
  dateTime('HeldAtUtc', 'Held (UTC)'),
  note('ChannelPost', 'Channel post'),
];

export function seedStoryLists(db: Database, input: { created: number }): void {
  db.prepare('INSERT INTO lists (id, site_id, name, display_name, description, columns, next_item_id, created_ms, modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    SUCCESS_STORIES_LIST_ID,
    PROGRAM_SITE.id,
    'SuccessStories',
    'Success stories',
    "Anonymised stories of sessions whose mentee consented, as the program manager published them.",
    JSON.stringify(SUCCESS_STORIES_COLUMNS),
    1,
    input.created,
    input.created,
  );
}
