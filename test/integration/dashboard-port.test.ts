// The Program tab's read against the emulator, as the tab builds it for the program manager: every
// session (a hand-edited row counted by its column), each mentee's department from the directory,
// every active mentor with free slots from their calendar within two weeks of their cap, the demo
// pilot, and the flash events' verdicts; a throttled read is retried by the Graph client.
import type { DashboardProgress } from '../../src/ui/common/dashboard-ports';
import { seedSessionHistory } from '../../emulator/seed-session-history';
import { MENTORS_LIST_ID, SESSIONS_LIST_ID } from '../../emulator/seed-program-site';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { NOW, portsAs } from './tab-harness';

jest.setTimeout(60000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

it('reads the program as the numbers need it, matching a direct count', async () => {
  const db = emu.emulator.db;
  seedSessionHistory(db, { count: 400, now: NOW });
  const row = db.prepare('SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id LIMIT 1 OFFSET 5').get(SESSIONS_LIST_ID) as { id: number; fields: string };
  db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?').run(JSON.stringify({ ...JSON.parse(row.fields), Status: 'maybe later' }), SESSIONS_LIST_ID, row.id);
  // Microsoft 365 throttles the first read of the sessions: the Graph client waits and asks again.
  await emu.faults([{ method: 'GET', path: '/lists/Sessions/items', status: 429, times: 1 }]);

  const ports = await portsAs(emu, 'manager');
  expect(ports.viewer.isProgramManager).toBe(true);
  const steps: DashboardProgress['step'][] = [];
  const data = await ports.dashboard.load((p) => steps.push(p.step));
  expect(steps).toEqual(['sessions', 'people', 'searches', 'mentors', 'calendars', 'pilots', 'flash']);

  const listed = db.prepare('SELECT COUNT(*) AS n FROM list_items WHERE list_id = ?').get(SESSIONS_LIST_ID) as { n: number };
  expect(data.sessions.length + data.skipped).toBe(listed.n);
  expect(data.skippedByField).toEqual({ Status: 1 });
  const departments = new Map((db.prepare('SELECT id, department FROM users').all() as { id: string; department: string }[]).map((u) => [u.id, u.department]));
  for (const s of data.sessions) expect(s.menteeDepartment).toBe(departments.get(s.menteeId));

  const active = (db.prepare('SELECT fields FROM list_items WHERE list_id = ?').all(MENTORS_LIST_ID) as { fields: string }[]).map((r) => JSON.parse(r.fields) as { Active: boolean; CapacityPerWeek: number }).filter((f) => f.Active);
  expect(data.mentors).toHaveLength(active.length);
  expect(data.mentors.some((m) => m.freeSlotsTwoWeeks > 0)).toBe(true);
  for (const m of data.mentors) expect(m.freeSlotsTwoWeeks).toBeLessThanOrEqual((m.capacityPerWeek ?? Infinity) * 2);

  expect(data.pilots.map((p) => p.pilot.name)).toEqual(['Product & Design pilot']);
  // The demo flash event is Sofia's and nobody has rated a round yet.
  expect(data.flash).toEqual({ useful: 0, rated: 0 });
});

it('a pilot checkPilot refuses is not started; the refusal names the field', async () => {
  const ports = await portsAs(emu, 'manager');
  const result = await ports.dashboard.startPilot({ name: 'Pilot', from: NOW, to: NOW + 86_400_000, people: ['a'], goal: { sessions: 5, metOrPartly: 0.7 } }, 'pilot-x');
  expect(result).toEqual({ kind: 'invalid', field: 'people', message: 'Add at least one mentor and one mentee.' });
});
