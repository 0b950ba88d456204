// Rows to Graph JSON for sites, lists and list items, with SharePoint's eTags ("{guid},{version}").
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ColumnDefinition, IdentitySet } from '@microsoft/microsoft-graph-types';
import { describeColumns, storedColumns, type FieldValues } from './list-columns';
import type { ItemRow, ListRow, SiteRow } from './list-store';

const iso = (ms: number) => new Date(ms).toISOString();

export function siteJson(site: SiteRow): Record<string, unknown> {
  return {
    createdDateTime: iso(site.created_ms),
    description: '',
    id: site.id,
    lastModifiedDateTime: iso(site.created_ms),
    name: site.name,
    webUrl: site.web_url,
    displayName: site.display_name,
    ...(site.is_root ? { root: {} } : {}),
    siteCollection: { hostname: new URL(site.web_url).hostname },
  };
}

export function listWebUrl(site: SiteRow, list: ListRow): string {
  return `${site.web_url}/Lists/${encodeURIComponent(list.name)}`;
}

export function listJson(site: SiteRow, list: ListRow, expandColumns: boolean): Record<string, unknown> {
  const etag = `"${list.id},${list.next_item_id}"`;
  return {
    '@odata.etag': etag,
    createdDateTime: iso(list.created_ms),
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: iso(list.modified_ms),
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.display_name,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
    ...(expandColumns ? { columns: listColumns(list) } : {}),
  };
}

export function listColumns(list: ListRow): ColumnDefinition[] {
  return describeColumns(list.id, storedColumns(list.columns));
}

/** Each item has a GUID in SharePoint; the emulator derives it, since item ids are never reused. */
export function itemGuid(listId: string, itemId: number): string {
  const h = createHash('sha1').update(`${listId}/item/${itemId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The item's eTag as Graph writes it, quotes included: `"guid,version"`. */
export function itemETag(item: ItemRow): string {
  return `"${itemGuid(item.list_id, item.id)},${item.version}"`;
}

/**
 * Whether an If-Match header names the item's current version. Lenient about what clients do to
 * eTags on the way back: weak prefixes, missing or doubled quotes, case.
 */
export function eTagMatches(header: string, item: ItemRow): boolean {
  const bare = (s: string) => s.trim().replace(/^W\//i, '').replace(/^(?:\\?")+|(?:\\?")+$/g, '').toLowerCase();
  if (header.trim() === '*') return true;
  return bare(header) === bare(itemETag(item));
}

export interface FieldsOptions {
  /** `fields($select=…)`; undefined for every field. */
  select?: string[];
}

export function fieldsJson(item: ItemRow, options: FieldsOptions = {}): FieldValues {
  const stored = JSON.parse(item.fields) as FieldValues;
  const all: FieldValues = {
    '@odata.etag': itemETag(item),
    ...withoutNulls(stored),
    id: String(item.id),
    ContentType: 'Item',
    Modified: iso(item.modified_ms),
    Created: iso(item.created_ms),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: stored.Title ?? '',
    LinkTitle: stored.Title ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
  if (!options.select) return all;
  const wanted = new Set(options.select.map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(all).filter(([k]) => k === '@odata.etag' || wanted.has(k.toLowerCase())));
}

/** SharePoint leaves empty fields out of a fieldValueSet rather than sending nulls. */
function withoutNulls(fields: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}

export function itemJson(db: Database, site: SiteRow, list: ListRow, item: ItemRow, fields?: FieldsOptions): Record<string, unknown> {
  const etag = itemETag(item);
  return {
    '@odata.etag': etag,
    createdDateTime: iso(item.created_ms),
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: iso(item.modified_ms),
    webUrl: `${listWebUrl(site, list)}/${item.id}_.000`,
    createdBy: identity(db, item.created_by),
    lastModifiedBy: identity(db, item.modified_by),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: contentTypeId(list.id), name: 'Item' },
    ...(fields ? { fields: fieldsJson(item, fields) } : {}),
  };
}

/** List content types descend from Item (0x01); SharePoint appends a per-list suffix. */
function contentTypeId(listId: string): string {
  return `0x0100${listId.replace(/-/g, '').toUpperCase()}`;
}

function identity(db: Database, userId: string): IdentitySet {
  const user = db.prepare('SELECT id, display_name, mail, upn FROM users WHERE id = ?').get(userId) as
    | { id: string; display_name: string; mail: string | null; upn: string }
    | undefined;
  if (!user) return { user: { id: userId, displayName: 'System Account' } };
  return { user: { email: user.mail ?? user.upn, id: user.id, displayName: user.display_name } as IdentitySet['user'] };
}
