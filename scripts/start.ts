// `npm start`: builds the surfaces when the sources changed since the last build (webpack: about
// half a minute on two cores the first time, a fraction of it from its cache after), opens the demo
// store (seeding it on first use) and serves the workbench, saying what it does and how long it took.
// `npm start -- --rebuild` builds whatever the stamp says; `--reset` seeds the demo store again.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runWorkbench } from '../workbench/server';
import { reasonToBuild, seconds, startSummary, stillBuilding, type BuildInput, type BuildStamp } from './start-steps';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp.json');
/** What webpack reads: the sources, the page template and icons, its configuration and the locked dependencies. */
const INPUTS = ['src', 'workbench/src', 'manifest/icons', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
/** The build settings webpack.config.js bakes into the pages (BUILD_ENV there). */
const BUILD_SETTING = /^MICROMENTOR_/;

function inputsOf(entry: string): BuildInput[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  const stat = statSync(full);
  if (!stat.isDirectory()) return [{ path: entry, modifiedMs: stat.mtimeMs }];
  return readdirSync(full).flatMap((name) => inputsOf(path.join(entry, name)));
}

function buildSettings(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => BUILD_SETTING.test(e[0]) && e[1] !== undefined && e[1] !== ''));
}

function readStamp(): BuildStamp | undefined {
  try {
    return existsSync(path.join(DIST, 'index.html')) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as BuildStamp) : undefined;
  } catch {
    return undefined;
  }
}

/** webpack in production mode, its output kept unless it fails; a line every few seconds meanwhile. */
function build(): Promise<void> {
  const started = Date.now();
  const cli = require.resolve('webpack-cli/bin/cli.js');
  // webpack's persistent cache (node_modules/.cache/webpack): a start after a small change builds in
  // about a quarter of the time. npm run build (the tests') stays without it.
  const child = spawn(process.execPath, [cli, '--mode', 'production', '--cache-type', 'filesystem'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ticker = setInterval(() => console.log(stillBuilding(Date.now() - started)), 10_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`The build failed (webpack exited with ${code}):\n${output.trim()}`));
    });
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = buildSettings();
  const why = process.argv.includes('--rebuild') ? 'asked with --rebuild' : reasonToBuild(readStamp(), INPUTS.flatMap(inputsOf), settings);
  let buildMs: number | undefined;
  if (why) {
    console.log(`Building the surfaces with webpack (${why}); this takes about half a minute…`);
    const buildStarted = Date.now();
    await build();
    buildMs = Date.now() - buildStarted;
    writeFileSync(STAMP, JSON.stringify({ builtMs: buildStarted, env: settings } satisfies BuildStamp));
    console.log(`  built in ${seconds(buildMs)}`);
  } else {
    console.log('The build in dist/ is up to date with the sources; not building (npm start -- --rebuild builds anyway).');
  }
  const storeMs = await runWorkbench();
  // From the moment node started (tsx compiling this script included), not just from here.
  console.log(startSummary({ build: buildMs, emulator: storeMs, total: Math.max(Date.now() - started, process.uptime() * 1000) }));
  console.log('Press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
