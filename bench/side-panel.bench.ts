// How soon the meeting side panel is useful, and how soon one participant sees the other's change,
// in headless Chromium against the built workbench and its seeded demo meeting:
// - side-panel.first-render-ms: from the side panel frame's navigation to the session's goal on
//   screen (the panel's own clock, in the animation frame that paints it), mentee persona;
// - side-panel.sync-ms: from the mentee ticking a checklist item to the mentor's page showing it.
import type { Frame, Page } from 'playwright-core';
import { MENTEE_CHECKLIST } from '../src/domain/checklists';
import { median, type Report } from '../scripts/bench';
import { meetingUrl, secondPage, sidePanelFrame } from '../test/e2e/meeting-flow';
import { openBenchWorkbench } from './tab-workbench';

const WARM_UP = 1;
const RUNS = 5;
const SYNC_RUNS = 4;

/** Notes when the goal is painted in the side panel frame (a string: see tab.bench.ts). */
const MARK_GOAL = `(() => {
  if (!/\\/side-panel\\.html$/.test(location.pathname)) return;
  const marks = {};
  window.__benchMarks = marks;
  const observer = new MutationObserver(() => {
    if (marks.goal !== undefined || !document.querySelector('[data-testid="session-goal"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { marks.goal = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function sidePanel(page: Page): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => /\/side-panel\.html$/.test(new URL(f.url(), 'http://x').pathname));
    if (frame) return frame;
    await page.waitForTimeout(20);
  }
  throw new Error('The workbench did not load the side panel.');
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(meetingUrl(url, 'mentee', { surface: 'side-panel' }));
  const frame = await sidePanel(page);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const marks = await frame.evaluate(() => (window as unknown as { __benchMarks?: { goal?: number } }).__benchMarks).catch(() => undefined);
    if (marks?.goal !== undefined) return marks.goal;
    await page.waitForTimeout(25);
  }
  throw new Error('The side panel never showed the session goal within 30 s.');
}

export async function run(report: Report): Promise<void> {
  const bench = await openBenchWorkbench();
  try {
    const { page } = bench.browser;
    await page.addInitScript(MARK_GOAL);
    for (let i = 0; i < WARM_UP; i++) await firstRender(page, bench.url);
    const renders: number[] = [];
    for (let i = 0; i < RUNS; i++) renders.push(await firstRender(page, bench.url));
    console.error(`bench: side panel goal runs ${renders.map((r) => r.toFixed(0)).join(', ')} ms`);
    report({ name: 'side-panel.first-render-ms', value: median(renders), unit: 'ms', target: { max: 500 } });

    // Two pages in the same meeting: the mentee ticks, the mentor's panel shows it.
    const mentor = await secondPage(bench.browser);
    await Promise.all([
      page.goto(meetingUrl(bench.url, 'mentee', { surface: 'side-panel' })),
      mentor.goto(meetingUrl(bench.url, 'mentor', { surface: 'side-panel' })),
    ]);
    const menteePanel = sidePanelFrame(page);
    const mentorPanel = sidePanelFrame(mentor);
    await menteePanel.getByTestId('session-goal').waitFor({ timeout: 30_000 });
    await mentorPanel.getByTestId('session-goal').waitFor({ timeout: 30_000 });
    const syncs: number[] = [];
    for (let i = 0; i < SYNC_RUNS; i++) {
      const id = MENTEE_CHECKLIST[i % MENTEE_CHECKLIST.length]!.id;
      const selector = `[data-testid="checklist-item"][data-item-id="${id}"] input[type="checkbox"], input[data-testid="checklist-item"][data-item-id="${id}"]`;
      const mine = menteePanel.locator(selector).first();
      const theirs = mentorPanel.locator(selector).first();
      const want = !(await mine.isChecked());
      const started = Date.now();
      await (want ? mine.check() : mine.uncheck());
      const deadline = started + 20_000;
      while ((await theirs.isChecked()) !== want) {
        if (Date.now() > deadline) throw new Error('The mentor never saw the mentee tick within 20 s.');
        await mentor.waitForTimeout(25);
      }
      syncs.push(Date.now() - started);
    }
    console.error(`bench: side panel sync runs ${syncs.map((r) => r.toFixed(0)).join(', ')} ms`);
    report({ name: 'side-panel.sync-ms', value: median(syncs), unit: 'ms', target: { max: 5000 } });
    if (bench.browser.errors.length > 0) throw new Error(`The side panel failed while measured: ${bench.browser.errors.join('; ')}`);
  } finally {
    await bench.close();
  }
}
