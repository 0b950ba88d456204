// Program set-up against the emulator: an empty site set up once and again, an older site upgraded
// without touching its items, a column retyped by hand reported and left alone, and a 503 halfway.
import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { PROGRAM_SCHEMA } from '../../src/domain/program-schema';
import { describeDifference } from '../../src/domain/program-site-check';
import { createGraphClient, type GraphConnection } from '../../src/graph/graph-client';
import { checkProgramSite, findSiteByUrl, readProgramVersion, setUpProgramSite, type ListProgress } from '../../src/graph/program-setup';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE } from './gateway-harness';

const SITE = PROGRAM_SITE.siteId;

function manage(emu: TestEmulator, user = 'manager'): GraphConnection {
  return createGraphClient({
    baseUrl: emu.graphUrl,
    tokens: emulatorTokenSource({ origin: emu.url, user, scopes: ['Sites.ReadWrite.All', 'Sites.Manage.All'] }),
    retry: { sleep: async () => undefined },
  });
}

const writes = async (emu: TestEmulator) => (await emu.requests()).filter((r) => r.method !== 'GET');

interface ListRow {
  id: string;
  columns: string;
}

describe('setting up an empty program site', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startTestEmulator({ emptySite: true })));
  afterAll(() => emu.close());

  it('creates every list with every column and records the version; a second run creates nothing', async () => {
    const graph = manage(emu);
    expect(await readProgramVersion(graph, SITE)).toBeUndefined();
    expect((await checkProgramSite(graph, SITE, PROGRAM_SCHEMA)).state).toBe('not-set-up');

    const progress: ListProgress[] = [];
    const first = await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA, (p) => progress.push(p));
    expect(first.created).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name));
    expect(progress.filter((p) => p.state === 'done').map((p) => p.list)).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name));
    const check = await checkProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(check).toMatchObject({ state: 'current', differences: [] });
    expect(await readProgramVersion(graph, SITE)).toBe(PROGRAM_SCHEMA.version);
    // ≤ 2 requests per list + 1.
    const made = await emu.requests();
    expect(made.length).toBeLessThanOrEqual(2 * PROGRAM_SCHEMA.lists.length + 1 + 4);

    const before = (await writes(emu)).length;
    const second = await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(second).toEqual({ created: [], upgraded: [], leftAlone: [] });
    expect((await writes(emu)).length).toBe(before);
  });

  it('finds a site by the address people see, or says what to enter', async () => {
    const graph = manage(emu);
    expect(await findSiteByUrl(graph, 'https://contoso.sharepoint.com/sites/micromentor/')).toEqual({ id: SITE, name: 'Micromentor Program', url: 'https://contoso.sharepoint.com/sites/micromentor' });
    await expect(findSiteByUrl(graph, 'contoso micromentor')).rejects.toMatchObject({ code: 'invalid', field: 'site' });
    await expect(findSiteByUrl(graph, 'https://contoso.sharepoint.com/sites/nowhere')).rejects.toMatchObject({ code: 'not-found', field: 'site' });
  });

  it('then lets a mentee book: the lists set-up made hold a session', async () => {
    const mentee = createGraphClient({ baseUrl: emu.graphUrl, tokens: emulatorTokenSource({ origin: emu.url, user: 'mentee' }), retry: { sleep: async () => undefined } });
    const item = (await mentee.client.api(`/sites/${encodeURIComponent(SITE)}/lists/Sessions/items`).post({ fields: { Title: 'x', SessionKey: 'k-1', MenteeId: 'm', Goal: 'g', ShareStory: false } })) as { id: string };
    expect(item.id).toBe('1');
  });
});

describe('a 503 halfway through set-up', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startTestEmulator({ emptySite: true })));
  afterAll(() => emu.close());

  it('is retried and creates nothing twice', async () => {
    // The first list's create lands, but its answer is a 503: the client's retry is told the list exists.
    await emu.faults([{ method: 'POST', path: '/lists$', status: 503, times: 1, afterCommit: true }]);
    const result = await setUpProgramSite(manage(emu), SITE, PROGRAM_SCHEMA);
    expect(result.created).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name));
    const lists = emu.emulator.db.prepare('SELECT name FROM lists ORDER BY name').all() as { name: string }[];
    expect(lists.map((l) => l.name)).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name).sort());
    expect(await checkProgramSite(manage(emu), SITE, PROGRAM_SCHEMA)).toMatchObject({ state: 'current', differences: [] });
  });

  it('when it stops at a failure, a second run resumes and finishes', async () => {
    const fresh = await startTestEmulator({ emptySite: true });
    try {
      await fresh.faults([{ method: 'POST', path: '/lists$', status: 503, times: 8 }]);
      const failed: ListProgress[] = [];
      await expect(setUpProgramSite(manage(fresh), SITE, PROGRAM_SCHEMA, (p) => failed.push(p))).rejects.toMatchObject({ code: 'unavailable' });
      expect(failed.some((p) => p.state === 'failed')).toBe(true);
      fresh.emulator.faults.clear();
      const again = await setUpProgramSite(manage(fresh), SITE, PROGRAM_SCHEMA);
      expect(again.created.length).toBeGreaterThan(0);
      expect((await checkProgramSite(manage(fresh), SITE, PROGRAM_SCHEMA)).state).toBe('current');
    } finally {
      await fresh.close();
    }
  });
});

describe('an older program site', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startTestEmulator()));
  afterAll(() => emu.close());

  it('gets the two columns its Mentors list lacks, its items untouched, and the new version', async () => {
    const db = emu.emulator.db;
    const mentors = db.prepare("SELECT id, columns FROM lists WHERE name = 'Mentors'").get() as ListRow;
    const older = (JSON.parse(mentors.columns) as { name: string }[]).filter((c) => c.name !== 'NoticeMinutes' && c.name !== 'BufferMinutes');
    db.prepare('UPDATE lists SET columns = ? WHERE id = ?').run(JSON.stringify(older), mentors.id);
    db.prepare("UPDATE list_items SET fields = json_set(fields, '$.SchemaVersion', 0) WHERE list_id = (SELECT id FROM lists WHERE name = 'ProgramSchema')").run();
    const items = () => db.prepare('SELECT * FROM list_items WHERE list_id = ? ORDER BY id').all(mentors.id);
    const before = items();

    const graph = manage(emu);
    const check = await checkProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(check.state).toBe('older');
    expect(check.differences.map(describeDifference)).toEqual([
      'The list Mentors has no column NoticeMinutes (number); set-up adds it.',
      'The list Mentors has no column BufferMinutes (number); set-up adds it.',
    ]);
    const result = await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(result).toEqual({ created: [], upgraded: ['Mentors'], leftAlone: [] });
    expect(items()).toEqual(before);
    expect(await checkProgramSite(graph, SITE, PROGRAM_SCHEMA)).toMatchObject({ state: 'current', differences: [] });
    expect(await readProgramVersion(graph, SITE)).toBe(PROGRAM_SCHEMA.version);
  });

  it('reports a column changed by hand to another type, and leaves it as it is', async () => {
    const db = emu.emulator.db;
    const sessions = db.prepare("SELECT id, columns FROM lists WHERE name = 'Sessions'").get() as ListRow;
    const changed = (JSON.parse(sessions.columns) as { name: string }[]).map((c) => (c.name === 'Goal' ? { name: 'Goal', displayName: 'Goal', number: {} } : c));
    db.prepare('UPDATE lists SET columns = ? WHERE id = ?').run(JSON.stringify(changed), sessions.id);

    const graph = manage(emu);
    const check = await checkProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(check.differences).toEqual([{ kind: 'other-type', list: 'Sessions', column: 'Goal', expected: 'note', actual: 'number' }]);
    expect(describeDifference(check.differences[0]!)).toMatch(/Goal in Sessions is number but the app needs multiple lines of text\. Set-up leaves it as it is/);
    const result = await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(result.leftAlone).toEqual(check.differences);
    const after = JSON.parse((db.prepare('SELECT columns FROM lists WHERE id = ?').get(sessions.id) as ListRow).columns) as { name: string; number?: unknown }[];
    expect(after.find((c) => c.name === 'Goal')).toEqual({ name: 'Goal', displayName: 'Goal', number: {} });
  });

  it('gives a choice column the values a newer app offers, keeping the ones a person added', async () => {
    const db = emu.emulator.db;
    const mentors = db.prepare("SELECT id, columns FROM lists WHERE name = 'Mentors'").get() as ListRow;
    type Column = { name: string; choice?: { choices: string[] } };
    const columns = JSON.parse(mentors.columns) as Column[];
    const topics = columns.find((c) => c.name === 'Topics')!;
    const older = columns.map((c) => (c.name === 'Topics' ? { ...c, choice: { ...c.choice!, choices: [...topics.choice!.choices.filter((t) => t !== 'budgeting'), 'our own topic'] } } : c));
    db.prepare('UPDATE lists SET columns = ? WHERE id = ?').run(JSON.stringify(older), mentors.id);

    const graph = manage(emu);
    const check = await checkProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(check.differences.map(describeDifference)).toContain('The column Topics in Mentors lacks the choices "budgeting"; set-up adds them (and keeps the others).');
    await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA);
    const after = (JSON.parse((db.prepare('SELECT columns FROM lists WHERE id = ?').get(mentors.id) as ListRow).columns) as Column[]).find((c) => c.name === 'Topics')!;
    expect(after.choice!.choices).toEqual(expect.arrayContaining(['budgeting', 'our own topic']));
    expect(await checkProgramSite(graph, SITE, PROGRAM_SCHEMA)).toMatchObject({ differences: [{ kind: 'other-type' }] });
  });

  it('treats a site whose lists were made by hand (no version recorded) as older, and only adds the version list', async () => {
    emu.emulator.db.prepare("DELETE FROM lists WHERE name = 'ProgramSchema'").run();
    const graph = manage(emu);
    expect(await readProgramVersion(graph, SITE)).toBeUndefined();
    const check = await checkProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(check.state).toBe('older');
    const result = await setUpProgramSite(graph, SITE, PROGRAM_SCHEMA);
    expect(result.created).toEqual(['ProgramSchema']);
    expect(await readProgramVersion(graph, SITE)).toBe(PROGRAM_SCHEMA.version);
  });

  it('is refused without Sites.Manage.All, saying so', async () => {
    const plain = createGraphClient({ baseUrl: emu.graphUrl, tokens: emulatorTokenSource({ origin: emu.url, user: 'manager', scopes: ['Sites.ReadWrite.All'] }), retry: { sleep: async () => undefined } });
    const db = emu.emulator.db;
    db.prepare("DELETE FROM lists WHERE name = 'Pilots'").run();
    await expect(setUpProgramSite(plain, SITE, PROGRAM_SCHEMA)).rejects.toMatchObject({ code: 'forbidden', status: 403 });
  });
});
