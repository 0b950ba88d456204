// Seeded flash-mentoring events for the rotation benchmarks: every run plans the same event.
import { seededRandom } from '../src/domain/seeded-random';
import type { FlashMentee, FlashMentor } from '../src/domain/rotation';
import { TOPIC_VOCABULARY } from '../src/domain/topics';

export interface FlashEvent {
  mentees: FlashMentee[];
  mentors: FlashMentor[];
}

/**
 * Mentees ask in the vocabulary's words, its synonyms, or loose phrases; mentors list two or three topics
 * and take 1–4 mentees at once. With `seats`, mentors are added until their seats add up to exactly that
 * many (the last one takes what is left), instead of `mentorCount` mentors.
 */
export function flashEvent(seed: number, menteeCount: number, mentorCount: number, seats?: number): FlashEvent {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const loose = ['storytelling for my team update', 'getting buy-in from finance', 'my first week as a lead', 'interview questions for designers', 'charts for the quarterly review'];
  const mentees: FlashMentee[] = Array.from({ length: menteeCount }, (_, i) => {
    const entry = pick(TOPIC_VOCABULARY);
    const roll = random();
    const topic = roll < 0.4 ? entry.label : roll < 0.8 ? pick(entry.synonyms) : pick(loose);
    return { id: `mentee-${i + 1}`, topic, goal: roll < 0.5 ? '' : `Help with ${pick(pick(TOPIC_VOCABULARY).synonyms)}` };
  });
  const mentors: FlashMentor[] = [];
  let seatsLeft = seats ?? Infinity;
  while (seats === undefined ? mentors.length < mentorCount : seatsLeft > 0) {
    const topics = new Set<string>();
    const count = 2 + Math.floor(random() * 2);
    while (topics.size < count) topics.add(random() < 0.8 ? pick(TOPIC_VOCABULARY).label : pick(pick(TOPIC_VOCABULARY).synonyms));
    const mentorSeats = Math.min(seatsLeft, 1 + Math.floor(random() * 4));
    seatsLeft -= mentorSeats;
    mentors.push({ id: `mentor-${mentors.length + 1}`, topics: [...topics], seats: mentorSeats });
  }
  return { mentees, mentors };
}
