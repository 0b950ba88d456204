// The program site's lists as data the emulator is given (the app's schema, src/domain/
// program-schema.ts, turned into Graph columnDefinitions by whoever starts the emulator: the
// workbench, the test harness, scripts/emulator.ts). The emulator shares no code with src/, so it
// states only the shape it needs; the seed creates these lists and fills in their items.
import { createHash } from 'node:crypto';
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import type { Database } from 'better-sqlite3';

export interface ProgramSiteLists {
  version: number;
  /** Where a site records the version it was set up with: one item of `list` titled `title` (and so in its unique `key` column), the number in `column`. */
  versionRecord: { list: string; title: string; key: string; column: string };
  lists: readonly { name: string; displayName: string; description: string; columns: readonly ColumnDefinition[] }[];
}

/** A stable GUID for a list the demo has no fixed id for. */
function listId(siteId: string, name: string): string {
  const h = createHash('sha1').update(`${siteId}/list/${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Creates each list of `schema` on the site that is not there yet (by name), empty, with the ids in
 * `ids` where the demo's items need a known one. Returns the names it created.
 */
export function createProgramLists(db: Database, input: { siteId: string; schema: ProgramSiteLists; ids: Record<string, string>; created: number }): string[] {
  const exists = db.prepare('SELECT 1 FROM lists WHERE site_id = ? AND name = ? COLLATE NOCASE');
  const insert = db.prepare(
    'INSERT INTO lists (id, site_id, name, display_name, description, columns, next_item_id, created_ms, modified_ms) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  const made: string[] = [];
  for (const list of input.schema.lists) {
    if (exists.get(input.siteId, list.name)) continue;
    insert.run(input.ids[list.name] ?? listId(input.siteId, list.name), input.siteId, list.name, list.displayName, list.description, JSON.stringify(list.columns), input.created, input.created);
    made.push(list.name);
  }
  return made;
}

/** After a seed wrote items 1..count into a list: the next id, and when it last changed. */
export function seededItems(db: Database, listId: string, count: number, modified: number): void {
  db.prepare('UPDATE lists SET next_item_id = ?, modified_ms = ? WHERE id = ?').run(count + 1, modified, listId);
}

/** Whether the site has a list by this id (an empty site has none; its items are not seeded). */
export function hasList(db: Database, listId: string): boolean {
  return db.prepare('SELECT 1 FROM lists WHERE id = ?').get(listId) !== undefined;
}
