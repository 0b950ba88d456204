// A flash event's table in its Teams meeting: with round 1 running, the table mentor's side panel
// shows who sits at the table now with the topics they came for, the round clock and the rounds.
// The event is set up through the same gateway the tab uses (its screens have their own test).
import { planFlashEvent } from '../../src/domain/flash-plan';
import type { FlashParticipant } from '../../src/domain/flash-participants';
import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { createFlashEvent, inviteParticipants, readFlashEvent, saveFlashEvent } from '../../src/graph/flash-event-store';
import { publishFlashEvent } from '../../src/graph/flash-publish';
import { createGraphClient, type GraphConnection } from '../../src/graph/graph-client';
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
