// npm run emulator -- --port 4000 --db .data/graph.sqlite [--reset] [--mentors N] [--latency-ms N] [--host 127.0.0.1] [--empty-site]
// Here, not in emulator/, because it gives the emulator the app's schema (the program site's lists),
// which the emulator may not import itself.
import { parseArgs } from 'node:util';
import { MAX_MENTORS } from '../emulator/emulator';
import { startEmulatorServer } from '../emulator/server';
import { PROGRAM_SITE_LISTS } from './program-site-lists';

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: '.data/graph.sqlite' },
      reset: { type: 'boolean', default: false },
      mentors: { type: 'string' },
      'latency-ms': { type: 'string' },
      'empty-site': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run emulator -- [--port 4000] [--db .data/graph.sqlite] [--reset] [--mentors N] [--latency-ms N] [--host 127.0.0.1] [--empty-site]');
    console.log('--empty-site starts with a program site without lists: sign in as the program manager and press Set up the program.');
    console.log('It listens on loopback only unless --host names another address: anyone who reaches it can sign in.');
    return;
  }
  const started = Date.now();
  const { url, emulator } = await startEmulatorServer({
    port: wholeNumber('port', values.port, 0, 65535) ?? 4000,
    host: values.host,
    dbPath: values.db ?? '.data/graph.sqlite',
    reset: values.reset,
    mentors: wholeNumber('mentors', values.mentors, 1, MAX_MENTORS),
    latencyMs: wholeNumber('latency-ms', values['latency-ms'], 0, 60_000),
    programSite: PROGRAM_SITE_LISTS,
    emptySite: values['empty-site'],
  });
  console.log(`Graph emulator ready in ${Date.now() - started} ms: ${url}/v1.0 (store: ${values.db}${values['empty-site'] ? '; the program site is empty' : ''})`);
  console.log(`Sign in: curl -s -X POST ${url}/_emulator/token -H 'content-type: application/json' -d '{"user":"mentee"}'`);
  console.log(`Personas: ${emulator.personas().map((p) => `${p.role} = ${p.displayName}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
