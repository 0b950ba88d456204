// How long the emulator takes to lay out a large programme (`npm run emulator -- --mentors 5000`):
// people, mentor list items and busy calendars, in memory. A test only checks what it seeds.
import { PROGRAM_SITE_LISTS } from '../scripts/program-site-lists';
import { performance } from 'node:perf_hooks';
import { openStore } from '../emulator/store';
import { median, type Report } from '../scripts/bench';

const RUNS = 3;

export async function run(report: Report): Promise<void> {
  const now = Date.UTC(2026, 10, 23, 8);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const db = openStore({ dbPath: ':memory:', now, mentors: 5000, programSite: PROGRAM_SITE_LISTS });
    runs.push(performance.now() - started);
    db.close();
  }
  report({ name: 'emulator.seed.5000-mentors', value: median(runs), unit: 'ms', target: { max: 10_000 } });
}
