// `npm run bench`: every benchmark in bench/*.bench.ts, one JSON line per figure:
// {"name","value","unit"} (plus "target" and "ok" where a benchmark has a target).
// Exits non-zero when a figure misses its target. `npm run bench rotation` runs only the files whose name
// contains "rotation" (the machine may be shared; run what you are working on).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target this figure must meet, and in which direction. */
  target?: { max?: number; min?: number };
}

export type Report = (figure: Figure) => void;

export interface BenchModule {
  run(report: Report): Promise<void>;
}

/** Runs one bench file in this process: prints its figures; returns the names that missed their target. */
async function runFile(file: string): Promise<string[]> {
  const missed: string[] = [];
  const mod = (await import(file)) as BenchModule;
  await mod.run((figure) => {
    const ok =
      figure.target === undefined ||
      ((figure.target.max === undefined || figure.value <= figure.target.max) && (figure.target.min === undefined || figure.value >= figure.target.min));
    const line: Record<string, unknown> = { name: figure.name, value: Number(figure.value.toFixed(3)), unit: figure.unit };
    if (figure.target) Object.assign(line, { target: figure.target, ok });
    console.log(JSON.stringify(line));
    if (!ok) missed.push(figure.name);
  });
  return missed;
}

async function main(): Promise<void> {
  // A child runs one file (see below).
  if (process.argv[2] === '--file') {
    const missed = await runFile(process.argv[3]!);
    if (missed.length > 0) console.error(`Missed targets: ${missed.join(', ')}`);
    process.exit(missed.length > 0 ? 1 : 0);
  }
  const dir = path.join(__dirname, '..', 'bench');
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !only || f.includes(only))
    .sort();
  // Each file in its own process: one benchmark's heap (a 5,000-mentor seed) must not slow the next
  // one's emulator with garbage collection.
  const failed: string[] = [];
  for (const file of files) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--file', path.join(dir, file)], { stdio: 'inherit' });
    if (child.status !== 0) failed.push(file);
  }
  if (failed.length > 0) {
    console.error(`Missed targets or failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
}
