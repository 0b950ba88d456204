// What pairing at random would give for the same people, to show beside the planned rotation's fit
// (mentoring tools pair flash rounds at random today). Seeded, so the same event always shows the same number.
import type { FlashMentee, FlashMentor } from './rotation';
import { seededRandom } from './seeded-random';
import { readMentorTopics, readRequestTopic, topicFitOf } from './topics';

/** A stable 32-bit seed from text (FNV-1a), e.g. the event's key. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Total topic fit when each round seats the mentees in a random order at a random mentor with a free
 * seat they have not met yet (the same "no pair twice" and seats as the plan, no regard for topics).
 */
export function randomPairingFit(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number, seed: number): number {
  const random = seededRandom(seed);
  const mentorReadings = mentors.map((m) => readMentorTopics(m.topics));
  const fit = mentees.map((mentee) => {
    const request = readRequestTopic(mentee.topic, mentee.goal ?? '');
    return mentorReadings.map((readings) => topicFitOf(request, readings).score);
  });
  const met = mentees.map(() => new Uint8Array(mentors.length));
  const order = mentees.map((_, i) => i);
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const seatsLeft = mentors.map((m) => m.seats);
    for (const i of order) {
      const open: number[] = [];
      for (let k = 0; k < mentors.length; k++) if (seatsLeft[k]! > 0 && met[i]![k] === 0 && mentors[k]!.id !== mentees[i]!.id) open.push(k);
      if (open.length === 0) continue;
      const k = open[Math.floor(random() * open.length)]!;
      seatsLeft[k] = seatsLeft[k]! - 1;
      met[i]![k] = 1;
      total += fit[i]![k]!;
    }
  }
  return total;
}
