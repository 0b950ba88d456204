// Finding sites, lists and list items the ways Graph addresses them, as rows; anything missing is
// Graph's 404 itemNotFound.
import type { Database } from 'better-sqlite3';
import { notFound } from './graph-error';

export interface SiteRow {
  id: string;
  name: string;
  display_name: string;
  web_url: string;
  is_root: number;
  created_ms: number;
}

export interface ListRow {
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  columns: string;
  next_item_id: number;
  created_ms: number;
  modified_ms: number;
}

export interface ItemRow {
  list_id: string;
  id: number;
  fields: string;
  version: number;
  created_by: string;
  modified_by: string;
  created_ms: number;
  modified_ms: number;
}

/** How a request named its site: an id, `root`, a hostname, or hostname + server-relative path. */
export type SiteAddress = { id: string } | { host: string; path: string };

export function findSite(db: Database, address: SiteAddress): SiteRow {
  const site = 'id' in address ? siteById(db, address.id) : siteByPath(db, address.host, address.path);
  if (!site) throw notFound('Requested site could not be found', 'itemNotFound');
  return site;
}

function siteById(db: Database, id: string): SiteRow | undefined {
  if (id.toLowerCase() === 'root') return rootSite(db);
  const exact = db.prepare('SELECT * FROM sites WHERE id = ? COLLATE NOCASE').get(id) as SiteRow | undefined;
  if (exact) return exact;
  // `/sites/{hostname}` is the hostname's root site.
  if (!id.includes(',')) {
    const root = rootSite(db);
    if (root && new URL(root.web_url).hostname.toLowerCase() === id.toLowerCase()) return root;
  }
  return undefined;
}

function siteByPath(db: Database, host: string, path: string): SiteRow | undefined {
  const url = `https://${host}/${path.replace(/^\/+|\/+$/g, '')}`.replace(/\/$/, '');
  return db.prepare('SELECT * FROM sites WHERE web_url = ? COLLATE NOCASE').get(url) as SiteRow | undefined;
}

function rootSite(db: Database): SiteRow | undefined {
  return db.prepare('SELECT * FROM sites WHERE is_root = 1 ORDER BY created_ms LIMIT 1').get() as SiteRow | undefined;
}

/** A list by id, name or display name (Graph accepts all three, without regard to case). */
export function findList(db: Database, siteId: string, idOrName: string): ListRow {
  const list = db
    .prepare('SELECT * FROM lists WHERE site_id = ? AND (id = ? COLLATE NOCASE OR name = ? COLLATE NOCASE OR display_name = ? COLLATE NOCASE) ORDER BY id = ? DESC LIMIT 1')
    .get(siteId, idOrName, idOrName, idOrName, idOrName) as ListRow | undefined;
  if (!list) throw notFound(`List '${idOrName}' does not exist at site with URL ${siteUrl(db, siteId)}.`, 'itemNotFound');
  return list;
}

export function findItem(db: Database, list: ListRow, itemId: string): ItemRow {
  const id = /^\d+$/.test(itemId) ? Number(itemId) : NaN;
  const item = Number.isSafeInteger(id) ? (db.prepare('SELECT * FROM list_items WHERE list_id = ? AND id = ?').get(list.id, id) as ItemRow | undefined) : undefined;
  if (!item) throw notFound('The specified list item was not found.', 'itemNotFound');
  return item;
}

function siteUrl(db: Database, siteId: string): string {
  return (db.prepare('SELECT web_url FROM sites WHERE id = ?').get(siteId) as { web_url: string } | undefined)?.web_url ?? siteId;
}
