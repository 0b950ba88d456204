import { matchesFilter, page, parseFilter, readTop } from './odata';

const person = { displayName: "Aoife O'Brien", department: 'Finance', level: 3, fields: { Topics: ['public speaking', 'business case'], Active: true } };
const read = (p: string) => p.split('/').reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], person);

describe('OData $filter', () => {
  it.each([
    ["startswith(displayName,'aoi')", true],
    ["startswith(displayName,'Bea')", false],
    ["displayName eq 'Aoife O''Brien'", true],
    ["department eq 'finance' and level ge 3", true],
    ["department eq 'Legal' or level lt 2", false],
    ["not (department eq 'Legal')", true],
    ["fields/Topics eq 'business case'", true],
    ['fields/Active eq true', true],
    ["contains(displayName,'brien') and (level gt 5 or level eq 3)", true],
  ])('%s → %s', (filter, expected) => {
    expect(matchesFilter(parseFilter(filter), read)).toBe(expected);
  });

  it.each(["displayName eq", "startswith(displayName)", "(level eq 3", "level ~ 3", "displayName eq 'open"])('rejects %s with a 400', (filter) => {
    expect(() => parseFilter(filter)).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('OData $filter nesting', () => {
  const nested = (open: string, depth: number, close = '') => `${open.repeat(depth)}level eq 3${close.repeat(depth)}`;
  const chain = (clauses: number) => Array.from({ length: clauses }, () => 'level eq 3').join(' and ');

  it('reads filters nested 100 levels deep', () => {
    expect(matchesFilter(parseFilter(nested('(', 100, ')')), read)).toBe(true);
    expect(matchesFilter(parseFilter(nested('not ', 100)), read)).toBe(true);
    expect(matchesFilter(parseFilter(chain(100)), read)).toBe(true);
  });

  it.each([
    ['101 parentheses', nested('(', 101, ')')],
    ['100,000 parentheses', nested('(', 100_000, ')')],
    ['100,000 unclosed parentheses', '('.repeat(100_000)],
    ['100,000 nots', nested('not ', 100_000)],
    ['an and-chain of 10,000 clauses', chain(10_000)],
    ['parentheses around and-chains', nested('(level eq 3 or ', 1_000, ')')],
  ])('refuses %s with a 400 naming the limit, not a stack overflow', (_, filter) => {
    expect(() => parseFilter(filter)).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining('nests more than 100 levels') }));
  });

  it('quotes a long filter only in part in its error', () => {
    const error = (() => {
      try {
        parseFilter(`${'a'.repeat(100_000)} ~`);
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message.length).toBeLessThan(400);
  });
});

describe('paging', () => {
  it('pages with a nextLink that keeps the other query options', () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    const q = new URLSearchParams('$top=2&$select=id');
    const first = page(items, q, readTop(q, 100), 'http://h/v1.0', '/v1.0/users');
    expect(first.value).toEqual([0, 1]);
    const next = new URL(first.nextLink!);
    expect(next.searchParams.get('$select')).toBe('id');
    const second = page(items, next.searchParams, 2, 'http://h/v1.0', '/v1.0/users');
    expect(second.value).toEqual([2, 3]);
    const last = page(items, new URL(second.nextLink!).searchParams, 2, 'http://h/v1.0', '/v1.0/users');
    expect(last).toEqual({ value: [4] });
  });

  it('rejects a $top out of range', () => {
    expect(() => readTop(new URLSearchParams('$top=0'), 10)).toThrow(/\$top/);
    expect(() => readTop(new URLSearchParams('$top=abc'), 10)).toThrow(/\$top/);
  });
});
