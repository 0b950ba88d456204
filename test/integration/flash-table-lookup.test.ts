// A flash event's table meeting, found from its join URL by whoever opens the side panel in it: the
// table's mentor, a mentee who visits it, and the program manager who organised the event; anyone
// else, or a meeting that is not a table, finds nothing.
import type { User } from '@microsoft/microsoft-graph-types';
import type { FlashParticipant } from '../../src/domain/flash-participants';
import { planFlashEvent } from '../../src/domain/flash-plan';
import type { FlashEventRecord } from '../../src/domain/flash-record';
import { createFlashEvent, inviteParticipants, readFlashEvent, saveFlashEvent, type FlashLists } from '../../src/graph/flash-event-store';
import { findFlashTable } from '../../src/graph/flash-table-lookup';
import { publishFlashEvent } from '../../src/graph/flash-publish';
import type { HostContext } from '../../src/domain/host-context';
import { readMe } from '../../src/graph/me';
import { findMeetingChatId } from '../../src/graph/meeting-chat';
import { createSessionPanelPorts } from '../../src/hosts/side-panel/session-panel-ports';
import { readProgramConfig } from '../../src/hosts/tab/program-config';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, noWait } from './gateway-harness';

jest.setTimeout(60000);

const NOW = Date.parse('2030-01-01T00:00:00Z');
const LISTS: FlashLists = { siteId: PROGRAM_SITE.siteId, eventsList: 'FlashEvents', participantsList: 'FlashParticipants' };
const TOPICS = ['public speaking', 'negotiation'];

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

const meOf = async (persona: string) => (await (await emu.fetch('/v1.0/me', { user: persona })).json()) as User;
const idOf = async (persona: string) => (await meOf(persona)).id!;

it("finds the table for its mentor, a visiting mentee and the organiser, and nothing for others", async () => {
  const manager = connectAs(emu, 'manager');
  const users = ((await (await emu.fetch('/v1.0/users?$top=30&$select=id,displayName,mail,userPrincipalName', { user: 'manager' })).json()) as { value: User[] }).value;
  const [mentor, mentee, managerUser] = [await meOf('mentor'), await meOf('mentee'), await meOf('manager')];
  const others = users.filter((u) => ![mentor.id, mentee.id, managerUser.id].includes(u.id)).slice(0, 3);
  const person = (u: User, role: 'mentor' | 'mentee', topics: string[]): FlashParticipant => ({ userId: u.id!, name: u.displayName!, email: u.mail ?? u.userPrincipalName!, role, status: 'registered', topics, zone: 'Europe/London' });
  const people = [person(mentor, 'mentor', TOPICS), person(others[0]!, 'mentor', ['negotiation']), person(mentee, 'mentee', ['public speaking']), person(others[1]!, 'mentee', ['negotiation'])];
  const start = Date.parse('2030-01-15T13:00:00Z');
  const record: FlashEventRecord = {
    itemId: '', key: 'flash-lookup-1', organizerId: await idOf('manager'), status: 'open', title: 'Lunch & learn <flash>', start, zone: 'Europe/London',
    roundMinutes: 10, rounds: 2, breakMinutes: 5, topics: TOPICS, registrationCloses: start - 86_400_000, meetings: {},
  };
  const stored = await createFlashEvent(manager, LISTS, record);
  await inviteParticipants(manager, LISTS, record.key, people);
  await saveFlashEvent(manager, LISTS, stored, { ...stored.event, plan: planFlashEvent(record, people, record.key), status: 'planned' });
  await publishFlashEvent(manager, LISTS, stored.event.itemId, { wait: noWait });
  const { event } = await readFlashEvent(manager, LISTS, stored.event.itemId);
  const joinUrl = event.meetings[mentor.id!]!.joinUrl;

  const asMentor = await findFlashTable(connectAs(emu, 'mentor'), LISTS, mentor.id!, joinUrl);
  expect(asMentor?.organizer).toBe(false);
  expect(asMentor?.table).toMatchObject({ eventTitle: 'Lunch & learn <flash>', mentor: { userId: mentor.id, name: mentor.displayName } });
  expect(asMentor!.table.rounds.flatMap((r) => r.visitors.map((v) => v.userId)).sort()).toEqual([mentee.id!, others[1]!.id!].sort());
  expect((await findFlashTable(connectAs(emu, 'mentee'), LISTS, mentee.id!, joinUrl))?.table.mentor.userId).toBe(mentor.id);
  expect((await findFlashTable(manager, LISTS, record.organizerId, joinUrl))?.organizer).toBe(true);
  // Someone not in the event, and a meeting that is no table of it.
  expect(await findFlashTable(connectAs(emu, 'mentee'), LISTS, others[2]!.id!, joinUrl)).toBeUndefined();
  expect(await findFlashTable(connectAs(emu, 'mentor'), LISTS, mentor.id!, 'https://teams.microsoft.com/l/meetup-join/other')).toBeUndefined();

  // The side panel opened in that table's meeting shows the table, not "not a session".
  const chatId = await findMeetingChatId(manager, joinUrl);
  const graph = connectAs(emu, 'mentor');
  const context: HostContext = { host: 'teams', surface: 'side-panel', frame: 'sidePanel', user: { id: mentor.id!, displayName: 'mentor', userPrincipalName: '' }, theme: 'default', chatId };
  const ports = await createSessionPanelPorts({ graph, me: readMe(graph) }, context, { layout: 'side-panel', program: readProgramConfig({}), wait: noWait });
  const lookup = await ports.sessions.find();
  expect(lookup).toMatchObject({ kind: 'flash-table', organizer: false, table: { mentor: { userId: mentor.id } } });
});
