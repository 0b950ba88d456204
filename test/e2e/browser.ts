// Launches Debian's Chromium the one way that works on this machine kind (see README).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in any frame: a test fails on them. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'micromentor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing leaves the machine: Microsoft's CDNs (teams-js origin list, Office.js) resolve to
      // nowhere at once. Done in the resolver, not with Playwright routing, which turns off the
      // browser's cache and so would make every load a first visit.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A page the Content-Security-Policy blocks would work locally and fail in Teams: fail here.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  // Nothing may even try to leave the machine (the resolver rule above stops it going anywhere): any page
  // of the context asking outside localhost fails the test, in afterEach's errors and again at close.
  const offsite: string[] = [];
  context.on('request', (request) => {
    if (!leavesLocalhost(request.url())) return;
    offsite.push(request.url());
    errors.push(`A request left localhost: ${request.url()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (offsite.length > 0) throw new Error(`The browser asked outside localhost: ${[...new Set(offsite)].join(', ')}`);
    },
  };
}

/** http(s) and ws(s) to anywhere but this machine; data:, blob: and the like stay in the page. */
export function leavesLocalhost(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** Waits until the locator's text contains `expected`, then returns the text. */
export async function waitForText(locator: Locator, expected: string, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent({ timeout: timeoutMs }).catch(() => '')) ?? '';
    if (last.includes(expected)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected text containing "${expected}", last saw "${last}"`);
}

/** Waits until `read` returns `expected`. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined);
    if (last === expected) return expected;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${String(expected)}, last saw ${String(last)}`);
}
