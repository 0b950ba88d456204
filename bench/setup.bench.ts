// setup.round-trips: the Graph requests the program manager's Set up the program makes to create the
// whole program site from an empty one (target ≤ 2 per list + 1), and setup.rerun-writes: the writes a
// second run makes on the set-up site (target 0: it creates nothing twice).
import { emulatorTokenSource } from '../src/auth/emulator-sign-in';
import { PROGRAM_SCHEMA } from '../src/domain/program-schema';
import { createGraphClient } from '../src/graph/graph-client';
import { setUpProgramSite } from '../src/graph/program-setup';
import type { Report } from '../scripts/bench';
import { startTestEmulator } from '../test/contract/harness';
import { PROGRAM_SITE } from '../test/integration/gateway-harness';

export async function run(report: Report): Promise<void> {
  const emu = await startTestEmulator({ emptySite: true });
  try {
    const graph = createGraphClient({ baseUrl: emu.graphUrl, tokens: emulatorTokenSource({ origin: emu.url, user: 'manager', scopes: ['Sites.ReadWrite.All', 'Sites.Manage.All'] }) });
    const started = performance.now();
    await setUpProgramSite(graph, PROGRAM_SITE.siteId, PROGRAM_SCHEMA);
    const ms = performance.now() - started;
    const first = (await emu.requests()).length;
    await setUpProgramSite(graph, PROGRAM_SITE.siteId, PROGRAM_SCHEMA);
    const rerunWrites = (await emu.requests()).slice(first).filter((r) => r.method !== 'GET').length;
    report({ name: 'setup.round-trips', value: first, unit: 'requests', target: { max: 2 * PROGRAM_SCHEMA.lists.length + 1 } });
    report({ name: 'setup.rerun-writes', value: rerunWrites, unit: 'requests', target: { max: 0 } });
    report({ name: 'setup.empty-site-ms', value: ms, unit: 'ms' });
  } finally {
    await emu.close();
  }
}
