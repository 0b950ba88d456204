// How many Graph round trips one booking costs (booking.round-trips): the mentee books Daniel in
// the built workbench, and the emulator's request log counts the HTTP requests from pressing Book
// to the booked panel (a $batch is one round trip; its inner requests are not counted again).
import { performance } from 'node:perf_hooks';
import type { LoggedRequest } from '../emulator/request-log';
import type { Report } from '../scripts/bench';
import { DANIEL, QUESTION, bookAndWaitDone, fillPreciseRequest, findMentor, openMentor, openTab, pickSlot } from '../test/e2e/tab-flow';
import { openBenchWorkbench } from './tab-workbench';

/** "POST /v1.0/me/events ×2" lines, so a regression says which request it added. */
function breakdown(requests: LoggedRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.method} ${r.path.replace(/\/[A-Za-z0-9_=:.%@-]{20,}/g, '/{id}')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k}${n > 1 ? ` ×${n}` : ''}`).join('; ');
}

export async function run(report: Report): Promise<void> {
  const bench = await openBenchWorkbench();
  try {
    const { page } = bench.browser;
    await openTab(page, `${bench.url}?surface=tab`, 'mentee');
    await pickSlot(page, await openMentor(page, await findMentor(page, QUESTION, DANIEL.id)));
    await fillPreciseRequest(page);
    // Let the directory's reads finish, then count only what booking sends.
    await page.waitForTimeout(500);
    bench.emulator.log.clear();
    const started = performance.now();
    await bookAndWaitDone(page);
    const took = performance.now() - started;
    const roundTrips = bench.emulator.log.list().filter((r) => r.batchId === undefined);
    console.error(`bench: one booking took ${took.toFixed(0)} ms: ${breakdown(roundTrips)}`);
    report({ name: 'booking.round-trips', value: roundTrips.length, unit: 'requests', target: { max: 10 } });
  } finally {
    await bench.close();
  }
}
