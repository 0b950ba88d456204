// A flash event's table in its Teams meeting: with round 1 running, the table mentor's side panel
// shows who sits at the table now with the topics they came for, the round clock and the rounds.
// The event is set up through the same gateway the tab uses (its screens have their own test).
import { planFlashEvent } from '../../src/domain/flash-plan';
import type { FlashParticipant } from '../../src/domain/flash-participants';
import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { createFlashEvent, inviteParticipants, readFlashEvent, saveFlashEvent } from '../../src/graph/flash-event-store';
import { publishFlashEvent } from '../../src/graph/flash-publish';
import { createGraphClient, type GraphConnection } from '../../src/graph/graph-client';
import { readMailboxPlace } from '../../src/graph/mailbox-settings';
import { findMeetingChatId } from '../../src/graph/meeting-chat';
import { readProgramConfig } from '../../src/hosts/tab/program-config';
import { SIDE_PANEL_FRAME, sidePanelFrame } from './meeting-flow';
import { checkScreen } from './screens';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';

jest.setTimeout(180_000);

let run: WorkbenchRun;
beforeAll(async () => {
  run = await startWorkbenchRun('flash-table');
});
afterAll(() => run?.close());
afterEach(() => expect(run.browser.errors).toEqual([]));

const graphAs = (user: string): GraphConnection => createGraphClient({ baseUrl: new URL('v1.0', run.url).href, tokens: emulatorTokenSource({ origin: new URL(run.url).origin, user }) });

/** A published event of 12 mentees and 4 mentors over 3 rounds whose round 1 began `minutesAgo` ago, set up through the gateway. */
async function runningEvent(title: string, minutesAgo: number) {
  const program = readProgramConfig({});
  const lists = { siteId: program.siteId, eventsList: program.flashEventsList, participantsList: program.flashParticipantsList };
  const manager = graphAs('manager');
  const sofia = (await manager.client.api('/me').get()) as { id: string };
  const users = ((await manager.client.api('/users').select('id,displayName,mail').top(60).get()) as { value: { id: string; displayName: string; mail: string }[] }).value.filter((u) => u.id !== sofia.id).slice(0, 16);
  const topics = ['public speaking', 'negotiation', 'career pivot', 'data visualization'];
  const people: FlashParticipant[] = users.map((u, i) => ({ userId: u.id, name: u.displayName, email: u.mail, role: i < 4 ? 'mentor' : 'mentee', status: 'registered', topics: i < 4 ? [topics[i]!, topics[(i + 1) % 4]!] : [topics[i % 4]!], zone: 'Europe/London' }));
  const start = Date.now() - minutesAgo * 60_000;
  const record = { itemId: '', key: `flash-${start.toString(36)}`, organizerId: sofia.id, status: 'open' as const, title, start, zone: 'Europe/London', roundMinutes: 10 as const, rounds: 3, breakMinutes: 5, topics, registrationCloses: start - 60_000, meetings: {} };
  const stored = await createFlashEvent(manager, lists, record);
  await inviteParticipants(manager, lists, record.key, people);
  await saveFlashEvent(manager, lists, stored, { ...stored.event, plan: planFlashEvent(record, people, record.key), status: 'planned' });
  // In the program manager's language, as the tab publishes (the invitations' dates are written in it).
  await publishFlashEvent(manager, lists, stored.event.itemId, { locale: (await readMailboxPlace(manager)).locale });
  return { manager, lists, itemId: stored.event.itemId, people };
}

it('a mentee dropped during round 1 leaves round 1 as it was and changes only the later rounds and their tables', async () => {
  const title = 'Planning week: flash mentoring';
  const { manager, lists, itemId, people } = await runningEvent(title, 3);
  const before = (await readFlashEvent(manager, lists, itemId)).event;
  const plan = before.plan!;
  const bodies = async (meetings: typeof before.meetings) =>
    new Map(await Promise.all(Object.entries(meetings).map(async ([mentorId, m]) => [mentorId, ((await manager.client.api(`/me/events/${encodeURIComponent(m.eventId)}`).get()) as { body: { content: string } }).body.content] as const)));
  const bodiesBefore = await bodies(before.meetings);
  const dropped = plan.rounds[1]!.pairs[0]!.menteeId;
  const name = people.find((p) => p.userId === dropped)!.name;

  const { page } = run;
  await page.goto(new URL('?persona=manager&surface=tab', run.url).href);
  const tab = page.frameLocator('#surface-tab');
  await tab.getByRole('tab', { name: 'Events' }).click();
  await tab.getByRole('button', { name: new RegExp(title) }).click();
  await tab.getByRole('button', { name: `Take ${name} off the event` }).click();
  await tab.getByTestId('mentee-list').getByText('dropped').waitFor();
  await tab.getByTestId('plan-rounds').click();
  await tab.getByRole('button', { name: 'Plan the rounds again' }).waitFor();
  await tab.getByTestId('publish').click();
  const outcome = (await tab.getByTestId('publish-outcome').textContent({ timeout: 60_000 })) ?? '';

  const after = (await readFlashEvent(manager, lists, itemId)).event;
  const pairs = (round: number, p = after.plan!) => p.rounds[round - 1]!.pairs.map((x) => `${x.menteeId}|${x.mentorId}`).sort();
  expect(pairs(1)).toEqual(pairs(1, plan)); // the running round stays as it was, the dropped mentee included
  for (const round of [2, 3]) {
    expect(pairs(round).some((x) => x.startsWith(`${dropped}|`))).toBe(false);
    expect(pairs(round)).toEqual(pairs(round, plan).filter((x) => !x.startsWith(`${dropped}|`))); // everyone else keeps their seat
  }
  // Only the tables the dropped mentee would have visited later are sent again; the others are untouched.
  const later = new Set(plan.rounds.slice(1).flatMap((r) => r.pairs.filter((x) => x.menteeId === dropped).map((x) => x.mentorId)));
  const bodiesAfter = await bodies(after.meetings);
  const changed = [...bodiesAfter].filter(([mentorId, body]) => body !== bodiesBefore.get(mentorId)).map(([mentorId]) => mentorId);
  // (their round-1 table too: it keeps them for round 1, but their schedule in it loses the later rounds).
  const visited = new Set([...later, ...plan.rounds[0]!.pairs.filter((x) => x.menteeId === dropped).map((x) => x.mentorId)]);
  expect(changed.sort()).toEqual([...visited].sort());
  expect(changed.length).toBeLessThan(4);
  expect(outcome).toMatch(new RegExp(`^Published: 0 table meetings created, ${changed.length} updated with attendees and schedules\.$`));
});

it("shows the table mentor who is at the table now, with the topics they came for and the round's time left", async () => {
  const program = readProgramConfig({});
  const lists = { siteId: program.siteId, eventsList: program.flashEventsList, participantsList: program.flashParticipantsList };
  const manager = graphAs('manager');
  const me = async (user: string) => (await graphAs(user).client.api('/me').get()) as { id: string; displayName: string; mail: string };
  const [daniel, priya, sofia] = [await me('mentor'), await me('mentee'), await me('manager')];
  const people: FlashParticipant[] = [
    { userId: daniel.id, name: daniel.displayName, email: daniel.mail, role: 'mentor', status: 'registered', topics: ['public speaking', 'negotiation'], zone: 'Europe/London' },
    { userId: priya.id, name: priya.displayName, email: priya.mail, role: 'mentee', status: 'registered', topics: ['public speaking', 'career pivot'], zone: 'Europe/London' },
  ];
  // Round 1 began four minutes ago (the store takes the record as planned; the form checks starts ahead).
  const start = Date.now() - 4 * 60_000;
  const record = { itemId: '', key: `flash-table-${start.toString(36)}`, organizerId: sofia.id, status: 'open' as const, title: 'Onboarding week: flash mentoring', start, zone: 'Europe/London', roundMinutes: 10 as const, rounds: 1, breakMinutes: 5, topics: ['public speaking', 'negotiation', 'career pivot'], registrationCloses: start - 60_000, meetings: {} };
  const stored = await createFlashEvent(manager, lists, record);
  await inviteParticipants(manager, lists, record.key, people);
  await saveFlashEvent(manager, lists, stored, { ...stored.event, plan: planFlashEvent(record, people, record.key), status: 'planned' });
  await publishFlashEvent(manager, lists, stored.event.itemId);
  const { event } = await readFlashEvent(manager, lists, stored.event.itemId);
  const chatId = await findMeetingChatId(manager, event.meetings[daniel.id]!.joinUrl);

  const { page } = run;
  await page.goto(new URL(`?persona=mentor&meeting=${encodeURIComponent(chatId)}&surface=side-panel`, run.url).href);
  const panel = sidePanelFrame(page);
  const table = panel.getByTestId('flash-table');
  await table.waitFor();
  await expect(table.getAttribute('data-phase')).resolves.toBe('running');
  await expect(panel.getByTestId('flash-clock').textContent()).resolves.toMatch(/^Round 1 of 1 · time left[56]:\d\d$/);
  const now = panel.getByTestId('flash-now');
  await expect(now.textContent()).resolves.toContain('Priya Natarajan');
  await expect(now.textContent()).resolves.toContain('public speaking');
  await checkScreen(page, SIDE_PANEL_FRAME, 'flash-table-side-panel');
});
