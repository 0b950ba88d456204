// Our assignment solver against the `munkres` package on the matrices a rotation really solves: every
// round of the 300 × 60 and 1,000 × 200 six-round events, and the first round of events where seats and
// mentees are equal (300 and 1,000: square matrices, everyone seated, many tied fits). Each solver gets
// its own input form, built before timing; both must reach the same optimum.
import { performance } from 'node:perf_hooks';
import munkres from 'munkres';
import { solveAssignment } from '../src/domain/hungarian';
import { planRotation } from '../src/domain/rotation';
import { median, type Report } from '../scripts/bench';
import { flashEvent, type FlashEvent } from './rotation-event';

const RUNS = 5;

interface Matrix {
  costs: Float64Array;
  rows: number;
  columns: number;
  /** The same costs as arrays of rows, munkres' input. */
  nested: number[][];
}

/** The matrices `planRotation` hands its solver, in order. */
function roundMatrices({ mentees, mentors }: FlashEvent, rounds: number): Matrix[] {
  const matrices: Matrix[] = [];
  planRotation(mentees, mentors, rounds, (costs, rows, columns) => {
    const nested = Array.from({ length: rows }, (_, r) => Array.from(costs.subarray(r * columns, (r + 1) * columns)));
    matrices.push({ costs: costs.slice(), rows, columns, nested });
    return solveAssignment(costs, rows, columns);
  });
  return matrices;
}

function oursTotal(m: Matrix): number {
  return solveAssignment(m.costs, m.rows, m.columns).totalCost;
}

function munkresTotal(m: Matrix): number {
  const pairs = munkres(m.nested).sort((a, b) => a[0] - b[0]);
  return pairs.reduce((sum, [r, c]) => sum + m.nested[r]![c]!, 0);
}

/** Median time of one solver on one matrix, runs interleaved with the other so both see the same load. */
function compare(m: Matrix, name: string): { ours: number; theirs: number } {
  const ours: number[] = [];
  const theirs: number[] = [];
  const expected = munkresTotal(m);
  const got = oursTotal(m);
  // Totals of tied optima may differ in the last bits of a float sum, never more.
  if (Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected))) throw new Error(`${name}: our optimum ${got} differs from munkres' ${expected}.`);
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    oursTotal(m);
    ours.push(performance.now() - started);
    started = performance.now();
    munkresTotal(m);
    theirs.push(performance.now() - started);
  }
  return { ours: median(ours), theirs: median(theirs) };
}

export async function run(report: Report): Promise<void> {
  const sets: [string, Matrix[]][] = [
    ['300x60x6', roundMatrices(flashEvent(20_261_123, 300, 60), 6)],
    ['1000x200x6', roundMatrices(flashEvent(20_261_124, 1_000, 200), 6)],
    ['300-square', roundMatrices(flashEvent(20_261_125, 300, 0, 300), 1)],
    ['1000-square', roundMatrices(flashEvent(20_261_126, 1_000, 0, 1_000), 1)],
  ];
  let worst = 0;
  for (const [name, matrices] of sets) {
    let ours = 0;
    let theirs = 0;
    matrices.forEach((m, i) => {
      const times = compare(m, `${name} round ${i + 1}`);
      ours += times.ours;
      theirs += times.theirs;
    });
    worst = Math.max(worst, ours / theirs);
    report({ name: `rotation.solver-vs-munkres.${name}`, value: ours / theirs, unit: 'ratio' });
  }
  // The worst set decides: the solver must keep up on every shape a rotation produces.
  report({ name: 'rotation.solver-vs-munkres', value: worst, unit: 'ratio', target: { max: 1 } });
}
