// The slice of OData that Micromentor's Graph calls use: $filter (eq, ne, gt, ge, lt, le, and, or,
// not, parentheses, startswith, endswith, contains), $select, $top and paging by $skiptoken.
import { badRequest } from './graph-error';
import { checkFilterDepth } from './request-limits';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; property: string; value: Literal }
  | { kind: 'call'; fn: 'startswith' | 'endswith' | 'contains'; property: string; value: string };

export type Literal = string | number | boolean | null;

type Token = { t: 'ident'; v: string } | { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'punct'; v: '(' | ')' | ',' };

// Sticky patterns read at an index, so a long filter is scanned once (no slicing per token).
const NUMBER = /-?\d+(\.\d+)?/y;
const IDENT = /[A-Za-z_@][\w/.@]*/y;

/** The filter as an error message quotes it: enough to find the place, never the whole of a huge one. */
function quote(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function readAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw badRequest(`Invalid filter clause: unterminated string in "${quote(text)}".`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ t: 'str', v: value });
    } else if (/[-\d]/.test(c) && readAt(NUMBER, text, i) !== undefined) {
      const number = readAt(NUMBER, text, i)!;
      tokens.push({ t: 'num', v: Number(number) });
      i += number.length;
    } else {
      const ident = readAt(IDENT, text, i);
      if (ident === undefined) throw badRequest(`Invalid filter clause: unexpected "${c}" in "${quote(text)}".`);
      tokens.push({ t: 'ident', v: ident });
      i += ident.length;
    }
  }
  return tokens;
}

/**
 * Parses a $filter. Nesting (parentheses, not, and/or chains) is bounded by MAX_FILTER_DEPTH as it is
 * read, so neither this parser nor `matchesFilter` can run out of stack on a hostile filter.
 */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (why: string): never => {
    throw badRequest(`Invalid filter clause: ${why} in "${quote(text)}".`);
  };
  const isWord = (tok: Token | undefined, word: string) => tok?.t === 'ident' && tok.v.toLowerCase() === word;
  // Each node with its depth (operators between it and its deepest clause); `level` counts the parentheses and nots around it.
  type Parsed = { node: FilterNode; depth: number };
  const joined = (kind: 'and' | 'or', left: Parsed, right: Parsed): Parsed => {
    const depth = 1 + Math.max(left.depth, right.depth);
    checkFilterDepth(depth);
    return { node: { kind, left: left.node, right: right.node }, depth };
  };

  const parseOr = (level: number): Parsed => {
    let left = parseAnd(level);
    while (isWord(peek(), 'or')) {
      pos++;
      left = joined('or', left, parseAnd(level));
    }
    return left;
  };
  const parseAnd = (level: number): Parsed => {
    let left = parseUnary(level);
    while (isWord(peek(), 'and')) {
      pos++;
      left = joined('and', left, parseUnary(level));
    }
    return left;
  };
  const parseUnary = (level: number): Parsed => {
    if (isWord(peek(), 'not')) {
      checkFilterDepth(level + 1);
      pos++;
      const operand = parseUnary(level + 1);
      checkFilterDepth(operand.depth + 1);
      return { node: { kind: 'not', operand: operand.node }, depth: operand.depth + 1 };
    }
    const tok = peek();
    if (tok?.t === 'punct' && tok.v === '(') {
      checkFilterDepth(level + 1);
      pos++;
      const inner = parseOr(level + 1);
      const close = tokens[pos++];
      if (close?.t !== 'punct' || close.v !== ')') fail('missing ")"');
      return inner;
    }
    if (tok?.t === 'ident' && ['startswith', 'endswith', 'contains'].includes(tok.v.toLowerCase()) && tokens[pos + 1]?.t === 'punct') {
      pos += 2; // name and "("
      const prop = tokens[pos++];
      const comma = tokens[pos++];
      const value = tokens[pos++];
      const close = tokens[pos++];
      if (prop?.t !== 'ident' || comma?.t !== 'punct' || comma.v !== ',' || value?.t !== 'str' || close?.t !== 'punct' || close.v !== ')') {
        fail(`${tok.v} takes (property, 'text')`);
      }
      return { node: { kind: 'call', fn: tok.v.toLowerCase() as 'startswith', property: (prop as { v: string }).v, value: (value as { v: string }).v }, depth: 0 };
    }
    if (tok?.t !== 'ident') return fail('expected a property name');
    pos++;
    const opTok = tokens[pos++];
    const op = opTok?.t === 'ident' ? opTok.v.toLowerCase() : '';
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op)) fail(`expected eq, ne, gt, ge, lt or le after ${tok.v}`);
    const valueTok = tokens[pos++];
    let value: Literal;
    if (valueTok?.t === 'str' || valueTok?.t === 'num') value = valueTok.v;
    else if (isWord(valueTok, 'true')) value = true;
    else if (isWord(valueTok, 'false')) value = false;
    else if (isWord(valueTok, 'null')) value = null;
    else return fail(`expected a value after ${tok.v} ${op}`);
    return { node: { kind: 'compare', op: op as 'eq', property: tok.v, value }, depth: 0 };
  };

  if (tokens.length === 0) fail('empty filter');
  const { node } = parseOr(0);
  if (pos !== tokens.length) fail('unexpected text after the expression');
  return node;
}

/** Evaluates a filter against an item; `read` returns a property's value (paths like fields/Status). */
export function matchesFilter(node: FilterNode, read: (property: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, read) && matchesFilter(node.right, read);
    case 'or':
      return matchesFilter(node.left, read) || matchesFilter(node.right, read);
    case 'not':
      return !matchesFilter(node.operand, read);
    case 'call': {
      const v = read(node.property);
      if (typeof v !== 'string') return false;
      const a = v.toLowerCase();
      const b = node.value.toLowerCase();
      return node.fn === 'startswith' ? a.startsWith(b) : node.fn === 'endswith' ? a.endsWith(b) : a.includes(b);
    }
    case 'compare': {
      const v = read(node.property);
      const values = Array.isArray(v) ? v : [v]; // multi-value columns match any of their values
      return values.some((one) => compare(one, node.op, node.value));
    }
  }
}

function compare(actual: unknown, op: string, expected: Literal): boolean {
  const a = typeof actual === 'string' && typeof expected === 'string' ? actual.toLowerCase() : actual;
  const b = typeof expected === 'string' && typeof actual === 'string' ? expected.toLowerCase() : expected;
  if (actual === undefined) return op === 'eq' ? expected === null : op === 'ne' ? expected !== null : false;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return (a as number) > (b as number);
    case 'ge':
      return (a as number) >= (b as number);
    case 'lt':
      return (a as number) < (b as number);
    default:
      return (a as number) <= (b as number);
  }
}

/** $top: 1–999 (Graph's own upper bound for most collections), default as given. */
export function readTop(query: URLSearchParams, defaultTop: number, maxTop = 999): number {
  const raw = query.get('$top');
  if (raw === null) return defaultTop;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1 || top > maxTop) throw badRequest(`Invalid value '${raw}' for $top: use a whole number from 1 to ${maxTop}.`);
  return top;
}

/** $select as a list of property names, or undefined for all. */
export function readSelect(query: URLSearchParams): string[] | undefined {
  const raw = query.get('$select');
  if (!raw) return undefined;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

export function applySelect<T extends Record<string, unknown>>(item: T, select: string[] | undefined, alwaysKeep: string[] = ['id']): Partial<T> {
  if (!select) return item;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    if (alwaysKeep.includes(key) || key.startsWith('@odata') || select.some((s) => s.toLowerCase() === key.toLowerCase())) out[key] = item[key];
  }
  return out as Partial<T>;
}

/**
 * One page of `items` and the `@odata.nextLink` for the next, carrying the offset in $skiptoken
 * and every other query option unchanged.
 */
export function page<T>(items: T[], query: URLSearchParams, top: number, baseUrl: string, path: string): { value: T[]; nextLink?: string } {
  const skip = Number(query.get('$skiptoken') ?? '0');
  if (!Number.isInteger(skip) || skip < 0) throw badRequest('Invalid $skiptoken.');
  const value = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { value };
  const next = new URLSearchParams(query);
  next.set('$skiptoken', String(skip + top));
  next.set('$top', String(top));
  const relative = path.replace(/^\/v1\.0/i, '');
  return { value, nextLink: `${baseUrl}${relative}?${next.toString()}` };
}
