// Changing a list's columns as Graph does (program set-up): "Create columnDefinition" (POST
// /lists/{id}/columns, 201) and "Update columnDefinition" (PATCH /lists/{id}/columns/{id}, 200), with
// SharePoint's rules: a column name is unique in its list, a unique column must be indexed, a
// column's type is not changed in place. Both need Sites.Manage.All (Graph's least privilege for them).
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { GraphFault, badRequest, forbidden } from '../graph-error';
import { json, type HandlerContext } from '../http-types';
import { describeColumns, parseNewColumns, storedColumns } from '../list-columns';
import { checkUniqueColumn } from '../list-unique';
import { findList, findSite, type ListRow, type SiteAddress } from '../list-store';

export const MANAGE_SCOPE = 'Sites.Manage.All';

/** A token asked with scopes must hold Sites.Manage.All to change a site's lists (development tokens may). */
export function requireManage(ctx: HandlerContext): void {
  const scopes = ctx.user.scopes;
  if (scopes && !scopes.some((s) => s.toLowerCase() === MANAGE_SCOPE.toLowerCase() || s.toLowerCase() === 'sites.fullcontrol.all')) {
    throw forbidden(`Either scp or roles claim need to be present in the token with ${MANAGE_SCOPE} to create or change lists and columns.`, 'accessDenied');
  }
}

/** Facets that give a column its type: they may not change once the column exists. */
const TYPE_FACETS = ['text', 'number', 'currency', 'boolean', 'choice', 'dateTime', 'personOrGroup', 'lookup', 'hyperlinkOrPicture', 'calculated'] as const;

function readList(ctx: HandlerContext, address: SiteAddress): ListRow {
  const site = findSite(ctx.db, address);
  return findList(ctx.db, site.id, ctx.params.listId!);
}

function saveColumns(ctx: HandlerContext, list: ListRow, columns: ColumnDefinition[]): void {
  ctx.db.prepare('UPDATE lists SET columns = ?, modified_ms = ? WHERE id = ?').run(JSON.stringify(columns), ctx.now, list.id);
}

export function createColumn(ctx: HandlerContext, address: SiteAddress) {
  requireManage(ctx);
  const body = ctx.req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a columnDefinition object.', 'invalidRequest');
  const [column] = parseNewColumns([body]);
  const created = ctx.db.transaction(() => {
    const list = readList(ctx, address);
    const columns = storedColumns(list.columns);
    if (columns.some((c) => (c.name ?? '').toLowerCase() === column!.name!.toLowerCase())) {
      // SharePoint's SPException for a repeated internal name, through Graph.
      throw badRequest(`A duplicate field name "${column!.name}" was found.`, 'invalidRequest');
    }
    saveColumns(ctx, list, [...columns, column!]);
    return describeColumns(list.id, [column!]).find((c) => c.name === column!.name)!;
  }).immediate();
  return json(201, { '@odata.context': `${ctx.baseUrl}/$metadata#columnDefinition`, ...created });
}

export function updateColumn(ctx: HandlerContext, address: SiteAddress) {
  requireManage(ctx);
  const body = ctx.req.body as Partial<ColumnDefinition> | null;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a columnDefinition object.', 'invalidRequest');
  const updated = ctx.db.transaction(() => {
    const list = readList(ctx, address);
    const columns = storedColumns(list.columns);
    const wanted = ctx.params.columnId!.toLowerCase();
    const described = describeColumns(list.id, columns);
    const target = described.find((c) => c.id?.toLowerCase() === wanted || c.name?.toLowerCase() === wanted);
    if (!target) throw new GraphFault(404, 'itemNotFound', `Column '${ctx.params.columnId}' does not exist. It may have been deleted by another user.`);
    if (target.name === 'Title') throw badRequest('The emulator does not change the Title column.', 'invalidRequest');
    if (body.name !== undefined && body.name !== target.name) throw badRequest("A column's internal name cannot be changed.", 'invalidRequest');
    const facet = TYPE_FACETS.find((f) => body[f] !== undefined && target[f] === undefined);
    if (facet) throw badRequest(`Column '${target.name}' is not a ${facet} column; its type cannot be changed.`, 'invalidRequest');
    const stored = columns.find((c) => c.name === target.name)!;
    const next: ColumnDefinition = { ...stored, ...body, name: stored.name };
    checkUniqueColumn(next);
    saveColumns(ctx, list, columns.map((c) => (c === stored ? next : c)));
    return describeColumns(list.id, [next]).find((c) => c.name === next.name)!;
  }).immediate();
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#columnDefinition`, ...updated });
}
