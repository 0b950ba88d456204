// How soon the Teams tab is useful, in headless Chromium against the built workbench, signed in as
// the mentee, with a 1,000-mentor programme: from the tab frame's navigation to the first mentor
// card on screen (tab.first-render-ms), and, with 100 ms added to every Graph request, to the first
// card's next free slot (tab.first-availability-ms). Times are the tab document's own clock
// (performance.now() from its navigation), taken in the animation frame that paints the element.
import type { Frame, Page } from 'playwright-core';
import { median, type Report } from '../scripts/bench';
import { openBenchWorkbench } from './tab-workbench';

const MENTORS = 1000;
const WARM_UP = 1;
const RUNS = 5;

interface Marks {
  firstCard?: number;
  firstSlot?: number;
}

/**
 * Runs in every frame before its scripts: notes when the first card, and its free slot, are painted.
 * A string, not a function: tsx keeps function names with helper calls the page does not have.
 */
const MARK_FIRST_CARD = `(() => {
  if (!/\\/tab\\.html$/.test(location.pathname)) return;
  const marks = {};
  window.__benchMarks = marks;
  const at = (key) => requestAnimationFrame(() => { if (marks[key] === undefined) marks[key] = performance.now(); });
  let seenCard = false;
  let seenSlot = false;
  const observer = new MutationObserver(() => {
    const card = document.querySelector('[data-testid="mentor-card"]');
    if (!card) return;
    if (!seenCard) { seenCard = true; at('firstCard'); }
    if (!seenSlot && card.querySelector('[data-testid="next-slot"]')) { seenSlot = true; at('firstSlot'); }
    if (seenCard && seenSlot) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function tabFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => /\/tab\.html$/.test(new URL(f.url(), 'http://x').pathname));
    if (frame) return frame;
    await page.waitForTimeout(20);
  }
  throw new Error('The workbench did not load the tab.');
}

/** One load of the workbench as the mentee: the mark `key` in the tab's clock (ms). */
async function measure(page: Page, url: string, key: keyof Marks): Promise<number> {
  await page.goto(`${url}?persona=mentee&surface=tab`);
  const frame = await tabFrame(page);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const marks = await frame.evaluate(() => (window as unknown as { __benchMarks?: Marks }).__benchMarks).catch(() => undefined);
    const value = marks?.[key];
    if (value !== undefined) return value;
    await page.waitForTimeout(25);
  }
  throw new Error(`The tab never showed ${key === 'firstCard' ? 'a mentor card' : "the first card's next free slot"} within 30 s.`);
}

async function medianOf(page: Page, url: string, key: keyof Marks): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await measure(page, url, key);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(page, url, key));
  console.error(`bench: ${key} runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms`);
  return median(runs);
}

export async function run(report: Report): Promise<void> {
  const bench = await openBenchWorkbench(MENTORS);
  try {
    const { page } = bench.browser;
    await page.addInitScript(MARK_FIRST_CARD);
    report({ name: 'tab.first-render-ms', value: await medianOf(page, bench.url, 'firstCard'), unit: 'ms', target: { max: 500 } });
    bench.emulator.setLatencyMs(100);
    report({ name: 'tab.first-availability-ms', value: await medianOf(page, bench.url, 'firstSlot'), unit: 'ms', target: { max: 600 } });
    if (bench.browser.errors.length > 0) throw new Error(`The tab failed while measured: ${bench.browser.errors.join('; ')}`);
  } finally {
    await bench.close();
  }
}
