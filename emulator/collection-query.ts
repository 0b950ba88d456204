// $filter, $orderby, $top, $select and paging over a collection already rendered as Graph JSON,
// so each route only decides which items the caller may see and their default order.
import type { HandlerContext } from './http-types';
import { badRequest } from './graph-error';
import { applySelect, matchesFilter, page, parseFilter, readSelect, readTop } from './odata';

/** A property by Graph path (`from/emailAddress/address`), case-insensitively. */
export function readPath(item: unknown, path: string): unknown {
  let current: unknown = item;
  for (const segment of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const entry = Object.entries(current as Record<string, unknown>).find(([k]) => k.toLowerCase() === segment.toLowerCase());
    current = entry?.[1];
  }
  return current;
}

function orderBy(items: Record<string, unknown>[], raw: string): Record<string, unknown>[] {
  const keys = raw.split(',').map((part) => {
    const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw badRequest(`Invalid $orderby clause: '${part.trim()}'.`);
    return { path: m[1]!, dir: m[2]?.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return [...items].sort((a, b) => {
    for (const { path, dir } of keys) {
      const x = readPath(a, path) as string | number | boolean | null | undefined;
      const y = readPath(b, path) as string | number | boolean | null | undefined;
      if (x === y) continue;
      if (x === undefined || x === null) return -dir;
      if (y === undefined || y === null) return dir;
      return (x < y ? -1 : 1) * dir;
    }
    return 0;
  });
}

export interface CollectionOptions {
  defaultTop: number;
  maxTop: number;
  /** `@odata.context` for the collection. */
  context?: string;
}

/** The response body for one page of `items`. */
export function collectionBody(ctx: HandlerContext, items: Record<string, unknown>[], options: CollectionOptions): Record<string, unknown> {
  const { query } = ctx.req;
  let selected = items;
  const filter = query.get('$filter');
  if (filter) {
    const node = parseFilter(filter);
    selected = selected.filter((item) => matchesFilter(node, (property) => readPath(item, property)));
  }
  const order = query.get('$orderby');
  if (order) selected = orderBy(selected, order);
  const top = readTop(query, options.defaultTop, options.maxTop);
  const select = readSelect(query);
  const { value, nextLink } = page(selected, query, top, ctx.baseUrl, ctx.req.originalPath);
  return {
    ...(options.context ? { '@odata.context': options.context } : {}),
    value: value.map((item) => applySelect(item, select)),
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
  };
}
