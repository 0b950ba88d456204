// availability.1000-mentors: the wall time to read 1,000 mentors' calendars over 14 days through
// the gateway, with the emulator adding 100 ms to every HTTP request, and how many round trips.
import { PROGRAM_SITE_LISTS } from '../scripts/program-site-lists';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emulatorTokenSource } from '../src/auth/emulator-sign-in';
import { getAvailability } from '../src/graph/availability';
import { createGraphClient } from '../src/graph/graph-client';
import { listMentors } from '../src/graph/mentor-directory';
import { startEmulatorServer } from '../emulator/server';
import { median, type Report } from '../scripts/bench';

const SITE = 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e';
const DAY = 86_400_000;

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-availability-'));
  const now = Date.parse('2030-01-07T00:00:00Z');
  const { server, url, emulator } = await startEmulatorServer({ port: 0, dbPath: path.join(dir, 'graph.sqlite'), mentors: 1200, clock: () => now, programSite: PROGRAM_SITE_LISTS });
  try {
    const tokens = emulatorTokenSource({ origin: url, user: 'mentee' });
    await tokens.getToken();
    const graph = createGraphClient({ baseUrl: `${url}/v1.0`, tokens });
    const emails: string[] = [];
    let next: string | undefined;
    do {
      const page = await listMentors(graph, { siteId: SITE, list: 'Mentors' }, { pageSize: 100, next });
      emails.push(...page.mentors.map((m) => m.email));
      next = page.next;
    } while (next && emails.length < 1000);
    const thousand = emails.slice(0, 1000);

    // The network: 100 ms on every HTTP request from here on.
    emulator.setLatencyMs(100);
    const times: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < 5; i++) {
      emulator.log.clear();
      const started = performance.now();
      const result = await getAvailability(graph, { emails: thousand, start: now, end: now + 14 * DAY });
      times.push(performance.now() - started);
      if (result.size !== 1000) throw new Error(`expected 1000 mentors' availability, got ${result.size}`);
      roundTrips = emulator.log.list().filter((r) => r.batchId === undefined).length;
    }
    report({ name: 'availability.1000-mentors', value: median(times), unit: 'ms', target: { max: 1000 } });
    report({ name: 'availability.1000-mentors.round-trips', value: roundTrips, unit: 'requests', target: { max: 3 } });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
