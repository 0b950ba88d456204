// Contract: SharePoint sites, lists and list items through the real Graph client, including the
// If-Match race two writers run when they both edit one session.
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { FieldValueSet, List, ListItem, Site } from '@microsoft/microsoft-graph-types';
import { startTestEmulator, type TestEmulator } from './harness';

const HOST = 'contoso.sharepoint.com';
const PROGRAM_SITE_ID = 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e';
const ROOT_SITE_ID = 'contoso.sharepoint.com,0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6,1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const SITE = `/sites/${PROGRAM_SITE_ID}`;
/** Real SharePoint needs this to filter on a column that is not indexed; the emulator accepts either. */
const NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

let emu: TestEmulator;
let mentee: Client;
let mentor: Client;
let manager: Client;
let listCounter = 0;

/** The demo seed inserts these two sites; insert them here too (idempotently) so this file stands alone. */
function ensureSites(): void {
  const insert = emu.emulator.db.prepare('INSERT OR IGNORE INTO sites (id, name, display_name, web_url, is_root, created_ms) VALUES (?, ?, ?, ?, ?, ?)');
  insert.run(PROGRAM_SITE_ID, 'micromentor', 'Micromentor Program', `https://${HOST}/sites/micromentor`, 0, Date.UTC(2024, 0, 1));
  insert.run(ROOT_SITE_ID, 'Contoso', 'Contoso', `https://${HOST}`, 1, Date.UTC(2024, 0, 1));
}

const SESSION_COLUMNS = [
  { name: 'Status', choice: { choices: ['requested', 'scheduled', 'done', 'cancelled'], displayAs: 'dropDownMenu' } },
  { name: 'Notes', text: { allowMultipleLines: true } },
  { name: 'Agenda', text: {} },
  { name: 'MinutesBooked', number: { minimum: 0 } },
  { name: 'Online', boolean: {} },
  { name: 'Topics', choice: { choices: ['TypeScript', 'Graph', 'Design'], displayAs: 'checkBoxes' } },
  { name: 'Start', dateTime: { format: 'dateTime' } },
];

/** A fresh list of sessions with a unique name, so tests never see each other's items. */
async function createSessionsList(client: Client = manager): Promise<List> {
  listCounter += 1;
  const body: List = { displayName: `Contract Sessions ${listCounter}`, columns: SESSION_COLUMNS, list: { template: 'genericList' } };
  return (await client.api(`${SITE}/lists`).post(body)) as List;
}

async function createItem(listId: string, fields: Record<string, unknown>, client: Client = manager): Promise<ListItem> {
  const body: ListItem = { fields: fields as FieldValueSet };
  return (await client.api(`${SITE}/lists/${listId}/items`).post(body)) as ListItem;
}

/** The Graph client's error for a failed request, or a test failure if it succeeded. */
async function failure(request: Promise<unknown>): Promise<GraphError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  emu = await startTestEmulator();
  ensureSites();
  [mentee, mentor, manager] = await Promise.all([emu.client('mentee'), emu.client('mentor'), emu.client('manager')]);
});

afterAll(async () => {
  await emu.close();
});

describe('sites', () => {
  it('gets the program site by id', async () => {
    const site = (await mentee.api(SITE).get()) as Site;
    expect(site).toMatchObject({ id: PROGRAM_SITE_ID, name: 'micromentor', displayName: 'Micromentor Program', webUrl: `https://${HOST}/sites/micromentor` });
    expect(site.siteCollection?.hostname).toBe(HOST);
    expect(Date.parse(site.createdDateTime!)).not.toBeNaN();
  });

  it('gets the root site, by /sites/root and by hostname', async () => {
    const root = (await mentee.api('/sites/root').get()) as Site;
    expect(root).toMatchObject({ id: ROOT_SITE_ID, displayName: 'Contoso', webUrl: `https://${HOST}`, root: {} });
    expect(((await mentee.api(`/sites/${HOST}`).get()) as Site).id).toBe(ROOT_SITE_ID);
  });

  it('gets a site by hostname and server-relative path, and reaches its lists that way', async () => {
    const site = (await mentee.api(`/sites/${HOST}:/sites/micromentor`).get()) as Site;
    expect(site.id).toBe(PROGRAM_SITE_ID);
    const created = await createSessionsList();
    const lists = (await mentee.api(`/sites/${HOST}:/sites/micromentor:/lists`).get()) as { value: List[] };
    expect(lists.value.map((l) => l.id)).toContain(created.id);
  });

  it('answers 404 itemNotFound for a site that does not exist', async () => {
    const byId = await failure(mentee.api('/sites/contoso.sharepoint.com,00000000-0000-4000-8000-000000000000,00000000-0000-4000-8000-000000000001').get());
    expect([byId.statusCode, byId.code]).toEqual([404, 'itemNotFound']);
    const byPath = await failure(mentee.api(`/sites/${HOST}:/sites/nowhere`).get());
    expect([byPath.statusCode, byPath.code]).toEqual([404, 'itemNotFound']);
  });

  it('refuses a request without a token with 401', async () => {
    const res = await emu.fetch(`/v1.0${SITE}/lists`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
  });
});

describe('lists', () => {
  it('creates a list with columns and finds it by id, name and display name', async () => {
    const created = await createSessionsList();
    expect(created).toMatchObject({ displayName: created.displayName, list: { template: 'genericList' } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.webUrl).toBe(`https://${HOST}/sites/micromentor/Lists/${encodeURIComponent(created.name!)}`);

    const all = (await mentee.api(`${SITE}/lists`).get()) as { value: List[] };
    const listed = all.value.find((l) => l.id === created.id)!;
    expect(listed).toMatchObject({ id: created.id, name: created.name, displayName: created.displayName, description: '', list: { template: 'genericList' } });
    expect(Date.parse(listed.createdDateTime!)).not.toBeNaN();
    expect(Date.parse(listed.lastModifiedDateTime!)).not.toBeNaN();

    const byName = (await mentee.api(`${SITE}/lists/${encodeURIComponent(created.displayName!.toUpperCase())}`).expand('columns').get()) as List;
    expect(byName.id).toBe(created.id);
    const names = byName.columns!.map((c) => c.name);
    expect(names).toEqual(['Title', ...SESSION_COLUMNS.map((c) => c.name)]);
    expect(byName.columns!.find((c) => c.name === 'Status')!.choice!.choices).toContain('scheduled');

    const columns = (await mentee.api(`${SITE}/lists/${created.id}/columns`).get()) as { value: List['columns'] };
    expect(columns.value!.map((c) => c.name)).toEqual(names);
  });

  it('serves the seeded Mentors list, filterable on its fields', async () => {
    const lists = (await mentee.api(`${SITE}/lists`).select('id,name,displayName').get()) as { value: List[] };
    expect(lists.value.map((l) => l.name)).toEqual(expect.arrayContaining(['Mentors', 'Sessions']));
    const active = (await mentee
      .api(`${SITE}/lists/Mentors/items`)
      .headers(NON_INDEXED)
      .expand('fields($select=Title,MentorUpn,Topics,CapacityPerWeek,Active)')
      .filter('fields/Active eq true')
      .get()) as { value: ListItem[] };
    expect(active.value.length).toBeGreaterThan(0);
    for (const item of active.value) {
      const fields = item.fields as Record<string, unknown>;
      expect(fields.Active).toBe(true);
      expect(Array.isArray(fields.Topics)).toBe(true);
      expect(typeof fields.CapacityPerWeek).toBe('number');
    }
    expect(active.value.map((i) => (i.fields as Record<string, unknown>).MentorUpn)).toContain('daniel.okafor@contoso.example');
  });

  it('answers 409 nameAlreadyExists for a second list with the same name', async () => {
    const first = await createSessionsList();
    const body: List = { displayName: first.displayName!.toLowerCase(), list: { template: 'genericList' } };
    const error = await failure(manager.api(`${SITE}/lists`).post(body));
    expect([error.statusCode, error.code]).toEqual([409, 'nameAlreadyExists']);
  });

  it('answers 400 for a list without a displayName', async () => {
    const error = await failure(manager.api(`${SITE}/lists`).post({ columns: [] }));
    expect([error.statusCode, error.code]).toEqual([400, 'invalidRequest']);
  });

  it('answers 404 itemNotFound for a list that does not exist', async () => {
    const error = await failure(mentee.api(`${SITE}/lists/NoSuchList/items`).get());
    expect([error.statusCode, error.code]).toEqual([404, 'itemNotFound']);
  });
});

describe('list items', () => {
  it('creates an item and reads it back with its fields, eTag and authorship', async () => {
    const list = await createSessionsList();
    const created = await createItem(
      list.id!,
      { Title: 'Graph paging', Status: 'requested', MinutesBooked: 30, Online: true, Topics: ['Graph', 'TypeScript'], Start: '2024-03-04T10:00:00Z', Notes: 'x'.repeat(400) },
      mentee,
    );
    expect(created.id).toBe('1');
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.createdBy?.user).toMatchObject({ displayName: 'Priya Natarajan', email: 'priya.natarajan@contoso.example' });
    expect(created.contentType).toMatchObject({ name: 'Item' });
    expect(created.contentType!.id).toMatch(/^0x01/);
    expect(created.parentReference?.siteId).toBe(PROGRAM_SITE_ID);
    expect(created.fields).toMatchObject({ Title: 'Graph paging', Status: 'requested', MinutesBooked: 30, Online: true, Topics: ['Graph', 'TypeScript'], id: '1' });

    const read = (await mentor.api(`${SITE}/lists/${list.id}/items/1`).expand('fields').get()) as ListItem;
    expect(read.eTag).toBe(created.eTag);
    expect((read.fields as Record<string, unknown>)['@odata.etag']).toBe(created.eTag);
    expect(read.fields).toMatchObject({ Title: 'Graph paging', Start: '2024-03-04T10:00:00Z' });
    expect(Date.parse((read.fields as Record<string, string>).Created!)).not.toBeNaN();
    expect(read.webUrl).toBe(`${list.webUrl}/1_.000`);

    const bare = (await mentor.api(`${SITE}/lists/${list.id}/items/1`).get()) as ListItem;
    expect(bare.fields).toBeUndefined();
  });

  it('rejects unknown columns and values of the wrong type with 400 invalidRequest', async () => {
    const list = await createSessionsList();
    const unknown = await failure(createItem(list.id!, { Title: 'x', Colour: 'red' }));
    expect([unknown.statusCode, unknown.code]).toEqual([400, 'invalidRequest']);
    expect(unknown.message).toContain("'Colour'");
    for (const fields of [{ MinutesBooked: '30' }, { Online: 'yes' }, { Status: 'maybe' }, { Topics: ['Cooking'] }, { Agenda: 'y'.repeat(256) }]) {
      const wrong = await failure(createItem(list.id!, fields));
      expect([wrong.statusCode, wrong.code]).toEqual([400, 'invalidRequest']);
    }
    const items = (await manager.api(`${SITE}/lists/${list.id}/items`).get()) as { value: ListItem[] };
    expect(items.value).toEqual([]);
  });

  it('expands fields, selects some of them, and filters on a field', async () => {
    const list = await createSessionsList();
    await createItem(list.id!, { Title: 'A', Status: 'requested', MinutesBooked: 15 });
    await createItem(list.id!, { Title: 'B', Status: 'scheduled', MinutesBooked: 30 });
    await createItem(list.id!, { Title: 'C', Status: 'scheduled', MinutesBooked: 45 });

    const all = (await manager.api(`${SITE}/lists/${list.id}/items`).expand('fields').get()) as { value: ListItem[] };
    expect(all.value.map((i) => i.fields?.['Title' as keyof FieldValueSet])).toEqual(['A', 'B', 'C']);

    const scheduled = (await manager
      .api(`${SITE}/lists/${list.id}/items`)
      .headers(NON_INDEXED)
      .expand('fields($select=Title,Status)')
      .filter("fields/Status eq 'scheduled'")
      .get()) as { value: ListItem[] };
    expect(scheduled.value.map((i) => i.id)).toEqual(['2', '3']);
    const fields = scheduled.value[0]!.fields as Record<string, unknown>;
    expect(Object.keys(fields).sort()).toEqual(['@odata.etag', 'Status', 'Title']);

    const long = (await manager
      .api(`${SITE}/lists/${list.id}/items`)
      .headers(NON_INDEXED)
      .expand('fields')
      .filter('fields/MinutesBooked ge 30')
      .orderby('fields/MinutesBooked desc')
      .get()) as { value: ListItem[] };
    expect(long.value.map((i) => i.id)).toEqual(['3', '2']);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const list = await createSessionsList();
    for (let n = 1; n <= 5; n++) await createItem(list.id!, { Title: `Item ${n}` });
    const seen: string[] = [];
    let page = (await manager.api(`${SITE}/lists/${list.id}/items`).top(2).expand('fields').get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    let pages = 1;
    for (;;) {
      seen.push(...page.value.map((i) => (i.fields as Record<string, string>).Title!));
      const next = page['@odata.nextLink'];
      if (!next) break;
      expect(next.startsWith(emu.graphUrl)).toBe(true);
      // The Graph client strips only https:// hosts from absolute URLs; the emulator is http.
      page = (await manager.api(next.slice(emu.graphUrl.length)).get()) as typeof page;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4', 'Item 5']);
  });

  it('deletes an item, after which it is 404 itemNotFound', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Soon gone' });
    await manager.api(`${SITE}/lists/${list.id}/items/${item.id}`).delete();
    const error = await failure(manager.api(`${SITE}/lists/${list.id}/items/${item.id}`).get());
    expect([error.statusCode, error.code]).toEqual([404, 'itemNotFound']);
    const again = await failure(manager.api(`${SITE}/lists/${list.id}/items/${item.id}`).delete());
    expect(again.statusCode).toBe(404);
    // Ids are never reused: the next item gets a new one.
    expect((await createItem(list.id!, { Title: 'Next' })).id).toBe('2');
  });

  it('answers 404 itemNotFound for an item that does not exist', async () => {
    const list = await createSessionsList();
    for (const id of ['99', 'abc']) {
      const error = await failure(manager.api(`${SITE}/lists/${list.id}/items/${id}`).expand('fields').get());
      expect([error.statusCode, error.code]).toEqual([404, 'itemNotFound']);
    }
    const patch = await failure(manager.api(`${SITE}/lists/${list.id}/items/99/fields`).patch({ Title: 'x' }));
    expect([patch.statusCode, patch.code]).toEqual([404, 'itemNotFound']);
  });

  it('updates fields through PATCH …/items/{id} with {fields} too', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Old', Status: 'requested' });
    const updated = (await manager.api(`${SITE}/lists/${list.id}/items/${item.id}`).patch({ fields: { Title: 'New', Status: null } })) as ListItem;
    expect(updated.fields).toMatchObject({ Title: 'New' });
    expect(updated.fields).not.toHaveProperty('Status');
    expect(updated.eTag).toMatch(/,2"$/);
    expect(updated.lastModifiedBy?.user?.displayName).toBe('Sofia Lindqvist');
  });
});

describe('optimistic concurrency with If-Match', () => {
  it('Two writers patching one list item with the same ETag: one succeeds, the other gets 412, nothing is lost', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Session', Status: 'requested' });
    const itemPath = `${SITE}/lists/${list.id}/items/${item.id}`;

    // Both writers read the item and hold its eTag.
    const seenByA = (await mentor.api(itemPath).get()) as ListItem;
    const seenByB = (await mentee.api(itemPath).get()) as ListItem;
    expect(seenByA.eTag).toBe(seenByB.eTag);

    const a = (await mentor.api(`${itemPath}/fields`).header('If-Match', seenByA.eTag!).patch({ Status: 'scheduled' })) as FieldValueSet & Record<string, unknown>;
    expect(a).toMatchObject({ Status: 'scheduled', Title: 'Session' });
    expect(a['@odata.etag']).not.toBe(seenByA.eTag);

    const b = await failure(mentee.api(`${itemPath}/fields`).header('If-Match', seenByB.eTag!).patch({ Agenda: 'Review my paging code' }));
    expect([b.statusCode, b.code]).toEqual([412, 'preconditionFailed']);

    // B reads again and retries with the new eTag.
    const reread = (await mentee.api(itemPath).expand('fields').get()) as ListItem;
    expect(reread.eTag).toBe(a['@odata.etag']);
    const retried = (await mentee.api(`${itemPath}/fields`).header('If-Match', reread.eTag!).patch({ Agenda: 'Review my paging code' })) as Record<string, unknown>;
    expect(retried).toMatchObject({ Status: 'scheduled', Agenda: 'Review my paging code' });

    const final = (await manager.api(itemPath).expand('fields').get()) as ListItem;
    expect(final.fields).toMatchObject({ Title: 'Session', Status: 'scheduled', Agenda: 'Review my paging code' });
    expect(final.eTag).toMatch(/,3"$/);
    expect(final.lastModifiedBy?.user?.displayName).toBe('Priya Natarajan');
  });

  it('lets exactly one of two simultaneous writers with the same eTag win', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Race', Status: 'requested' });
    const fieldsPath = `${SITE}/lists/${list.id}/items/${item.id}/fields`;
    const results = await Promise.allSettled([
      mentor.api(fieldsPath).header('If-Match', item.eTag!).patch({ Status: 'scheduled' }),
      mentee.api(fieldsPath).header('If-Match', item.eTag!).patch({ Agenda: 'Mine' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as GraphError).statusCode).toBe(412);
    const final = (await manager.api(`${SITE}/lists/${list.id}/items/${item.id}`).expand('fields').get()) as ListItem;
    expect(final.eTag).toMatch(/,2"$/);
  });

  it('accepts weak and unquoted eTags, and guards DELETE the same way', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Lenient' });
    const itemPath = `${SITE}/lists/${list.id}/items/${item.id}`;
    const bare = item.eTag!.replace(/"/g, '');
    const patched = (await manager.api(`${itemPath}/fields`).header('If-Match', `W/"${bare}"`).patch({ Title: 'Still lenient' })) as Record<string, string>;
    const stale = await failure(manager.api(itemPath).header('If-Match', item.eTag!).delete());
    expect([stale.statusCode, stale.code]).toEqual([412, 'preconditionFailed']);
    await manager.api(itemPath).header('If-Match', patched['@odata.etag']!).delete();
    expect((await failure(manager.api(itemPath).get())).statusCode).toBe(404);
  });

  it('lets the last writer win without If-Match', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'Open' });
    const fieldsPath = `${SITE}/lists/${list.id}/items/${item.id}/fields`;
    await mentor.api(fieldsPath).patch({ Status: 'scheduled' });
    const last = (await mentee.api(fieldsPath).patch({ Status: 'cancelled' })) as Record<string, unknown>;
    expect(last).toMatchObject({ Status: 'cancelled', Title: 'Open' });
  });
});

describe('columns that enforce unique values', () => {
  const KEYED_COLUMNS = [{ name: 'SessionKey', displayName: 'Session key', text: {}, indexed: true, enforceUniqueValues: true }, { name: 'Agenda', text: {} }];
  async function keyedList(): Promise<List> {
    listCounter += 1;
    return (await manager.api(`${SITE}/lists`).post({ displayName: `Keyed Sessions ${listCounter}`, columns: KEYED_COLUMNS, list: { template: 'genericList' } })) as List;
  }
  const items = async (listId: string) => ((await manager.api(`${SITE}/lists/${listId}/items`).expand('fields').get()) as { value: ListItem[] }).value;

  it('reports the column as indexed and unique', async () => {
    const list = await keyedList();
    const columns = ((await manager.api(`${SITE}/lists/${list.id}/columns`).get()) as { value: { name: string; indexed: boolean; enforceUniqueValues: boolean }[] }).value;
    expect(columns.find((c) => c.name === 'SessionKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(columns.find((c) => c.name === 'Agenda')).toMatchObject({ indexed: false, enforceUniqueValues: false });
  });

  it('refuses a unique column that is not indexed, or that holds several values', async () => {
    for (const column of [
      { name: 'Key', text: {}, enforceUniqueValues: true },
      { name: 'Key', text: { allowMultipleLines: true }, indexed: true, enforceUniqueValues: true },
      { name: 'Key', choice: { choices: ['a', 'b'], displayAs: 'checkBoxes' }, indexed: true, enforceUniqueValues: true },
    ]) {
      const refused = await failure(manager.api(`${SITE}/lists`).post({ displayName: `Bad unique ${++listCounter}`, columns: [column] }));
      expect([refused.statusCode, refused.code]).toEqual([400, 'invalidRequest']);
    }
  });

  it('refuses a second item with the same value (any case) with 409 nameAlreadyExists and stores nothing', async () => {
    const list = await keyedList();
    await createItem(list.id!, { Title: 'first', SessionKey: 'k-1' });
    for (const key of ['k-1', 'K-1']) {
      const refused = await failure(createItem(list.id!, { Title: 'second', SessionKey: key }, mentee));
      expect([refused.statusCode, refused.code]).toEqual([409, 'nameAlreadyExists']);
      expect(refused.message).toContain('duplicate values were found in the following field(s) in the list: [Session key]');
    }
    expect((await items(list.id!)).map((i) => (i.fields as Record<string, unknown>).Title)).toEqual(['first']);
    await createItem(list.id!, { Title: 'other key', SessionKey: 'k-2' });
    await createItem(list.id!, { Title: 'no key' });
    await createItem(list.id!, { Title: 'no key either' }); // an empty value is not a duplicate
    expect(await items(list.id!)).toHaveLength(4);
  });

  it('refuses a PATCH that would copy another item\'s value, and allows rewriting an item\'s own', async () => {
    const list = await keyedList();
    await createItem(list.id!, { Title: 'a', SessionKey: 'k-a' });
    const b = await createItem(list.id!, { Title: 'b', SessionKey: 'k-b' });
    const path = `${SITE}/lists/${list.id}/items/${b.id}`;
    const viaFields = await failure(mentor.api(`${path}/fields`).patch({ SessionKey: 'k-a' }));
    expect([viaFields.statusCode, viaFields.code]).toEqual([409, 'nameAlreadyExists']);
    const viaItem = await failure(mentor.api(path).patch({ fields: { SessionKey: 'K-A' } }));
    expect([viaItem.statusCode, viaItem.code]).toEqual([409, 'nameAlreadyExists']);
    expect(((await mentor.api(path).expand('fields').get()) as ListItem).eTag).toBe(b.eTag); // nothing written
    await mentor.api(`${path}/fields`).patch({ SessionKey: 'k-b', Agenda: 'same key, new agenda' });
  });

  it('lets exactly one of ten simultaneous creates with the same value in', async () => {
    const list = await keyedList();
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => createItem(list.id!, { Title: `try ${i}`, SessionKey: 'same' }, i % 2 ? mentee : mentor)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as GraphError).statusCode)).toEqual(Array(9).fill(409));
    expect(await items(list.id!)).toHaveLength(1);
  });

  it('is how the seeded Sessions list keeps its key', async () => {
    const columns = ((await manager.api(`${SITE}/lists/Sessions/columns`).get()) as { value: { name: string; indexed: boolean; enforceUniqueValues: boolean }[] }).value;
    expect(columns.find((c) => c.name === 'SessionKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
  });
});

describe('list items in $batch', () => {
  interface BatchResponse {
    responses: { id: string; status: number; body?: unknown }[];
  }

  it('creates an item and reads the list after it with dependsOn', async () => {
    const list = await createSessionsList();
    const itemsUrl = `${SITE}/lists/${list.id}/items`;
    const result = (await manager.api('/$batch').post({
      requests: [
        { id: '1', method: 'POST', url: itemsUrl, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'Batched', Status: 'scheduled' } } },
        { id: '2', method: 'GET', url: `${itemsUrl}?$expand=fields`, dependsOn: ['1'] },
      ],
    })) as BatchResponse;
    const byId = new Map(result.responses.map((r) => [r.id, r]));
    expect(byId.get('1')!.status).toBe(201);
    expect((byId.get('1')!.body as ListItem).fields).toMatchObject({ Title: 'Batched' });
    expect(byId.get('2')!.status).toBe(200);
    expect((byId.get('2')!.body as { value: ListItem[] }).value.map((i) => (i.fields as Record<string, string>).Title)).toEqual(['Batched']);
  });

  it('answers 424 for a request whose dependency failed', async () => {
    const list = await createSessionsList();
    const itemsUrl = `${SITE}/lists/${list.id}/items`;
    const result = (await manager.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: `${itemsUrl}/4242` },
        { id: '2', method: 'PATCH', url: `${itemsUrl}/4242/fields`, headers: { 'Content-Type': 'application/json' }, body: { Title: 'x' }, dependsOn: ['1'] },
      ],
    })) as BatchResponse;
    const byId = new Map(result.responses.map((r) => [r.id, r]));
    expect(byId.get('1')!.status).toBe(404);
    expect((byId.get('1')!.body as { error: { code: string } }).error.code).toBe('itemNotFound');
    expect(byId.get('2')!.status).toBe(424);
  });

  it('honours If-Match inside a batch', async () => {
    const list = await createSessionsList();
    const item = await createItem(list.id!, { Title: 'In batch' });
    const fieldsUrl = `${SITE}/lists/${list.id}/items/${item.id}/fields`;
    const result = (await manager.api('/$batch').post({
      requests: [
        { id: '1', method: 'PATCH', url: fieldsUrl, headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag! }, body: { Title: 'First' } },
        { id: '2', method: 'PATCH', url: fieldsUrl, headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag! }, body: { Title: 'Second' }, dependsOn: ['1'] },
      ],
    })) as BatchResponse;
    expect(result.responses.map((r) => r.status)).toEqual([200, 412]);
  });

  it('refuses a batch of 21 requests with 400', async () => {
    const list = await createSessionsList();
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `${SITE}/lists/${list.id}/items` }));
    const error = await failure(manager.api('/$batch').post({ requests }));
    expect(error.statusCode).toBe(400);
  });
});
