// Pilots in the program site's Pilots list: created once by their key (a retried POST or two clicks
// make one pilot), never written when checkPilot refuses them, edited with If-Match, and a row edited
// by hand into something unusable is reported with its column instead of breaking the list.
import { createPilot, listPilots, savePilot, type PilotsList } from '../../src/graph/pilot-store';
import type { Pilot } from '../../src/domain/pilot';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, noWait } from './gateway-harness';

jest.setTimeout(30000);

const NOW = Date.parse('2030-01-07T09:00:00Z');
const DAY = 86_400_000;
const PILOTS: PilotsList = { siteId: PROGRAM_SITE.siteId, list: 'Pilots' };
const DANIEL = '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02';
const PRIYA = '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01';
const SOFIA = '3c2f8c74-5e3f-4a9d-9d2c-7b4a0e9f8c03';

const pilot = (fields: Partial<Pilot> = {}): Pilot => ({ name: 'Finance pilot', from: NOW, to: NOW + 28 * DAY, people: [DANIEL, PRIYA], goal: { sessions: 20, metOrPartly: 0.7 }, ...fields });
const record = (key: string, p = pilot()) => ({ key, pilot: p, zone: 'Europe/Stockholm', startedById: SOFIA });

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

async function itemsWithKey(key: string): Promise<number> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Pilots/items?$expand=fields`, { user: 'manager' });
  const body = (await res.json()) as { value: { fields: { PilotKey?: string } }[] };
  return body.value.filter((i) => i.fields.PilotKey === key).length;
}

it('the demo organisation has one pilot of the program manager, over the last six weeks', async () => {
  const { pilots, unreadable } = await listPilots(connectAs(emu, 'manager'), PILOTS);
  expect(unreadable).toEqual([]);
  expect(pilots).toHaveLength(1);
  expect(pilots[0]!.pilot.name).toBe('Product & Design pilot');
  expect(pilots[0]!.pilot.people).toEqual(expect.arrayContaining([DANIEL, PRIYA]));
  expect(NOW - pilots[0]!.pilot.from).toBeGreaterThan(41 * DAY);
  expect(pilots[0]!.pilot.to).toBeGreaterThan(NOW);
});

it('a create whose answer was lost, retried, and a second click make one pilot', async () => {
  const graph = connectAs(emu, 'manager');
  await emu.faults([{ method: 'POST', path: '/lists/Pilots/items$', status: 503, times: 1, afterCommit: true }]);
  const first = await createPilot(graph, PILOTS, record('pilot-k1'), noWait);
  const [second, third] = await Promise.all([createPilot(graph, PILOTS, record('pilot-k1')), createPilot(graph, PILOTS, record('pilot-k1'))]);
  expect(second.itemId).toBe(first.itemId);
  expect(third.itemId).toBe(first.itemId);
  expect(await itemsWithKey('pilot-k1')).toBe(1);
  expect(first.pilot).toEqual(pilot());
});

it('refuses a pilot with errors at its field and writes nothing', async () => {
  const graph = connectAs(emu, 'manager');
  await expect(createPilot(graph, PILOTS, record('pilot-bad', pilot({ name: '  ' })))).rejects.toMatchObject({ code: 'invalid', field: 'name', message: 'Give the pilot a name.' });
  await expect(createPilot(graph, PILOTS, record('pilot-bad', pilot({ to: NOW - DAY })))).rejects.toMatchObject({ code: 'invalid', field: 'dates' });
  await expect(createPilot(graph, PILOTS, record('pilot-bad', pilot({ people: [DANIEL] })))).rejects.toMatchObject({ code: 'invalid', field: 'people' });
  await expect(createPilot(graph, PILOTS, record('pilot-bad', pilot({ goal: { sessions: 0, metOrPartly: 0.7 } })))).rejects.toMatchObject({ code: 'invalid', field: 'sessions' });
  await expect(createPilot(graph, PILOTS, record('pilot-bad', pilot({ goal: { sessions: 5, metOrPartly: 1.5 } })))).rejects.toMatchObject({ code: 'invalid', field: 'metOrPartly' });
  expect(await itemsWithKey('pilot-bad')).toBe(0);
});

it('edits with If-Match: a stale copy is refused, not written over', async () => {
  const graph = connectAs(emu, 'manager');
  const stored = await createPilot(graph, PILOTS, record('pilot-k2'));
  const saved = await savePilot(graph, PILOTS, stored, pilot({ goal: { sessions: 30, metOrPartly: 0.8 } }));
  expect(saved?.pilot.goal).toEqual({ sessions: 30, metOrPartly: 0.8 });
  expect(await savePilot(graph, PILOTS, stored, pilot({ name: 'Stale' }))).toBeUndefined();
  const { pilots } = await listPilots(graph, PILOTS);
  expect(pilots.find((p) => p.key === 'pilot-k2')!.pilot).toMatchObject({ name: 'Finance pilot', goal: { sessions: 30 } });
});

it('a row edited by hand is left out with its column; the others still read', async () => {
  const graph = connectAs(emu, 'manager');
  const stored = await createPilot(graph, PILOTS, record('pilot-k3'));
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Pilots/items/${stored.itemId}/fields`, {
    user: 'manager',
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ People: 'Daniel and Priya' }),
  });
  expect(res.status).toBe(200);
  const { pilots, unreadable } = await listPilots(graph, PILOTS);
  expect(unreadable).toEqual([{ itemId: stored.itemId, field: 'People' }]);
  expect(pilots.map((p) => p.pilot.name)).toEqual(['Product & Design pilot']);
});
