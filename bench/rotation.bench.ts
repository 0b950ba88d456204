// Flash-mentoring rotation speed and quality: 300 mentees, 60 mentors with 1–4 seats (about 150 seats, so
// half the room sits out each round), 6 rounds. Data comes from a seeded PRNG so every run plans the same event.
import { seededRandom } from '../src/domain/seeded-random';
import { performance } from 'node:perf_hooks';
import { planRotation, type FlashMentee, type FlashMentor } from '../src/domain/rotation';
import { TOPIC_VOCABULARY } from '../src/domain/topics';
import { median, type Report } from '../scripts/bench';

const RUNS = 7;


/** Mentees ask in the vocabulary's words, its synonyms, or loose phrases; mentors list two or three topics. */
function flashEvent(seed: number, menteeCount: number, mentorCount: number): { mentees: FlashMentee[]; mentors: FlashMentor[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const loose = ['storytelling for my team update', 'getting buy-in from finance', 'my first week as a lead', 'interview questions for designers', 'charts for the quarterly review'];
  const mentees: FlashMentee[] = Array.from({ length: menteeCount }, (_, i) => {
    const entry = pick(TOPIC_VOCABULARY);
    const roll = random();
    const topic = roll < 0.4 ? entry.label : roll < 0.8 ? pick(entry.synonyms) : pick(loose);
    return { id: `mentee-${i + 1}`, topic, goal: roll < 0.5 ? '' : `Help with ${pick(pick(TOPIC_VOCABULARY).synonyms)}` };
  });
  const mentors: FlashMentor[] = Array.from({ length: mentorCount }, (_, k) => {
    const topics = new Set<string>();
    const count = 2 + Math.floor(random() * 2);
    while (topics.size < count) topics.add(random() < 0.8 ? pick(TOPIC_VOCABULARY).label : pick(pick(TOPIC_VOCABULARY).synonyms));
    return { id: `mentor-${k + 1}`, topics: [...topics], seats: 1 + Math.floor(random() * 4) };
  });
  return { mentees, mentors };
}

export async function run(report: Report): Promise<void> {
  const { mentees, mentors } = flashEvent(20_261_123, 300, 60);
  let plan = planRotation(mentees, mentors, 6);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    plan = planRotation(mentees, mentors, 6);
    times.push(performance.now() - started);
  }
  report({ name: 'rotation.300x60x6', value: median(times), unit: 'ms', target: { max: 300 } });
  report({ name: 'rotation.fit-vs-greedy', value: plan.totalFit / plan.greedyTotalFit, unit: 'ratio', target: { min: 1 } });
}
