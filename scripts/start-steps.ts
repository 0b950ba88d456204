// What `npm start` decides and says, as plain functions: whether dist/ must be built again, and the
// lines it prints while it builds and seeds (scripts/start.ts does the work).

/** A file that went into the build and when it last changed. */
export interface BuildInput {
  path: string;
  modifiedMs: number;
}

/** What the last build was made from: when it finished and the build settings (MICROMENTOR_*) it baked in. */
export interface BuildStamp {
  builtMs: number;
  env: Record<string, string>;
}

/**
 * Why dist/ must be built, or undefined when the last build is still what the sources say: no
 * input changed after it and it was made with the same settings. A second `npm start` then starts
 * in seconds instead of waiting for webpack.
 */
export function reasonToBuild(stamp: BuildStamp | undefined, inputs: readonly BuildInput[], env: Record<string, string>): string | undefined {
  if (!stamp) return 'no build yet';
  const changed = inputs.find((input) => input.modifiedMs > stamp.builtMs);
  if (changed) return `${changed.path} changed`;
  const setting = Object.keys({ ...stamp.env, ...env }).find((name) => (stamp.env[name] ?? '') !== (env[name] ?? ''));
  if (setting) return `${setting} changed`;
  return undefined;
}

/** Seconds with one decimal: "31.2 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The line printed every few seconds while webpack works, so the wait is visible. */
export function stillBuilding(elapsedMs: number): string {
  return `  … still building (${Math.round(elapsedMs / 1000)} s)`;
}

/** The timings `npm start` ends with: where the time went. */
export function startSummary(steps: { build?: number; emulator: number; total: number }): string {
  const parts = [steps.build === undefined ? 'no build needed' : `build ${seconds(steps.build)}`, `demo store ${seconds(steps.emulator)}`];
  return `Ready in ${seconds(steps.total)} (${parts.join(', ')}).`;
}
