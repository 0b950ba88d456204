// The Program tab in the workbench as the program manager (Sofia) against the emulator: the dashboard
// loads its own chunk, shows its charts and each chart's table view, the demo pilot with its progress,
// starts a new pilot (written once to the Pilots list), and is checked with axe in each theme and at
// 320 px. A mentee has no Program tab.
import type { FrameLocator, Page } from 'playwright-core';
import type { Browser } from './browser';
import { waitForText } from './browser';
import { GraphAs, PROGRAM_SITE_ID } from './graph-api';
import { checkScreen } from './screens';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';
import * as flow from './tab-flow';

jest.setTimeout(300_000);

let run: WorkbenchRun;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('dashboard');
  ({ browser, page, url } = run);
});

afterAll(() => run?.close());

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

const tab = (): FrameLocator => flow.tabFrame(page);
const SECTIONS = ['demand', 'weeks', 'results', 'load'] as const;

describe('Program dashboard (program manager)', () => {
  it('a mentee has no Program tab', async () => {
    await flow.openTab(page, url, 'mentee');
    await tab().getByRole('tab', { name: 'My sessions' }).waitFor();
    expect(await tab().getByRole('tab', { name: 'Program' }).count()).toBe(0);
  });

  it('shows the charts, each with its table view, and the demo pilot; axe-clean in each theme and at 320 px', async () => {
    await flow.openTab(page, url, 'manager', 'Program');
    await tab().getByTestId('dashboard').waitFor({ timeout: 60_000 });
    expect(Number(await tab().getByTestId('figure-sessions').textContent())).toBeGreaterThanOrEqual(0);
    for (const id of SECTIONS) {
      const section = tab().getByTestId(`section-${id}`);
      // A chart (an SVG of Fluent's charts) or, with nothing in the period, the table straight away.
      await section.locator(`[data-testid="chart-${id}"] svg, [data-testid="table-${id}"]`).first().waitFor();
    }
    const pilot = tab().locator('[data-testid="pilot-card"][data-pilot="demo-pilot-product-design"]');
    await waitForText(pilot, 'Product & Design pilot');
    await waitForText(pilot, 'of 20 sessions');
    await checkScreen(page, flow.TAB_FRAME, 'dashboard');

    for (const id of SECTIONS) {
      await tab().getByTestId(`table-toggle-${id}`).click();
      await tab().getByTestId(`table-${id}`).waitFor();
      expect(await tab().getByTestId(`table-${id}`).locator('thead th').count()).toBeGreaterThan(1);
    }
    await checkScreen(page, flow.TAB_FRAME, 'dashboard-tables');
  });

  it('the pilot filter narrows the numbers to the pilot', async () => {
    await flow.openTab(page, url, 'manager', 'Program');
    await tab().getByTestId('dashboard').waitFor({ timeout: 60_000 });
    await tab().getByTestId('filter-clear').click();
    const all = Number(await tab().getByTestId('figure-sessions').textContent());
    await tab().getByTestId('filter-pilot').selectOption('demo-pilot-product-design');
    const inPilot = Number(await tab().getByTestId('figure-sessions').textContent());
    expect(inPilot).toBeLessThanOrEqual(all);
    expect(await tab().getByTestId('pilot-card').count()).toBe(1);
  });

  it('starts a pilot with errors at its fields first, and writes it to the Pilots list once', async () => {
    await flow.openTab(page, url, 'manager', 'Program');
    await tab().getByTestId('dashboard').waitFor({ timeout: 60_000 });
    await tab().getByTestId('pilot-open-form').click();
    await tab().getByTestId('pilot-start').click();
    await waitForText(tab().getByTestId('pilot-form'), 'Give the pilot a name.');
    await waitForText(tab().getByTestId('pilot-people-error'), 'Add at least one mentor and one mentee.');
    await checkScreen(page, flow.TAB_FRAME, 'dashboard-pilot-form');

    await tab().getByTestId('pilot-name').fill('Sales onboarding pilot');
    await tab().getByRole('button', { name: 'Choose mentors from the Mentors list' }).click();
    await tab().getByRole('group', { name: 'People to invite as mentors' }).getByRole('checkbox').first().check();
    await tab().getByTestId('invite-mentors-send').click();
    await tab().getByTestId('mentee-search').fill('Priya');
    await tab().getByTestId('mentee-search').press('Enter');
    await tab().getByRole('group', { name: 'People to invite as mentees' }).getByRole('checkbox').first().check();
    await tab().getByTestId('invite-mentees-send').click();
    await tab().getByTestId('pilot-start').click();
    await tab().getByTestId('pilot-form').waitFor({ state: 'detached' });
    await waitForText(tab().getByTestId('section-pilots'), 'Sales onboarding pilot');

    const graph = await GraphAs.signIn(url, 'manager');
    const items = await graph.get<{ value: { fields: { Title: string; People: string; GoalSessions: number } }[] }>(`/sites/${encodeURIComponent(PROGRAM_SITE_ID)}/lists/Pilots/items?$expand=fields`);
    const mine = items.value.filter((i) => i.fields.Title === 'Sales onboarding pilot');
    expect(mine).toHaveLength(1);
    expect(JSON.parse(mine[0]!.fields.People)).toHaveLength(2);
    expect(mine[0]!.fields.GoalSessions).toBe(20);
  });
});
