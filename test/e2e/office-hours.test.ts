// Office hours in the workbench against the emulator: the mentee claims a slot of the seeded sheet
// with a short precise request, and the meeting is then in the mentor's calendar in Microsoft 365
// (read over Graph); a second person finds the slot taken and joins its waitlist. Every screen is
// checked with axe in each theme and at 320 px, and photographed into test-results/screens/.
import type { FrameLocator, Page } from 'playwright-core';
import { waitForValue } from './browser';
import { GraphAs, PROGRAM_SITE_ID } from './graph-api';
import { checkScreen } from './screens';
import * as flow from './tab-flow';
import { DANIEL } from './tab-flow';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';

jest.setTimeout(240_000);

const GOAL = 'Could you check the first minute of my all-hands talk on the new pricing?';
const SUCCESS = 'An opening I can deliver without notes';

let run: WorkbenchRun;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('office-hours');
  ({ page, url } = run);
});

afterAll(async () => {
  await run?.close();
});

const tab = (): FrameLocator => flow.tabFrame(page);

interface ClaimItem {
  fields: { State: string; MenteeId: string; SlotStartUtc: string };
}

describe('Office hours', () => {
  it('a mentee claims a slot of the open sheet (the meeting is in Microsoft 365); a second person finds it taken and joins the waitlist', async () => {
    await flow.openTab(page, url, 'mentee', 'Office hours');
    const card = tab().getByTestId('sheet-card').filter({ hasText: `public speaking with ${DANIEL.name}` });
    await card.waitFor();
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-open');

    const firstSlot = card.getByTestId('slot-row').first();
    const start = Number(await firstSlot.getAttribute('data-start'));
    expect(start).toBeGreaterThan(Date.now());
    await firstSlot.getByRole('button', { name: /^Claim/ }).click();
    await tab().getByTestId('claim-goal').fill(GOAL);
    await tab().getByTestId('claim-success').fill(SUCCESS);
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-claim');
    await tab().getByTestId('claim-submit').click();
    await tab().getByTestId('claim-outcome').filter({ hasText: 'The slot is yours' }).waitFor({ timeout: 30_000 });
    await expect(card.getByTestId('slot-row').first().textContent()).resolves.toContain('Your slot');
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-booked');

    // Microsoft 365 holds the meeting with the mentor, and an office-hours session record.
    const mentor = await GraphAs.signIn(url, 'mentor');
    const meetings = (await mentor.eventsBetween(start, start + 60_000)).filter((e) => Date.parse(`${e.start.dateTime}Z`) === start);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.isOnlineMeeting).toBe(true);
    const sessions = (await mentor.sessions()).filter((s) => (s.fields as { Format?: string }).Format === 'office-hours');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.fields).toMatchObject({ Status: 'scheduled', Goal: GOAL });

    // The program manager, as a second mentee, finds the slot taken and joins its waitlist.
    await flow.openTab(page, url, 'manager', 'Office hours');
    const taken = card.locator(`[data-testid="slot-row"][data-start="${start}"]`);
    await expect(taken.textContent()).resolves.toContain('Taken');
    await taken.getByRole('button', { name: /^Join the waitlist/ }).click();
    await tab().getByTestId('claim-goal').fill(GOAL);
    await tab().getByTestId('claim-success').fill(SUCCESS);
    await tab().getByTestId('claim-submit').click();
    await tab().getByTestId('claim-outcome').filter({ hasText: 'Someone claimed this slot before you' }).waitFor({ timeout: 30_000 });
    await expect(taken.textContent()).resolves.toContain('On the waitlist, next in line');
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-waitlist');

    const claims = (await mentor.get<{ value: ClaimItem[] }>(`/sites/${PROGRAM_SITE_ID}/lists/SignupClaims/items?expand=fields&$top=100`)).value;
    const onSlot = claims.filter((c) => Date.parse(c.fields.SlotStartUtc) === start).map((c) => c.fields.State).sort();
    expect(onSlot).toEqual(['claimed', 'waiting']);
    expect((await mentor.eventsBetween(start, start + 60_000)).filter((e) => Date.parse(`${e.start.dateTime}Z`) === start)).toHaveLength(1);
    expect(run.browser.errors).toEqual([]);
  });

  it('the mentor sees who claimed and who waits, and posts a sheet of free times from his calendar', async () => {
    await flow.openTab(page, url, 'mentor', 'Office hours');
    await tab().getByRole('tab', { name: 'My sheets' }).click();
    const own = tab().getByTestId('mentor-sheet-card').filter({ hasText: 'public speaking' });
    await own.waitFor();
    await expect(own.textContent()).resolves.toContain('Priya Natarajan');
    await expect(own.textContent()).resolves.toContain('1 waiting');

    // A day with free times: the form lists only those (tomorrow may be a weekend).
    const dayInput = tab().getByTestId('post-day');
    const options = tab().getByRole('group', { name: 'Slots to offer' }).getByRole('checkbox');
    let found = false;
    for (let d = 1; d <= 7 && !found; d++) {
      const day = new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
      await dayInput.fill(day);
      await tab().getByText(/Nothing free that day|Free times in/).first().waitFor();
      await page.waitForTimeout(300);
      found = (await options.count()) > 0;
    }
    expect(found).toBe(true);
    await options.first().check();
    await tab().getByTestId('post-note').fill('Bring one question about a talk.');
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-post');
    await tab().getByTestId('post-submit').click();
    await waitForValue(() => tab().getByTestId('mentor-sheet-card').count(), 2, 20_000);
    await checkScreen(page, flow.TAB_FRAME, 'office-hours-mentor');
    expect(run.browser.errors).toEqual([]);
  });
});
