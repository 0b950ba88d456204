// The program site as the emulator seeds it is the app's schema, and the emulator answers the Graph
// calls set-up makes (create a list with columns, add a column, index one, read them) with
// SharePoint's rules and Sites.Manage.All.
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import { PROGRAM_SCHEMA } from '../../src/domain/program-schema';
import { compareSite, siteColumn } from '../../src/domain/program-site-check';
import { startTestEmulator, type TestEmulator } from './harness';

const SITE = '/v1.0/sites/contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e';

async function token(emu: TestEmulator, user: string, scopes?: string[]): Promise<string> {
  const res = await fetch(`${emu.url}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, scopes }) });
  return ((await res.json()) as { access_token: string }).access_token;
}

function call(emu: TestEmulator, bearer: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emu.url}${SITE}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function siteLists(emu: TestEmulator, bearer: string): Promise<List[]> {
  const res = await call(emu, bearer, 'GET', '/lists?$expand=columns');
  return ((await res.json()) as { value: List[] }).value;
}

describe('the seeded program site', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startTestEmulator()));
  afterAll(() => emu.close());

  it('has exactly the lists and columns of the app schema', async () => {
    const lists = await siteLists(emu, await token(emu, 'mentee'));
    const site = { version: PROGRAM_SCHEMA.version, lists: lists.map((l) => ({ name: l.name!, columns: (l.columns ?? []).filter((c) => c.name !== 'Title').map((c) => siteColumn(c as Record<string, unknown>)) })) };
    expect(lists.map((l) => l.name).sort()).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name).sort());
    expect(compareSite(PROGRAM_SCHEMA, site)).toEqual([]);
    // Nothing the schema does not have either.
    for (const list of PROGRAM_SCHEMA.lists) {
      const seeded = site.lists.find((l) => l.name === list.name)!;
      expect(seeded.columns.map((c) => c.name)).toEqual(list.columns.map((c) => c.name));
    }
  });
});

describe('an empty program site and the Graph calls set-up makes', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startTestEmulator({ emptySite: true })));
  afterAll(() => emu.close());

  it('has the site but no lists, and the people are there', async () => {
    const mentee = await token(emu, 'mentee');
    expect(await siteLists(emu, mentee)).toEqual([]);
    expect((await call(emu, mentee, 'GET', '')).status).toBe(200);
  });

  it('refuses to create lists or columns without Sites.Manage.All', async () => {
    const plain = await token(emu, 'manager', ['Sites.ReadWrite.All']);
    const res = await call(emu, plain, 'POST', '/lists', { displayName: 'Plain', list: { template: 'genericList' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('accessDenied');
  });

  it('creates a list with columns, adds and indexes a column, by SharePoint rules', async () => {
    const manage = await token(emu, 'manager', ['Sites.ReadWrite.All', 'Sites.Manage.All']);
    const created = await call(emu, manage, 'POST', '/lists', { displayName: 'Things', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }], list: { template: 'genericList' } });
    expect(created.status).toBe(201);
    const added = await call(emu, manage, 'POST', '/lists/Things/columns', { name: 'Note', displayName: 'Note', text: { allowMultipleLines: true } });
    expect(added.status).toBe(201);
    expect(((await added.json()) as ColumnDefinition).name).toBe('Note');
    // Names are unique per list, whatever their case.
    const twice = await call(emu, manage, 'POST', '/lists/Things/columns', { name: 'note', number: {} });
    expect(twice.status).toBe(400);
    // A unique column must be indexed.
    const unindexed = await call(emu, manage, 'POST', '/lists/Things/columns', { name: 'Other', text: {}, enforceUniqueValues: true });
    expect(unindexed.status).toBe(400);
    const indexed = await call(emu, manage, 'PATCH', '/lists/Things/columns/Note', { indexed: true });
    expect(indexed.status).toBe(200);
    // A column's type stays what it is.
    expect((await call(emu, manage, 'PATCH', '/lists/Things/columns/Note', { number: {} })).status).toBe(400);
    const columns = ((await (await call(emu, manage, 'GET', '/lists/Things/columns')).json()) as { value: ColumnDefinition[] }).value;
    expect(columns.map((c) => [c.name, c.indexed, c.enforceUniqueValues])).toEqual([
      ['Title', false, false],
      ['Key', true, true],
      ['Note', true, false],
    ]);
  });
});
