// Every screen of a surface, checked the way the issue asks: axe-core finds no serious or critical
// violation in any Teams theme, nothing scrolls sideways at 320 px, and a screenshot of each theme
// (and of each theme at 320 px) lands in test-results/screens/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { waitForValue } from './browser';

export const SCREENS_DIR = path.join(__dirname, '..', '..', 'test-results', 'screens');
export const THEMES = ['default', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** The narrowest width a Teams tab must work at (the issue's "usable at 320 px wide"). */
export const NARROW_WIDTH = 320;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Problems found on one screen, readable in a test failure. */
export class ScreenProblems extends Error {}

/**
 * Checks the screen shown in the surface iframe `frameSelector` (e.g. '#surface-tab') in each theme
 * and at 320 px, and saves <name>-<theme>.png and <name>-<theme>-320.png. Throws one error listing
 * every serious/critical axe violation and every sideways overflow found, so a run shows them all.
 * Leaves the workbench in the default theme at the iframe's own width.
 */
export async function checkScreen(page: Page, frameSelector: string, name: string, options: { switchTheme?: (theme: Theme) => Promise<void> } = {}): Promise<void> {
  // The workbench's theme select by default; a page outside the workbench (the guide) says how.
  const switchTheme = options.switchTheme ?? ((theme: Theme) => setTheme(page, frameSelector, theme));
  mkdirSync(SCREENS_DIR, { recursive: true });
  // The same problem in several themes or widths is listed once, with where it was seen.
  const problems = new Map<string, string[]>();
  const note = (where: string, found: string[]) => found.forEach((p) => problems.set(p, [...(problems.get(p) ?? []), where]));
  try {
    for (const theme of THEMES) {
      await switchTheme(theme);
      await stillColours(page, frameSelector);
      note(theme, await axeProblems(page, frameSelector));
      await screenshot(page, frameSelector, path.join(SCREENS_DIR, `${name}-${theme}.png`));

      await setFrameWidth(page, frameSelector, NARROW_WIDTH);
      const overflow = await sidewaysOverflow(page, frameSelector);
      // Reflow can uncover what the wide layout hid (clipped labels, overlapping targets).
      note(`${theme} at ${NARROW_WIDTH} px`, [...(overflow ? [overflow] : []), ...(await axeProblems(page, frameSelector))]);
      await screenshot(page, frameSelector, path.join(SCREENS_DIR, `${name}-${theme}-${NARROW_WIDTH}.png`));
      await setFrameWidth(page, frameSelector, undefined);
    }
  } finally {
    await setFrameWidth(page, frameSelector, undefined).catch(() => undefined);
    await switchTheme('default').catch(() => undefined);
  }
  if (problems.size > 0) {
    const lines = [...problems].map(([problem, where]) => `- (${where.join(', ')}) ${problem}`);
    throw new ScreenProblems(`Screen "${name}" has ${problems.size} accessibility or layout problem(s):\n${lines.join('\n')}`);
  }
}

/** Switches the workbench's Teams theme and waits until the surface has applied it. */
export async function setTheme(page: Page, frameSelector: string, theme: Theme): Promise<void> {
  await page.selectOption('#theme-select', theme);
  const themed = page.frameLocator(frameSelector).locator('[data-theme]').first();
  await waitForValue(() => themed.getAttribute('data-theme', { timeout: 10_000 }), theme, 10_000).catch((error: Error) => {
    throw new Error(`The surface in ${frameSelector} did not switch to the ${theme} theme: ${error.message}.`);
  });
  await settle(page, frameSelector);
}

let axeSource: string | undefined;

/** The surface's own document (not the workbench page around it). */
async function surfaceFrame(page: Page, frameSelector: string): Promise<Frame> {
  const frame = await (await page.locator(frameSelector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No surface document in ${frameSelector}.`);
  return frame;
}

/**
 * Serious and critical axe violations inside the surface's document, one readable line per element.
 * axe-core is injected into the surface frame itself: AxeBuilder({ page }).include(frame) gives the
 * same answer but drives axe in all three workbench frames and takes about ten times as long.
 */
async function axeProblems(page: Page, frameSelector: string): Promise<string[]> {
  return axeProblemsIn(await surfaceFrame(page, frameSelector));
}

/**
 * The workbench page itself, its surface frames left out (each surface is checked on its own), at
 * every impact: a page around the surfaces has no reason for even a moderate one (landmarks, regions).
 */
export function workbenchPageAxeProblems(page: Page): Promise<string[]> {
  return axeProblemsIn(page.mainFrame(), { iframes: false, impacts: ['minor', 'moderate', 'serious', 'critical'] });
}

async function axeProblemsIn(frame: Frame, { iframes = true, impacts = ['serious', 'critical'] }: { iframes?: boolean; impacts?: string[] } = {}): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  const found = (await frame.evaluate(
    (inFrames) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { resultTypes: ['violations'], iframes: inFrames })
        .then((r) => r.violations),
    iframes,
  )) as AxeViolation[];
  const violations = found.filter((v) => impacts.includes(v.impact ?? ''));
  return violations.flatMap((v) =>
    v.nodes.filter((node) => !isTabsterDummy(v.id, node)).map((node) => {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' ') : String(t))).join(' » ');
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `[${v.impact}] ${v.id}: ${v.help} at ${target}\n    ${node.html.slice(0, 200)}\n    ${why} (${v.helpUrl})`;
    }),
  );
}

/**
 * Fluent's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> sentinels
 * around focus groups: they only hand focus on, and hiding them from screen readers is the point.
 * A known false positive of aria-hidden-focus (microsoft/tabster#288; Accessibility Insights skips
 * them too); only these nodes are skipped, the rule still fails on anything else.
 */
function isTabsterDummy(rule: string, node: AxeNode): boolean {
  return rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(node.html);
}

/** The widest element that sticks out past the surface's right edge, or undefined. */
async function sidewaysOverflow(page: Page, frameSelector: string): Promise<string | undefined> {
  return page
    .frameLocator(frameSelector)
    .locator('html')
    .evaluate((html) => {
      const width = html.clientWidth;
      if (html.scrollWidth <= width + 1) return undefined;
      // Name the element that overflows, so the failure says where to look.
      let worst: { el: Element; right: number } | undefined;
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const right = el.getBoundingClientRect().right;
        if (right > width + 1 && (!worst || right > worst.right)) worst = { el, right };
      }
      const label = worst
        ? `${worst.el.tagName.toLowerCase()}${worst.el.getAttribute('data-testid') ? `[data-testid=${worst.el.getAttribute('data-testid')}]` : ''}${worst.el.className && typeof worst.el.className === 'string' ? `.${worst.el.className.split(' ')[0]}` : ''} "${(worst.el.textContent ?? '').trim().slice(0, 60)}"`
        : 'the page';
      return `scrolls sideways: content is ${html.scrollWidth} px wide in a ${width} px surface (${label} reaches ${Math.round(worst?.right ?? html.scrollWidth)} px)`;
    });
}

/**
 * Gives the surface iframe a width (undefined: its own layout's), as a narrow Teams pane would,
 * and waits for the surface to lay out again.
 */
export async function setFrameWidth(page: Page, frameSelector: string, width: number | undefined): Promise<void> {
  await page.locator(frameSelector).evaluate((iframe: HTMLIFrameElement, w) => {
    iframe.style.width = w === null ? '' : `${w}px`;
    iframe.style.flex = w === null ? '' : 'none';
  }, width ?? null);
  if (width !== undefined) {
    const frame = page.frameLocator(frameSelector).locator('html');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await frame.evaluate(() => window.innerWidth)) !== width) await page.waitForTimeout(20);
  }
  await settle(page, frameSelector);
}

/** Screenshot of the whole surface document: the iframe grows to its content for the shot. */
async function screenshot(page: Page, frameSelector: string, file: string): Promise<void> {
  const iframe = page.locator(frameSelector);
  const contentHeight = await page
    .frameLocator(frameSelector)
    .locator('html')
    .evaluate((html) => Math.max(html.scrollHeight, document.body.scrollHeight));
  const previous = await iframe.evaluate((el: HTMLIFrameElement, h) => {
    const before = el.style.height;
    if (h > el.clientHeight) el.style.height = `${h}px`;
    return before;
  }, contentHeight);
  try {
    await settle(page, frameSelector);
    await iframe.screenshot({ path: file, animations: 'disabled' });
  } finally {
    await iframe.evaluate((el: HTMLIFrameElement, h) => {
      el.style.height = h;
    }, previous);
  }
}

/**
 * Fluent's buttons fade their colours on a theme change; on a loaded machine axe could read a colour
 * half way (the light theme's grey on the dark background). The checks are about the colours a person
 * sees once settled, so transitions and animations are switched off in the surface for them.
 */
async function stillColours(page: Page, frameSelector: string): Promise<void> {
  await (await surfaceFrame(page, frameSelector)).addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
}

/** Two animation frames in the surface, then a short pause for Fluent's colour transitions. */
async function settle(page: Page, frameSelector: string): Promise<void> {
  await page
    .frameLocator(frameSelector)
    .locator('html')
    .evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForTimeout(120);
}
