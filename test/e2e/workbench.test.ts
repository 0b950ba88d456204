// The workbench hosts each surface the way Teams and Outlook do: every persona sees their own name
// in every surface, and every surface follows a theme switch live.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Emulator } from '../../emulator/emulator';
import { ROLE_LABELS, type PersonaRole } from '../../workbench/src/personas';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForText, waitForValue, type Browser } from './browser';

const RESULTS = path.join(__dirname, '..', '..', 'test-results');
const SURFACES = [
  { frame: '#surface-tab', name: 'tab' },
  { frame: '#surface-side-panel', name: 'side-panel' },
  { frame: '#surface-outlook', name: 'outlook' },
] as const;

jest.setTimeout(60000);

let server: Server;
let emulator: Emulator;
let url: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'workbench-graph-')), 'graph.sqlite');
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: path.join(__dirname, '..', '..', 'dist'), dbPath }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

/** The luminance of an element's computed background, 0 (black) to 1 (white). */
function backgroundLuminance(frameSelector: string) {
  return browser.page
    .frameLocator(frameSelector)
    .locator('[data-theme]')
    .evaluate((el) => {
      const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      return (0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255)) / 255;
    });
}

describe('workbench', () => {
  for (const role of Object.keys(ROLE_LABELS) as PersonaRole[]) {
    it(`shows the ${ROLE_LABELS[role]} signed in on every surface`, async () => {
      const persona = emulator.personas().find((p) => p.role === role)!;
      const { page } = browser;
      await page.goto(url);
      await page.selectOption('#persona-select', persona.role);
      for (const surface of SURFACES) {
        await waitForText(page.frameLocator(surface.frame).getByTestId('signed-in-user'), `Signed in as ${persona.displayName}`);
      }
      // Each surface signs in to (emulated) Microsoft 365 as the same person after first paint.
      for (const surface of SURFACES) {
        await waitForText(page.frameLocator(surface.frame).getByTestId('graph-status'), `Connected to Microsoft 365 as ${persona.displayName}`);
      }
      // The side panel runs in a meeting: Teams gave it the meeting chat.
      await waitForText(page.frameLocator('#surface-side-panel').locator('header').first(), 'meeting chat connected');
      await page.screenshot({ path: path.join(RESULTS, `workbench-${persona.role}.png`), fullPage: true });
    });
  }

  it('switches every surface to the dark theme without reloading it', async () => {
    const { page } = browser;
    await page.goto(`${url}?persona=mentor`);
    for (const surface of SURFACES) {
      await waitForText(page.frameLocator(surface.frame).getByTestId('signed-in-user'), 'Daniel Okafor');
      expect(await backgroundLuminance(surface.frame)).toBeGreaterThan(0.8);
      // A marker that a reload would wipe out.
      await page.frameLocator(surface.frame).locator('body').evaluate((body) => body.setAttribute('data-before-switch', 'yes'));
    }
    await page.selectOption('#theme-select', 'dark');
    for (const surface of SURFACES) {
      const themed = page.frameLocator(surface.frame).locator('[data-theme]');
      await waitForValue(() => themed.getAttribute('data-theme'), 'dark');
      expect(await backgroundLuminance(surface.frame)).toBeLessThan(0.3);
      expect(await page.frameLocator(surface.frame).locator('body').getAttribute('data-before-switch')).toBe('yes');
      await page.frameLocator(surface.frame).locator('body').screenshot({ path: path.join(RESULTS, `${surface.name}-dark.png`) });
    }
    await page.selectOption('#theme-select', 'contrast');
    for (const surface of SURFACES) {
      await waitForValue(() => page.frameLocator(surface.frame).locator('[data-theme]').getAttribute('data-theme'), 'contrast');
    }
    await page.screenshot({ path: path.join(RESULTS, 'workbench-contrast.png'), fullPage: true });
  });

  it('explains a failed sign-in with a way forward, and signs in on "Sign in"', async () => {
    const { page, context } = browser;
    let refuse = true;
    await context.route('**/_emulator/token', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
    try {
      await page.goto(`${url}?persona=mentee`);
      const tab = page.frameLocator('#surface-tab');
      await waitForText(tab.getByTestId('sign-in-problem'), 'Cannot reach Microsoft 365');
      await waitForText(tab.getByTestId('sign-in-problem'), 'Is npm start still running?');
      await page.frameLocator('#surface-tab').locator('body').screenshot({ path: path.join(RESULTS, 'tab-sign-in-problem.png') });
      refuse = false;
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await waitForText(tab.getByTestId('graph-status'), 'Connected to Microsoft 365 as Priya Natarajan');
    } finally {
      await context.unroute('**/_emulator/token');
    }
  });

  it('opened outside any host, a surface says how to open Micromentor', async () => {
    const { page } = browser;
    for (const file of ['tab.html', 'side-panel.html', 'outlook.html']) {
      await page.goto(`${url}${file}`);
      await waitForText(page.locator('body'), 'Open Micromentor in Teams or Outlook, or run the local workbench with npm start');
    }
    await page.screenshot({ path: path.join(RESULTS, 'outside-host.png') });
  });
});
