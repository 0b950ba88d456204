// The dashboard's read of a large program: every session in 5,000-item pages with only the columns
// the numbers need, a row edited by hand into a bad state skipped and counted, and the numbers the
// same as a direct count of the list.
import { readableRows, resultsPerTopic } from '../../src/domain/program-insight';
import { INSIGHT_COLUMNS, readInsightSessions } from '../../src/graph/insight-store';
import { seedSessionHistory } from '../../emulator/seed-session-history';
import { SESSIONS_LIST_ID } from '../../emulator/seed-program-site';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs } from './gateway-harness';

jest.setTimeout(60000);

const NOW = Date.parse('2030-01-01T00:00:00Z');
let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

it('reads 6,000 sessions in two pages of the needed columns, skipping and counting a hand-edited row', async () => {
  const db = emu.emulator.db;
  seedSessionHistory(db, { count: 6000, now: NOW });
  // A program manager typed a status the app does not know into one row.
  const row = db.prepare('SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id LIMIT 1 OFFSET 10').get(SESSIONS_LIST_ID) as { id: number; fields: string };
  db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?').run(JSON.stringify({ ...JSON.parse(row.fields), Status: 'maybe later' }), SESSIONS_LIST_ID, row.id);
  await emu.fetch('/_emulator/requests', { method: 'DELETE' });

  const { rows, pages } = await readInsightSessions(connectAs(emu, 'manager'), PROGRAM_SITE);
  expect(pages).toBe(2);
  const requests = ((await (await emu.fetch('/_emulator/requests')).json()) as { value: { path: string; query?: string }[] }).value;
  expect(requests.filter((r) => r.path.includes('/lists/Sessions/items'))).toHaveLength(2);

  const all = (db.prepare('SELECT fields FROM list_items WHERE list_id = ?').all(SESSIONS_LIST_ID) as { fields: string }[]).map((r) => JSON.parse(r.fields) as Record<string, unknown>);
  expect(rows).toHaveLength(all.length);
  const { sessions, skipped, skippedByField } = readableRows(rows);
  expect(skipped).toBe(1);
  expect(skippedByField).toEqual({ Status: 1 });
  // The numbers match a direct count of the list (the bad row left out).
  const direct = all.filter((f) => f.Status !== 'maybe later');
  const met = (rs: ReturnType<typeof resultsPerTopic>) => rs.reduce((n, r) => n + r.met, 0);
  expect(met(resultsPerTopic(sessions))).toBe(direct.filter((f) => f.Result === 'met').length);
  expect(sessions.filter((s) => s.status === 'cancelled')).toHaveLength(direct.filter((f) => f.Status === 'cancelled').length);
  // Goals and checklists never travel: the list answers with the dashboard's columns only.
  const token = await emu.token('manager');
  const first = (await (await fetch(`${emu.graphUrl}/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items?$select=id,createdDateTime&$expand=fields($select=${INSIGHT_COLUMNS.join(',')})&$top=1`, { headers: { authorization: `Bearer ${token}` } })).json()) as { value: { fields: Record<string, unknown> }[] };
  expect(Object.keys(first.value[0]!.fields).filter((k) => !k.startsWith('@'))).not.toContain('Goal');
  expect(Object.keys(first.value[0]!.fields)).not.toContain('Checklists');
});
