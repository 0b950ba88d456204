// Issue 11's acceptance, in the workbench against the emulator: the mentee and the mentor sit in
// the seeded demo meeting, each in their own page, and run one session together in the side panel.
// What each screen shows is checked on the other page and against what Microsoft 365 (the emulator,
// read over Graph) really holds. Each test starts from a freshly seeded organisation.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page, Route } from 'playwright-core';
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from '../../src/domain/checklists';
import { launchBrowser, waitForValue, type Browser } from './browser';
import { GraphAs, PROGRAM_SITE_ID, messageText, type SessionItem } from './graph-api';
import { ATTACH_MEETING, CHAT_TAB_FRAME, DEMO_MEETING, SIDE_PANEL_FRAME, STAGE_FRAME, openBothSides, openMeeting, sidePanelFrame, waitForStage } from './meeting-flow';
import { checkScreen } from './screens';

jest.setTimeout(420_000);

const DIST = path.join(__dirname, '..', '..', 'dist');
const ACTION = 'Cut the deck to ten slides and send it to Daniel by Friday';
/** The panel polls every 2 s; the issue allows 5 s for the other side to see a change. */
const SYNC_MS = 5_000;

let browser: Browser;
let server: Server;
let url: string;
let dbDir: string;
let extraPages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  dbDir = mkdtempSync(path.join(tmpdir(), 'side-panel-'));
  const { startWorkbench } = await import('../../workbench/server');
  ({ server, url } = await startWorkbench({ port: 0, distDir: DIST, dbPath: path.join(dbDir, 'graph.sqlite') }));
  browser.errors.length = 0;
});

afterEach(async () => {
  for (const p of extraPages) await p.close().catch(() => undefined);
  extraPages = [];
  await browser.page.unrouteAll({ behavior: 'ignoreErrors' });
  await browser.page.goto('about:blank');
  await fetch(new URL('/_emulator/faults', url), { method: 'DELETE' }).catch(() => undefined);
  await new Promise((resolve) => server.close(resolve));
  rmSync(dbDir, { recursive: true, force: true });
  expect(browser.errors).toEqual([]);
});

async function bothSides() {
  const sides = await openBothSides(browser, url);
  extraPages.push(sides.mentor);
  sides.mentor.setDefaultTimeout(20_000);
  await sides.menteePanel.getByTestId('session-goal').waitFor();
  await sides.mentorPanel.getByTestId('session-goal').waitFor();
  return sides;
}

const item = (panel: FrameLocator, id: string) => panel.locator(`[data-testid="checklist-item"][data-item-id="${id}"] input[type="checkbox"], input[data-testid="checklist-item"][data-item-id="${id}"]`).first();

async function isChecked(panel: FrameLocator, id: string): Promise<boolean> {
  return item(panel, id).isChecked();
}

async function waitChecked(panel: FrameLocator, id: string, expected = true): Promise<void> {
  await waitForValue(() => isChecked(panel, id), expected, SYNC_MS);
}

async function timer(panel: FrameLocator): Promise<{ phase: string; remaining: number }> {
  const box = panel.getByTestId('time-box');
  const [phase, remaining] = await Promise.all([box.getAttribute('data-phase'), box.getAttribute('data-remaining-ms')]);
  return { phase: phase ?? '', remaining: Number(remaining) };
}

async function demoSession(graph: GraphAs): Promise<SessionItem> {
  const found = (await graph.sessions()).find((s) => s.fields.ChatId === DEMO_MEETING.chatId);
  if (!found) throw new Error('The demo session is not in the Sessions list');
  return found;
}

async function addFaults(rules: unknown[]): Promise<void> {
  const res = await fetch(new URL('/_emulator/faults', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules) });
  if (res.status !== 201) throw new Error(`The emulator refused the fault rules: ${res.status} ${await res.text()}`);
}

/** Messages in the demo meeting's chat that carry the summary (with the agreed action). */
async function summaries(graph: GraphAs): Promise<{ messages: number; pins: number }> {
  const messages = (await graph.chatMessages(DEMO_MEETING.chatId)).filter((m) => messageText(m).includes(ACTION));
  const pins = (await graph.pinnedMessages(DEMO_MEETING.chatId)).filter((p) => p.message && messageText(p.message).includes(ACTION));
  return { messages: messages.length, pins: pins.length };
}

async function addAction(panel: FrameLocator, text: string): Promise<void> {
  await panel.getByTestId('action-text').fill(text);
  await panel.getByTestId('add-action').click();
}

describe('meeting side panel, mentee and mentor in the same meeting', () => {
  it('shares ticks, the time box, actions, one pinned summary, the result and one thank-you mail', async () => {
    const { mentee, mentor, menteePanel, mentorPanel } = await bothSides();
    await checkScreen(mentee, SIDE_PANEL_FRAME, 'side-panel-before');

    // Ticks on one side are seen on the other, and each side may tick only its own list.
    const menteeItem = MENTEE_CHECKLIST[0]!.id;
    const mentorItem = MENTOR_CHECKLIST[0]!.id;
    await item(menteePanel, menteeItem).check();
    await item(mentorPanel, mentorItem).check();
    await waitChecked(mentorPanel, menteeItem);
    await waitChecked(menteePanel, mentorItem);
    await expect(item(mentorPanel, menteeItem).isDisabled()).resolves.toBe(true);

    // The time box started by the mentee runs the same on both sides.
    await menteePanel.getByTestId('start-time-box').click();
    await waitForValue(async () => (await timer(mentorPanel)).phase !== '' && (await mentorPanel.getByTestId('start-time-box').count()) === 0, true, SYNC_MS);
    const [a, b] = await Promise.all([timer(menteePanel), timer(mentorPanel)]);
    expect(b.phase).toBe(a.phase);
    // What each shows, to the second, is within a second of the other.
    expect(Math.abs(Math.floor(a.remaining / 1000) - Math.floor(b.remaining / 1000))).toBeLessThanOrEqual(1);
    await checkScreen(mentee, SIDE_PANEL_FRAME, 'side-panel-running');

    // Shared to the stage, the phase and the time left show on the stage for both.
    await menteePanel.getByTestId('share-to-stage').click();
    const stages = [await waitForStage(mentee), await waitForStage(mentor)];
    for (const stage of stages) {
      const [onStage, inPanel] = await Promise.all([timer(stage), timer(menteePanel)]);
      expect(onStage.phase).toBe(inPanel.phase);
      expect(Math.abs(Math.floor(onStage.remaining / 1000) - Math.floor(inPanel.remaining / 1000))).toBeLessThanOrEqual(1);
    }
    await checkScreen(mentee, STAGE_FRAME, 'meeting-stage');

    // An action the mentor adds reaches the mentee.
    await addAction(mentorPanel, ACTION);
    await waitForValue(async () => (await menteePanel.getByTestId('agreed-action').allTextContents()).some((t) => t.includes(ACTION)), true, SYNC_MS);

    // Both click "Pin the summary" at once: one message, one pin.
    await Promise.all([menteePanel.getByTestId('pin-summary').click(), mentorPanel.getByTestId('pin-summary').click()]);
    await waitForValue(() => menteePanel.getByTestId('pin-summary').getAttribute('data-status'), 'done', 30_000);
    await waitForValue(() => mentorPanel.getByTestId('pin-summary').getAttribute('data-status'), 'done', 30_000);
    const graph = await GraphAs.signIn(url, 'mentee');
    await expect(summaries(graph)).resolves.toEqual({ messages: 1, pins: 1 });

    // The session ends; the mentee records the result and thanks the mentor.
    await menteePanel.getByTestId('end-time-box').click();
    await menteePanel.locator('[data-testid="session-result"][value="met"], [data-testid="session-result"] input[value="met"]').first().check();
    const body = menteePanel.getByTestId('thank-you-body');
    await expect(body.inputValue()).resolves.toMatch(/\S/);
    await menteePanel.getByTestId('send-thank-you').click();
    await menteePanel.getByTestId('thank-you-sent').waitFor();
    await checkScreen(mentee, SIDE_PANEL_FRAME, 'side-panel-closed');

    const mentorGraph = await GraphAs.signIn(url, 'mentor');
    const inbox = (await mentorGraph.get<{ value: { subject: string }[] }>('/me/messages?$top=50')).value;
    expect(inbox.filter((m) => /thank/i.test(m.subject))).toHaveLength(1);
    await waitForValue(async () => (await demoSession(graph)).fields.Status, 'completed', SYNC_MS);
    const stored = await demoSession(graph);
    expect(stored.fields.Result).toBe('met');
    expect(stored.fields.ThankYouSent).toBe(true);
  });

  it('keeps both ticks when both save at the same moment (the second save meets a 412)', async () => {
    const { mentee, mentor, menteePanel, mentorPanel } = await bothSides();
    // Hold each side's first save until both are on their way, so both are made against the same version.
    let held: Route[] = [];
    const both = new Promise<void>((resolve) => {
      const hold = async (route: Route) => {
        if (route.request().method() !== 'PATCH' || held.length >= 2) return route.continue();
        held.push(route);
        if (held.length === 2) resolve();
      };
      void mentee.route(/\/lists\/Sessions\/items\//, hold);
      void mentor.route(/\/lists\/Sessions\/items\//, hold);
    });
    const menteeItem = MENTEE_CHECKLIST[1]!.id;
    const mentorItem = MENTOR_CHECKLIST[1]!.id;
    await item(menteePanel, menteeItem).check();
    await item(mentorPanel, mentorItem).check();
    await both;
    const released = held;
    held = [{} as Route, {} as Route]; // later saves go straight through
    await Promise.all(released.map((r) => r.continue()));

    await waitChecked(menteePanel, mentorItem);
    await waitChecked(mentorPanel, menteeItem);
    await expect(isChecked(menteePanel, menteeItem)).resolves.toBe(true);
    await expect(isChecked(mentorPanel, mentorItem)).resolves.toBe(true);
    const graph = await GraphAs.signIn(url, 'mentee');
    const checklists = JSON.parse(String((await demoSession(graph)).fields.Checklists)) as { items: Record<string, { done: boolean }> };
    expect(checklists.items[menteeItem]?.done).toBe(true);
    expect(checklists.items[mentorItem]?.done).toBe(true);
  });

  it('a lost answer while pinning the summary, then Retry, leaves one message', async () => {
    const { mentee, mentorPanel, menteePanel } = await bothSides();
    await addAction(mentorPanel, ACTION);
    await waitForValue(async () => (await menteePanel.getByTestId('agreed-action').allTextContents()).some((t) => t.includes(ACTION)), true, SYNC_MS);
    // The chat takes the message, then the answer is lost, and the chat cannot be read to find out
    // (the panel looks for its message before posting again): the pin fails and offers Retry.
    await addFaults([
      { method: 'POST', path: '/chats/[^/]+/messages$', status: 503, retryAfterSeconds: 0, times: 50, afterCommit: true },
      { method: 'GET', path: '/chats/[^/]+/messages', status: 503, retryAfterSeconds: 0, times: 500 },
    ]);
    await menteePanel.getByTestId('pin-summary').click();
    await menteePanel.getByTestId('pin-retry').waitFor({ timeout: 60_000 });
    await expect(menteePanel.getByTestId('pin-summary').getAttribute('data-status')).resolves.toBe('failed');
    await checkScreen(mentee, SIDE_PANEL_FRAME, 'side-panel-pin-failed');
    await fetch(new URL('/_emulator/faults', url), { method: 'DELETE' });
    await menteePanel.getByTestId('pin-retry').click();
    await waitForValue(() => menteePanel.getByTestId('pin-summary').getAttribute('data-status'), 'done', 30_000);
    await expect(summaries(await GraphAs.signIn(url, 'mentee'))).resolves.toEqual({ messages: 1, pins: 1 });
  });

  it('the mentor suggests a follow-up; the mentee books it from the panel in the Teams tab, the request prefilled', async () => {
    const { mentee, menteePanel, mentorPanel } = await bothSides();
    await addAction(mentorPanel, ACTION);
    await waitForValue(async () => (await menteePanel.getByTestId('agreed-action').allTextContents()).some((t) => t.includes(ACTION)), true, SYNC_MS);
    await menteePanel.getByTestId('start-time-box').click();
    await menteePanel.getByTestId('end-time-box').click();

    await mentorPanel.getByTestId('suggest-follow-up').click({ timeout: SYNC_MS });
    await mentorPanel.getByTestId('follow-up-suggested').waitFor();
    await expect(menteePanel.getByTestId('follow-up-suggestion').textContent({ timeout: SYNC_MS })).resolves.toMatch(/suggests a follow-up session/);
    await menteePanel.getByTestId('book-next').click();

    // Teams (the workbench) opens the app's tab with the prefill; the mentee picks a time and finds the request filled in.
    const tab = mentee.frameLocator('#surface-tab');
    await tab.getByTestId('follow-up-booking').waitFor();
    await tab.getByTestId('slot-option').first().click();
    const graph = await GraphAs.signIn(url, 'mentee');
    const goal = String((await demoSession(graph)).fields.Goal);
    await expect(tab.locator('input[data-testid="request-goal"], [data-testid="request-goal"] input').first().inputValue()).resolves.toBe(goal);
    await expect(tab.locator('textarea[data-testid="request-context"], [data-testid="request-context"] textarea').first().inputValue()).resolves.toContain(ACTION);
  });
});

describe('meeting side panel, other meetings and bad records', () => {
  it("lays the session out in two columns in the meeting's chat tab", async () => {
    const { chatTab } = await openMeeting(browser.page, url, 'mentee', { surface: 'chat-tab' });
    await chatTab.getByTestId('session-goal').waitFor();
    await expect(chatTab.getByTestId('session-panel').getAttribute('data-layout')).resolves.toBe('chat-tab');
    await checkScreen(browser.page, CHAT_TAB_FRAME, 'meeting-chat-tab');
  });

  it('offers to attach a session in a meeting that holds none, then shows it', async () => {
    const { sidePanel } = await openMeeting(browser.page, url, 'mentor', { meeting: ATTACH_MEETING.chatId });
    await sidePanel.getByTestId('not-a-session').waitFor();
    await checkScreen(browser.page, SIDE_PANEL_FRAME, 'side-panel-not-a-session');
    await sidePanel.getByTestId('attach-choice').first().click();
    await sidePanel.getByTestId('session-goal').waitFor();
    const graph = await GraphAs.signIn(url, 'mentor');
    const attached = (await graph.sessions()).filter((s) => s.fields.ChatId === ATTACH_MEETING.chatId);
    expect(attached).toHaveLength(1);
  });

  it('names the field of a session record edited by hand into a bad state', async () => {
    const graph = await GraphAs.signIn(url, 'mentee');
    const stored = await demoSession(graph);
    // A program manager typed 50 into "Time box (minutes)" in Microsoft Lists: the app offers 30, 45 or 60.
    await graph.call('PATCH', `/sites/${PROGRAM_SITE_ID}/lists/Sessions/items/${stored.id}/fields`, { TimeBoxMinutes: 50 });
    await openMeeting(browser.page, url, 'mentee');
    const panel = sidePanelFrame(browser.page);
    await panel.getByTestId('session-unusable').waitFor();
    await expect(panel.getByTestId('session-unusable').textContent()).resolves.toMatch(/time box/i);
    await checkScreen(browser.page, SIDE_PANEL_FRAME, 'side-panel-unusable');
  });
});
