// Inviting a group to a flash event: groups found by the start of their name (the emulator's: one per
// department and this month's new joiners), their people read page by page with an address each.
import type { User } from '@microsoft/microsoft-graph-types';
import { NEW_JOINERS_SIZE } from '../../emulator/routes/groups';
import { groupMembers, searchGroups } from '../../src/graph/groups';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { connectAs } from './gateway-harness';

jest.setTimeout(30000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
});
afterEach(() => emu.close());

it("finds this month's new joiners and a department, and reads their people", async () => {
  const graph = connectAs(emu, 'manager');
  const [joiners] = await searchGroups(graph, 'new');
  expect(joiners).toMatchObject({ displayName: 'New joiners this month' });
  const people = await groupMembers(graph, joiners!.id);
  expect(people).toHaveLength(NEW_JOINERS_SIZE);
  expect(people.every((p) => p.email.includes('@'))).toBe(true);

  const [marketing] = await searchGroups(graph, 'Marketing');
  const team = await groupMembers(graph, marketing!.id);
  const users = ((await (await emu.fetch("/v1.0/users?$filter=department eq 'Marketing'&$top=999", { user: 'manager' })).json()) as { value: User[] }).value;
  expect(team.map((p) => p.id).sort()).toEqual(users.map((u) => u.id!).sort());
});

it('says what is wrong with a search or a group id, and that a group is gone', async () => {
  const graph = connectAs(emu, 'manager');
  expect(await searchGroups(graph, '  ')).toEqual([]);
  await expect(searchGroups(graph, 'x'.repeat(61))).rejects.toMatchObject({ code: 'invalid' });
  await expect(groupMembers(graph, "x' or 1 eq 1")).rejects.toMatchObject({ code: 'invalid' });
  await expect(groupMembers(graph, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'not-found' });
});

