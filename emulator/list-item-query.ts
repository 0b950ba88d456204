// The query options of GET …/lists/{id}/items: $expand=fields(…), $filter and $orderby on fields.
//
// Real SharePoint refuses $filter/$orderby on a column that is not indexed unless the request
// carries `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (400 invalidRequest otherwise).
// The emulator accepts such queries either way: its lists are small and it cannot know which
// columns a tenant has indexed, so clients should send the header anyway.
import { badRequest } from './graph-error';
import type { FieldsOptions } from './list-item-json';
import type { ItemRow } from './list-store';
import { matchesFilter, parseFilter } from './odata';

/** `fields`, `fields($select=A,B)` or `fields(select=A,B)` among the $expand terms; else undefined. */
export function readFieldsExpand(query: URLSearchParams): FieldsOptions | undefined {
  const raw = query.get('$expand') ?? query.get('expand');
  if (!raw) return undefined;
  for (const term of splitTopLevel(raw)) {
    const m = /^fields(?:\((.*)\))?$/i.exec(term.trim());
    if (!m) continue;
    const inner = m[1]?.trim();
    if (!inner) return {};
    const select = /^\$?select=(.*)$/i.exec(inner);
    if (!select) throw badRequest(`Unsupported option in $expand=fields(${inner}); use fields($select=…).`, 'invalidRequest');
    return { select: select[1]!.split(',').map((s) => s.trim()).filter(Boolean) };
  }
  return undefined;
}

export function readColumnsExpand(query: URLSearchParams): boolean {
  const raw = query.get('$expand') ?? query.get('expand');
  return !!raw && splitTopLevel(raw).some((t) => /^columns(\(.*\))?$/i.test(t.trim()));
}

/** Splits `a,b(c,d),e` on the commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A property of an item as $filter and $orderby name it: `fields/X`, `id` or a timestamp. */
function readProperty(item: ItemRow, fields: Record<string, unknown>, property: string): unknown {
  const p = property.toLowerCase();
  // An id is a string in JSON but a number in SharePoint; offering both lets `id eq 3` and `id eq '3'` match.
  if (p === 'id' || p === 'fields/id') return [String(item.id), item.id];
  if (p === 'createddatetime' || p === 'fields/created') return new Date(item.created_ms).toISOString();
  if (p === 'lastmodifieddatetime' || p === 'fields/modified') return new Date(item.modified_ms).toISOString();
  if (p.startsWith('fields/')) {
    const name = property.slice('fields/'.length);
    const key = Object.keys(fields).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : fields[key];
  }
  throw badRequest(`Could not find a property named '${property}' on type 'microsoft.graph.listItem'.`, 'invalidRequest');
}

export function filterItems(items: ItemRow[], query: URLSearchParams): ItemRow[] {
  const raw = query.get('$filter') ?? query.get('filter');
  if (!raw) return items;
  const node = parseFilter(raw);
  return items.filter((item) => {
    const fields = JSON.parse(item.fields) as Record<string, unknown>;
    return matchesFilter(node, (property) => readProperty(item, fields, property));
  });
}

/** `$orderby=fields/Start desc,id`; items otherwise come in id order, as SharePoint returns them. */
export function orderItems(items: ItemRow[], query: URLSearchParams): ItemRow[] {
  const raw = query.get('$orderby') ?? query.get('orderby');
  if (!raw) return items;
  const keys = raw.split(',').map((term) => {
    const [property, direction = 'asc', ...rest] = term.trim().split(/\s+/);
    if (!property || rest.length > 0 || !/^(asc|desc)$/i.test(direction)) throw badRequest(`Invalid $orderby term '${term.trim()}'.`, 'invalidRequest');
    return { property, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  const decorated = items.map((item) => {
    const fields = JSON.parse(item.fields) as Record<string, unknown>;
    return { item, values: keys.map((k) => sortable(readProperty(item, fields, k.property))) };
  });
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareValues(a.values[i], b.values[i]);
      if (c !== 0) return c * keys[i]!.sign;
    }
    return a.item.id - b.item.id;
  });
  return decorated.map((d) => d.item);
}

function sortable(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 2 && typeof value[1] === 'number' ? value[1] : value.join(',');
  return value;
}

/** Empty values sort first, as in SharePoint; numbers numerically, text without case. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}
