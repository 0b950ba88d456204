// Flash-mentoring rotation speed and quality: 300 mentees, 60 mentors with 1–4 seats (about 150 seats, so
// half the room sits out each round), 6 rounds; and an onboarding-sized event of 1,000 mentees and 200
// mentors (about 500 seats). Data comes from a seeded PRNG so every run plans the same event.
import { performance } from 'node:perf_hooks';
import { planRotation, type RotationPlan } from '../src/domain/rotation';
import { median, type Report } from '../scripts/bench';
import { flashEvent, type FlashEvent } from './rotation-event';

const RUNS = 7;

function timePlan({ mentees, mentors }: FlashEvent, rounds: number): { ms: number; plan: RotationPlan } {
  let plan = planRotation(mentees, mentors, rounds);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    plan = planRotation(mentees, mentors, rounds);
    times.push(performance.now() - started);
  }
  return { ms: median(times), plan };
}

export async function run(report: Report): Promise<void> {
  const small = timePlan(flashEvent(20_261_123, 300, 60), 6);
  report({ name: 'rotation.300x60x6', value: small.ms, unit: 'ms', target: { max: 300 } });
  report({ name: 'rotation.fit-vs-greedy', value: small.plan.totalFit / small.plan.greedyTotalFit, unit: 'ratio', target: { min: 1 } });
  const large = timePlan(flashEvent(20_261_124, 1_000, 200), 6);
  report({ name: 'rotation.1000x200x6', value: large.ms, unit: 'ms', target: { max: 300 } });
}
