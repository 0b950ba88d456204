// The built workbench and a headless Chromium for the tab's benchmarks (tab.bench.ts,
// booking.bench.ts). Builds first when dist/ is missing, so `npm run bench tab` works on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator } from '../emulator/emulator';
import { launchBrowser, type Browser } from '../test/e2e/browser';
import { startWorkbench } from '../workbench/server';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

export interface BenchWorkbench {
  url: string;
  emulator: Emulator;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the surfaces when there is no build; its output goes to stderr (stdout is the figures). */
function ensureBuilt(): void {
  if (existsSync(path.join(DIST, 'tab.html'))) return;
  console.error('bench: no build in dist/, running npm run build first');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error('npm run build failed; the tab benchmarks need the built workbench.');
}

/**
 * A workbench on a fresh organisation of `mentors` mentors, with Chromium open. The benches show the Teams
 * tab alone (?surface=tab), as Teams does; no request is intercepted, so the browser's cache works as
 * it does for a returning user.
 */
export async function openBenchWorkbench(mentors?: number): Promise<BenchWorkbench> {
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'tab-bench-'));
  let server: Server | undefined;
  try {
    const started = await startWorkbench({ port: 0, distDir: DIST, dbPath: path.join(dir, 'graph.sqlite'), mentors });
    server = started.server;
    const browser = await launchBrowser();
    const close = async () => {
      await browser.close();
      await new Promise((resolve) => server?.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    };
    return { url: started.url, emulator: started.emulator, browser, close };
  } catch (error) {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
