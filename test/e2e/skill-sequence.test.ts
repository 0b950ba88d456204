// Issue 13's acceptance for skill sequences, in the workbench against the emulator: a mentee books a
// 3-session sequence in the tab; the mentor adds an action in session 1's side panel; session 2's
// side panel shows it. My sessions lists the three together. Screens checked in each theme and at 320 px.
import type { Page } from 'playwright-core';
import { waitForValue, type Browser } from './browser';
import { GraphAs, type SessionItem } from './graph-api';
import { openMeeting, SIDE_PANEL_FRAME } from './meeting-flow';
import { checkScreen } from './screens';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';
import * as flow from './tab-flow';
import { QUESTION } from './tab-flow';

jest.setTimeout(300_000);

const OVERALL = 'Present to the board with confidence';
const GOAL_2 = 'Review my first draft of the board deck together';
const GOAL_3 = 'Rehearse the board presentation with your feedback';
const ACTION = 'Draft the storyline of the board deck';

let run: WorkbenchRun;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('skill-sequence');
  ({ browser, page, url } = run);
  page.setDefaultTimeout(30_000);
});

afterAll(() => run?.close());

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

const tab = () => flow.tabFrame(page);

function sequenceItems(items: SessionItem[]): SessionItem[] {
  return items.filter((i) => String(i.fields.Format).startsWith('sequence ')).sort((a, b) => String(a.fields.Format).localeCompare(String(b.fields.Format)));
}

describe('a skill sequence', () => {
  it("is booked as three sessions in the tab, and session 1's action shows in session 2's side panel", async () => {
    await flow.openTab(page, url, 'mentee');
    const card = await flow.findMentor(page, QUESTION);
    const start = await flow.pickSlot(page, await flow.openMentor(page, card));
    await flow.fillPreciseRequest(page);
    await tab().getByTestId('request-format-sequence').check();
    await tab().getByTestId('sequence-overall-goal').fill(OVERALL);
    await tab().getByTestId('sequence-goal-2').fill(GOAL_2);
    await tab().getByTestId('sequence-goal-3').fill(GOAL_3);
    const second = tab().getByTestId('sequence-start-2');
    await second.waitFor();
    const secondStart = Number(await second.inputValue());
    // Proposed 1–2 weeks after session 1.
    expect(secondStart - start).toBeGreaterThanOrEqual(6 * 86_400_000);
    expect(secondStart - start).toBeLessThanOrEqual(14 * 86_400_000);
    await tab().getByTestId('sequence-start-3').waitFor();
    await waitForValue(() => tab().getByTestId('book-button').isEnabled(), true);
    await expect(tab().getByTestId('book-button').textContent()).resolves.toMatch(/Book 3 sessions/);
    await checkScreen(page, flow.TAB_FRAME, 'sequence-request');

    await tab().getByTestId('book-button').click();
    await tab().getByTestId('booking-done').waitFor({ timeout: 120_000 });
    await expect(tab().getByTestId('sequence-session').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')))).resolves.toEqual(['booked', 'booked', 'booked']);
    await checkScreen(page, flow.TAB_FRAME, 'sequence-booked');

    const graph = await GraphAs.signIn(url, 'mentee');
    const items = sequenceItems(await graph.sessions());
    expect(items.map((i) => i.fields.Format)).toEqual(['sequence 1/3', 'sequence 2/3', 'sequence 3/3']);
    expect(items.map((i) => i.fields.Goal)).toEqual([flow.PRECISE_GOAL, GOAL_2, GOAL_3]);
    const keys = new Set(items.map((i) => (JSON.parse(String(i.fields.Sequence)) as { key: string }).key));
    expect(keys.size).toBe(1);
    const chats = items.map((i) => String(i.fields.ChatId));
    expect(new Set(chats).size).toBe(3);

    // My sessions: the three together under the overall goal.
    await flow.openTab(page, url, 'mentee', 'My sessions');
    const group = tab().getByTestId('sequence-group');
    await group.waitFor();
    await expect(group.textContent()).resolves.toContain(OVERALL);
    await expect(group.getByTestId('sequence-index').allTextContents()).resolves.toEqual(['1 of 3', '2 of 3', '3 of 3']);
    await checkScreen(page, flow.TAB_FRAME, 'my-sessions-sequence');

    // The mentor agrees an action in session 1's side panel.
    const one = await openMeeting(page, url, 'mentor', { meeting: chats[0] });
    await one.sidePanel.getByTestId('session-goal').waitFor();
    await one.sidePanel.getByTestId('action-text').fill(ACTION);
    await one.sidePanel.getByTestId('add-action').click();
    await waitForValue(async () => {
      const stored = sequenceItems(await graph.sessions())[0]!;
      return String(stored.fields.AgreedActions).includes(ACTION);
    }, true, 20_000);

    // The mentee opens session 2's side panel: the action is carried over, with its prep item.
    const two = await openMeeting(page, url, 'mentee', { meeting: chats[1] });
    await expect(two.sidePanel.getByTestId('sequence-badge').textContent()).resolves.toBe('Session 2 of 3');
    const carried = two.sidePanel.getByTestId('carried-actions');
    await carried.waitFor();
    await expect(carried.textContent()).resolves.toContain(ACTION);
    await two.sidePanel.locator('[data-item-id="mentee-carried-actions"]').waitFor();
    await checkScreen(page, SIDE_PANEL_FRAME, 'side-panel-sequence-2');
  });
});
