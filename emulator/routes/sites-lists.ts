// SharePoint sites, lists and list items as Graph v1.0 serves them: the program site's Mentors and
// Sessions lists live here. Writes run in one immediate SQLite transaction, so an If-Match check
// and the write it guards cannot interleave with another writer, even from another process.
import { randomUUID } from 'node:crypto';
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { GraphFault, badRequest } from '../graph-error';
import { json, noContent, type HandlerContext } from '../http-types';
import { parseNewColumns, storedColumns, validateFieldWrite, type FieldValues } from '../list-columns';
import { eTagMatches, fieldsJson, itemETag, itemJson, listColumns, listJson, siteJson } from '../list-item-json';
import { filterItems, orderItems, readColumnsExpand, readFieldsExpand } from '../list-item-query';
import { checkUniqueValues } from '../list-unique';
import { findItem, findList, findSite, type ItemRow, type ListRow, type SiteAddress, type SiteRow } from '../list-store';
import { applySelect, page, readSelect, readTop } from '../odata';
import { createColumn, requireManage, updateColumn } from './list-column-writes';
import type { Router } from '../router';

/** SharePoint pages list items 200 at a time and lets $top ask for up to 5,000. */
const ITEMS_PAGE = 200;
const ITEMS_MAX_TOP = 5000;

/** Characters SharePoint refuses in a list's URL name. */
const FORBIDDEN_NAME_CHARS = /[~"#%&*:<>?/\\{|}]/g;

export function register(router: Router): void {
  // A site is addressed by id (`host,guid,guid`, `root`, `host`) or by path (`host:/sites/name:`);
  // the router splits on '/', so the path form is its own pattern with a host segment ending in ':'.
  for (const prefix of ['/v1.0/sites/:siteId', '/v1.0/sites/:siteHost/sites/:sitePath']) {
    router.get(prefix, getSite);
    router.get(`${prefix}/lists`, getLists);
    router.post(`${prefix}/lists`, createList);
    router.get(`${prefix}/lists/:listId`, getList);
    router.get(`${prefix}/lists/:listId/columns`, getColumns);
    router.post(`${prefix}/lists/:listId/columns`, (ctx) => createColumn(ctx, siteAddress(ctx.params)));
    router.patch(`${prefix}/lists/:listId/columns/:columnId`, (ctx) => updateColumn(ctx, siteAddress(ctx.params)));
    router.get(`${prefix}/lists/:listId/items`, getItems);
    router.post(`${prefix}/lists/:listId/items`, createItem);
    router.get(`${prefix}/lists/:listId/items/:itemId`, getItem);
    router.patch(`${prefix}/lists/:listId/items/:itemId`, updateItem);
    router.delete(`${prefix}/lists/:listId/items/:itemId`, deleteItem);
    router.get(`${prefix}/lists/:listId/items/:itemId/fields`, getFields);
    router.patch(`${prefix}/lists/:listId/items/:itemId/fields`, updateFields);
  }
}

function siteAddress(params: Record<string, string>): SiteAddress {
  if (params.siteId !== undefined) return { id: params.siteId.replace(/:$/, '') };
  const host = params.siteHost ?? '';
  // Without the ':' this is `/sites/{id}/sites/{id}` (subsites), which the emulator does not model.
  if (!host.endsWith(':')) return { id: '' };
  return { host: host.slice(0, -1), path: `sites/${(params.sitePath ?? '').replace(/:$/, '')}` };
}

function site(ctx: HandlerContext): SiteRow {
  return findSite(ctx.db, siteAddress(ctx.params));
}

function siteAndList(ctx: HandlerContext): { site: SiteRow; list: ListRow } {
  const s = site(ctx);
  return { site: s, list: findList(ctx.db, s.id, ctx.params.listId!) };
}

// ---- sites ------------------------------------------------------------------------------------

function getSite(ctx: HandlerContext) {
  const body = applySelect(siteJson(site(ctx)), readSelect(ctx.req.query));
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#sites/$entity`, ...body });
}

// ---- lists ------------------------------------------------------------------------------------

function getLists(ctx: HandlerContext) {
  const s = site(ctx);
  const rows = ctx.db.prepare('SELECT * FROM lists WHERE site_id = ? ORDER BY created_ms, display_name').all(s.id) as ListRow[];
  const expandColumns = readColumnsExpand(ctx.req.query);
  const select = readSelect(ctx.req.query);
  const all = rows.map((l) => applySelect(listJson(s, l, expandColumns), select, ['id', 'columns']));
  const { value, nextLink } = page(all, ctx.req.query, readTop(ctx.req.query, ITEMS_PAGE, ITEMS_MAX_TOP), ctx.baseUrl, ctx.req.path);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists`,
    value,
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
  });
}

function getList(ctx: HandlerContext) {
  const { site: s, list } = siteAndList(ctx);
  const body = applySelect(listJson(s, list, readColumnsExpand(ctx.req.query)), readSelect(ctx.req.query), ['id', 'columns']);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists/$entity`, ...body });
}

function getColumns(ctx: HandlerContext) {
  const { site: s, list } = siteAndList(ctx);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists('${list.id}')/columns`,
    value: listColumns(list),
  });
}

function createList(ctx: HandlerContext) {
  requireManage(ctx);
  const body = (ctx.req.body ?? {}) as { displayName?: unknown; description?: unknown; columns?: unknown; list?: { template?: unknown } };
  if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a list object.', 'invalidRequest');
  const displayName = typeof body.displayName === 'string' ? body.displayName.trim() : '';
  if (!displayName) throw badRequest('A list needs a displayName.', 'invalidRequest');
  if (body.description !== undefined && typeof body.description !== 'string') throw badRequest('"description" must be a string.', 'invalidRequest');
  const template = body.list?.template ?? 'genericList';
  if (template !== 'genericList') {
    throw badRequest(`The emulator creates genericList lists only; "${String(template)}" is not supported.`, 'invalidRequest');
  }
  const columns: ColumnDefinition[] = parseNewColumns(body.columns);
  const name = displayName.replace(FORBIDDEN_NAME_CHARS, '').trim() || 'List';

  const created = ctx.db.transaction(() => {
    const s = site(ctx);
    const clash = ctx.db
      .prepare('SELECT 1 FROM lists WHERE site_id = ? AND (name = ? COLLATE NOCASE OR display_name = ? COLLATE NOCASE OR name = ? COLLATE NOCASE)')
      .get(s.id, name, displayName, displayName);
    if (clash) {
      throw new GraphFault(
        409,
        'nameAlreadyExists',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    const row: ListRow = {
      id: randomUUID(),
      site_id: s.id,
      name,
      display_name: displayName,
      description: (body.description as string | undefined) ?? '',
      columns: JSON.stringify(columns),
      next_item_id: 1,
      created_ms: ctx.now,
      modified_ms: ctx.now,
    };
    ctx.db
      .prepare(
        `INSERT INTO lists (id, site_id, name, display_name, description, columns, next_item_id, created_ms, modified_ms)
         VALUES (@id, @site_id, @name, @display_name, @description, @columns, @next_item_id, @created_ms, @modified_ms)`,
      )
      .run(row);
    return { site: s, list: row };
  }).immediate();

  return json(
    201,
    { '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(created.site.id)}')/lists/$entity`, ...listJson(created.site, created.list, false) },
    { location: `${ctx.baseUrl}/sites/${created.site.id}/lists/${created.list.id}` },
  );
}

// ---- list items -------------------------------------------------------------------------------

function getItems(ctx: HandlerContext) {
  const { site: s, list } = siteAndList(ctx);
  const fields = readFieldsExpand(ctx.req.query);
  const select = readSelect(ctx.req.query);
  const rows = ctx.db.prepare('SELECT * FROM list_items WHERE list_id = ? ORDER BY id').all(list.id) as ItemRow[];
  const matching = orderItems(filterItems(rows, ctx.req.query), ctx.req.query);
  const top = readTop(ctx.req.query, ITEMS_PAGE, ITEMS_MAX_TOP);
  const { value, nextLink } = page(matching, ctx.req.query, top, ctx.baseUrl, ctx.req.path);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists('${list.id}')/items`,
    value: value.map((item) => applySelect(itemJson(ctx.db, s, list, item, fields), select, ['id', 'fields'])),
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
  });
}

function getItem(ctx: HandlerContext) {
  const { site: s, list } = siteAndList(ctx);
  const item = findItem(ctx.db, list, ctx.params.itemId!);
  const body = applySelect(itemJson(ctx.db, s, list, item, readFieldsExpand(ctx.req.query)), readSelect(ctx.req.query), ['id', 'fields']);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists('${list.id}')/items/$entity`, ...body }, { etag: itemETag(item) });
}

function getFields(ctx: HandlerContext) {
  const { list } = siteAndList(ctx);
  const item = findItem(ctx.db, list, ctx.params.itemId!);
  return json(200, fieldsJson(item, { select: readSelect(ctx.req.query) }), { etag: itemETag(item) });
}

function createItem(ctx: HandlerContext) {
  const body = ctx.req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a listItem object.', 'invalidRequest');
  const given = (body as { fields?: unknown }).fields ?? {};

  const created = ctx.db.transaction(() => {
    const { site: s, list } = siteAndList(ctx);
    const columns = storedColumns(list.columns);
    const values = withoutNullValues(validateFieldWrite(given, columns));
    checkUniqueValues(ctx.db, list, columns, values);
    const item: ItemRow = {
      list_id: list.id,
      id: list.next_item_id,
      fields: JSON.stringify(values),
      version: 1,
      created_by: ctx.user.id,
      modified_by: ctx.user.id,
      created_ms: ctx.now,
      modified_ms: ctx.now,
    };
    ctx.db
      .prepare(
        `INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms)
         VALUES (@list_id, @id, @fields, @version, @created_by, @modified_by, @created_ms, @modified_ms)`,
      )
      .run(item);
    ctx.db.prepare('UPDATE lists SET next_item_id = ?, modified_ms = ? WHERE id = ?').run(item.id + 1, ctx.now, list.id);
    return { site: s, list, item };
  }).immediate();

  const { site: s, list, item } = created;
  return json(
    201,
    { '@odata.context': `${ctx.baseUrl}/$metadata#sites('${encodeURIComponent(s.id)}')/lists('${list.id}')/items/$entity`, ...itemJson(ctx.db, s, list, item, {}) },
    { etag: itemETag(item), location: `${ctx.baseUrl}/sites/${s.id}/lists/${list.id}/items/${item.id}` },
  );
}

/** PATCH …/items/{id}/fields: returns the whole fieldValueSet after the change. */
function updateFields(ctx: HandlerContext) {
  const { item } = writeFields(ctx, ctx.req.body);
  return json(200, fieldsJson(item), { etag: itemETag(item) });
}

/** PATCH …/items/{id} with {fields}: the same change, answered with the listItem. */
function updateItem(ctx: HandlerContext) {
  const body = ctx.req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a listItem object.', 'invalidRequest');
  const { site: s, list, item } = writeFields(ctx, (body as { fields?: unknown }).fields ?? {});
  return json(200, itemJson(ctx.db, s, list, item, {}), { etag: itemETag(item) });
}

function writeFields(ctx: HandlerContext, changes: unknown): { site: SiteRow; list: ListRow; item: ItemRow } {
  return ctx.db.transaction(() => {
    const { site: s, list } = siteAndList(ctx);
    const current = findItem(ctx.db, list, ctx.params.itemId!);
    checkIfMatch(ctx, current);
    const columns = storedColumns(list.columns);
    const values = validateFieldWrite(changes, columns);
    const merged = withoutNullValues({ ...(JSON.parse(current.fields) as FieldValues), ...values });
    // Only the columns this write sets are checked, as SharePoint does.
    checkUniqueValues(ctx.db, list, columns, values, current.id);
    const item: ItemRow = { ...current, fields: JSON.stringify(merged), version: current.version + 1, modified_by: ctx.user.id, modified_ms: ctx.now };
    ctx.db
      .prepare('UPDATE list_items SET fields = @fields, version = @version, modified_by = @modified_by, modified_ms = @modified_ms WHERE list_id = @list_id AND id = @id')
      .run(item);
    return { site: s, list, item };
  }).immediate();
}

function deleteItem(ctx: HandlerContext) {
  ctx.db.transaction(() => {
    const { list } = siteAndList(ctx);
    const current = findItem(ctx.db, list, ctx.params.itemId!);
    checkIfMatch(ctx, current);
    ctx.db.prepare('DELETE FROM list_items WHERE list_id = ? AND id = ?').run(list.id, current.id);
  }).immediate();
  return noContent();
}

/** Without If-Match the last writer wins, as in Graph; with it, a stale eTag is 412. */
function checkIfMatch(ctx: HandlerContext, item: ItemRow): void {
  const header = ctx.req.headers['if-match'];
  if (header === undefined || eTagMatches(header, item)) return;
  throw new GraphFault(412, 'preconditionFailed', `The request ETag value '${header}' does not match the object's ETag value '${itemETag(item)}'.`);
}

/** A null clears a field; SharePoint then leaves it out of the item. */
function withoutNullValues(values: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}
