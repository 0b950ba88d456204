// A browser and a freshly seeded workbench for one browser test file (built app from dist/, its own
// emulator store in a temporary directory, without the live demo meeting), and their clean-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, type Browser } from './browser';

const DIST = path.join(__dirname, '..', '..', 'dist');

export interface WorkbenchRun {
  browser: Browser;
  page: Page;
  /** The workbench's address. */
  url: string;
  close(): Promise<void>;
}

/** `name` names the temporary store's directory (e.g. 'office-hours'). */
export async function startWorkbenchRun(name: string): Promise<WorkbenchRun> {
  const browser = await launchBrowser();
  browser.page.setDefaultTimeout(20_000);
  const dbDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const { server, url } = await startWorkbench({ port: 0, distDir: DIST, dbPath: path.join(dbDir, 'graph.sqlite'), demoMeeting: false });
  return {
    browser,
    page: browser.page,
    url,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dbDir, { recursive: true, force: true });
    },
  };
}
