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
