import { seededRandom } from './seeded-random';
import munkres from 'munkres';
import { greedyRotation, planRotation, planRotationAfter, RotationError, type FlashMentee, type FlashMentor, type RotationResult } from './rotation';
import { TOPIC_VOCABULARY, topicFit } from './topics';


function randomEvent(seed: number, menteeCount: number, mentorCount: number, seats?: number): { mentees: FlashMentee[]; mentors: FlashMentor[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // A few topics only, so fits collide and ties must be settled.
  const vocabulary = TOPIC_VOCABULARY.slice(0, 6);
  const mentees = Array.from({ length: menteeCount }, (_, i) => {
    const entry = pick(vocabulary);
    return { id: `e${i}`, topic: random() < 0.5 ? entry.label : pick(entry.synonyms), goal: random() < 0.3 ? `help with my ${pick(pick(vocabulary).synonyms)}` : '' };
  });
  const mentors = Array.from({ length: mentorCount }, (_, k) => ({
    id: `m${k}`,
    topics: [pick(vocabulary).label, pick(vocabulary).label],
    seats: seats ?? 1 + Math.floor(random() * 4),
  }));
  return { mentees, mentors };
}

/** The rules every plan keeps: each mentee once a round, seats, no repeats, byes shared fairly. */
function expectRulesKept(mentees: FlashMentee[], mentors: FlashMentor[], result: RotationResult): void {
  const seats = new Map(mentors.map((m) => [m.id, m.seats]));
  const met = new Map(mentees.map((m) => [m.id, new Set<string>()]));
  const byes = new Map(mentees.map((m) => [m.id, 0]));
  for (const round of result.rounds) {
    const seen = [...round.pairs.map((p) => p.menteeId), ...round.byes];
    expect([...seen].sort()).toEqual(mentees.map((m) => m.id).sort());
    const taken = new Map<string, number>();
    for (const pair of round.pairs) {
      taken.set(pair.mentorId, (taken.get(pair.mentorId) ?? 0) + 1);
      expect(met.get(pair.menteeId)!.has(pair.mentorId)).toBe(false);
      expect(pair.mentorId).not.toBe(pair.menteeId);
      met.get(pair.menteeId)!.add(pair.mentorId);
    }
    for (const [mentorId, count] of taken) expect(count).toBeLessThanOrEqual(seats.get(mentorId)!);
    for (const id of round.byes) byes.set(id, byes.get(id)! + 1);
    if (result.extraByes === 0) {
      const counts = [...byes.values()];
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  }
}

/**
 * The best total fit a round could reach under the rules, by the munkres oracle on a matrix built here
 * independently: mentees × (seats + bye places); a repeat is prohibitive; the byes must go to the
 * mentees with the fewest byes so far (free choice among those tied at the cut).
 */
function oracleRoundFit(mentees: FlashMentee[], mentors: FlashMentor[], met: Map<string, Set<string>>, byes: Map<string, number>): number {
  const NEVER = 1e6;
  const seatMentors = mentors.flatMap((m) => Array.from({ length: m.seats }, () => m));
  const byePlaces = Math.max(0, mentees.length - seatMentors.length);
  const sorted = mentees.map((m) => byes.get(m.id)!).sort((a, b) => a - b);
  const cut = byePlaces > 0 ? sorted[byePlaces - 1]! : -1;
  const matrix = mentees.map((mentee) => {
    const count = byes.get(mentee.id)!;
    const seatCosts = seatMentors.map((mentor) => (count < cut || met.get(mentee.id)!.has(mentor.id) ? NEVER : -topicFit(mentee.topic, mentee.goal ?? '', mentor.topics).score));
    const byeCosts = Array.from({ length: byePlaces }, () => (count <= cut ? 0 : NEVER));
    return [...seatCosts, ...byeCosts];
  });
  const total = munkres(matrix).reduce((sum, [r, c]) => sum + matrix[r]![c]!, 0);
  expect(total).toBeLessThan(NEVER / 2); // the oracle found a plan within the rules
  return -total;
}

function expectOptimalRounds(mentees: FlashMentee[], mentors: FlashMentor[], result: RotationResult): void {
  const met = new Map(mentees.map((m) => [m.id, new Set<string>()]));
  const byes = new Map(mentees.map((m) => [m.id, 0]));
  for (const round of result.rounds) {
    const fit = round.pairs.reduce((sum, p) => sum + p.fit, 0);
    expect(fit).toBeCloseTo(oracleRoundFit(mentees, mentors, met, byes), 9);
    for (const pair of round.pairs) met.get(pair.menteeId)!.add(pair.mentorId);
    for (const id of round.byes) byes.set(id, byes.get(id)! + 1);
  }
}

describe('planRotation', () => {
  it('plans 10 mentees, 3 mentors × 2 seats, 4 rounds: no repeats, seats kept, byes fair', () => {
    const { mentees, mentors } = randomEvent(1, 10, 3, 2);
    const plan = planRotation(mentees, mentors, 4);
    expect(plan.rounds.map((r) => r.round)).toEqual([1, 2, 3, 4]);
    for (const round of plan.rounds) {
      expect(round.pairs).toHaveLength(6);
      expect(round.byes).toHaveLength(4);
    }
    expect(plan.extraByes).toBe(0);
    expectRulesKept(mentees, mentors, plan);
    // 16 byes among 10 mentees: everyone sits out once, six of them twice, nobody three times.
    const byes = new Map<string, number>();
    for (const round of plan.rounds) for (const id of round.byes) byes.set(id, (byes.get(id) ?? 0) + 1);
    expect([...byes.values()].sort()).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expectOptimalRounds(mentees, mentors, plan);
    expect(plan.totalFit).toBeGreaterThanOrEqual(plan.greedyTotalFit - 1e-9);
  });

  it('is optimal in every round and at least as good as greedy on random events', () => {
    const shapes: [number, number, number][] = [
      [12, 5, 3],
      [25, 8, 4],
      [9, 9, 3],
      [30, 6, 2],
      [7, 4, 4],
      [120, 25, 3],
    ];
    shapes.forEach(([menteeCount, mentorCount, rounds], n) => {
      const { mentees, mentors } = randomEvent(100 + n, menteeCount, mentorCount);
      const plan = planRotation(mentees, mentors, rounds);
      expectRulesKept(mentees, mentors, plan);
      if (plan.extraByes === 0) expectOptimalRounds(mentees, mentors, plan);
      expect(plan.totalFit).toBeGreaterThanOrEqual(plan.greedyTotalFit - 1e-9);
      expect(plan.totalFit).toBeCloseTo(plan.rounds.flatMap((r) => r.pairs).reduce((s, p) => s + p.fit, 0), 9);
    });
  });

  it('beats greedy when the first mentee would take the seat another needs more', () => {
    const mentees = [
      { id: 'ana', topic: 'Resume review' },
      { id: 'ben', topic: 'Negotiation' },
    ];
    const mentors = [
      { id: 'a', topics: ['Negotiation', 'Resume review'], seats: 1 },
      { id: 'b', topics: ['CV'], seats: 1 },
    ];
    const plan = planRotation(mentees, mentors, 1);
    expect(plan.rounds[0]!.pairs).toEqual([
      { menteeId: 'ana', mentorId: 'b', fit: 0.8 },
      { menteeId: 'ben', mentorId: 'a', fit: 1 },
    ]);
    expect(plan.totalFit).toBeCloseTo(1.8, 10);
    expect(plan.greedyTotalFit).toBeCloseTo(1, 10);
  });

  it('gives everyone a seat when there are enough, and plans the same way every time', () => {
    const { mentees, mentors } = randomEvent(5, 8, 4, 3);
    const plan = planRotation(mentees, mentors, 3);
    for (const round of plan.rounds) expect(round.byes).toEqual([]);
    expect(planRotation(mentees, mentors, 3)).toEqual(plan);
  });

  it('reports byes it could not avoid when the seats are lopsided', () => {
    const mentees = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, topic: 'negotiation' }));
    const mentors = [
      { id: 'big', topics: ['negotiation'], seats: 4 },
      { id: 'small', topics: ['negotiation'], seats: 1 },
    ];
    const plan = planRotation(mentees, mentors, 2);
    expectRulesKept(mentees, mentors, plan);
    expect(plan.rounds[1]!.pairs).toHaveLength(2);
    expect(plan.extraByes).toBe(3);
  });

  it('scores a mentor by their best readable topic, the same for every mentee asking the same thing', () => {
    const mentees = [
      { id: 'a', topic: 'negotiation' },
      { id: 'b', topic: 'Negotiation' },
      { id: 'c', topic: 'negotiation' },
    ];
    const mentors = [
      { id: 'm1', topics: ['', 'the', 'Negotiation'], seats: 2 },
      { id: 'm2', topics: [''], seats: 1 },
    ];
    // Which of the three equal mentees takes m2 is a free choice; the fits are not.
    const fits = planRotation(mentees, mentors, 1).rounds[0]!.pairs.map((p) => `${p.mentorId} ${p.fit}`);
    expect(fits.sort()).toEqual(['m1 1', 'm1 1', 'm2 0']);
  });

  it('never seats someone with themself', () => {
    const mentees = [{ id: 'sam', topic: 'negotiation' }];
    const mentors = [
      { id: 'sam', topics: ['negotiation'], seats: 1 },
      { id: 'kim', topics: ['budgeting'], seats: 1 },
    ];
    expect(planRotation(mentees, mentors, 1).rounds[0]!.pairs).toEqual([{ menteeId: 'sam', mentorId: 'kim', fit: 0 }]);
  });

  it('rejects bad input with a code and a sentence', () => {
    const mentees = [{ id: 'a', topic: 'x' }];
    const mentor = { id: 'm', topics: ['x'], seats: 2 };
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(RotationError);
        expect((error as RotationError).message).toMatch(/^[A-Z0-9].*\.$/);
        return (error as RotationError).code;
      }
      return 'no error';
    };
    expect(code(() => planRotation(mentees, [{ ...mentor, seats: 0 }], 1))).toBe('invalid-seats');
    expect(code(() => planRotation(mentees, [{ ...mentor, seats: 5 }], 1))).toBe('invalid-seats');
    expect(code(() => planRotation(mentees, [{ ...mentor, seats: 1.5 }], 1))).toBe('invalid-seats');
    expect(code(() => planRotation(mentees, [mentor], 0))).toBe('invalid-rounds');
    expect(code(() => planRotation(mentees, [mentor], 2.5))).toBe('invalid-rounds');
    expect(code(() => planRotation([...mentees, ...mentees], [mentor], 1))).toBe('duplicate-mentee');
    expect(code(() => planRotation(mentees, [mentor, mentor], 1))).toBe('duplicate-mentor');
    expect(code(() => planRotation([{ id: '', topic: 'x' }], [mentor], 1))).toBe('missing-id');
    expect(code(() => planRotation(mentees, [], 1))).toBe('no-mentors');
  });

  it('refuses more rounds than mentors to meet, saying how many fit', () => {
    const { mentees, mentors } = randomEvent(9, 10, 3, 2);
    expect(() => planRotation(mentees, mentors, 5)).not.toThrow();
    expect(() => planRotation(mentees, mentors, 6)).toThrow(
      expect.objectContaining({ code: 'too-many-rounds', message: '6 rounds would have mentees meet up to 4 different mentors, but there are only 3. Plan at most 5 rounds, or add mentors.' }),
    );
  });
});

describe('greedyRotation', () => {
  it('keeps the same rules and gives the byes in input order', () => {
    const { mentees, mentors } = randomEvent(1, 10, 3, 2);
    const greedy = greedyRotation(mentees, mentors, 4);
    expectRulesKept(mentees, mentors, greedy);
    expect(greedy.rounds[0]!.byes).toEqual(['e0', 'e1', 'e2', 'e3']);
    // Greedy may also strand a late mentee whose only free seat is with a mentor already met.
    expect(greedy.rounds[1]!.byes).toEqual(expect.arrayContaining(['e4', 'e5', 'e6', 'e7']));
    expect(greedy.totalFit).toBeCloseTo(planRotation(mentees, mentors, 4).greedyTotalFit, 10);
  });
});

describe('planRotationAfter', () => {
  const mentees = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, topic: 'public speaking' }));
  const mentors = Array.from({ length: 3 }, (_, k) => ({ id: `m${k}`, topics: ['public speaking'], seats: 2 }));
  it('numbers the rounds after the history and never repeats a pair already met', () => {
    const first = planRotation(mentees, mentors, 1);
    const history = { rounds: 1, met: first.rounds[0]!.pairs, byes: {} };
    const later = planRotationAfter(mentees, mentors, 2, history);
    expect(later.rounds.map((r) => r.round)).toEqual([2, 3]);
    const seen = new Set(first.rounds[0]!.pairs.map((p) => `${p.menteeId}|${p.mentorId}`));
    for (const p of later.rounds.flatMap((r) => r.pairs)) {
      expect(seen.has(`${p.menteeId}|${p.mentorId}`)).toBe(false);
      seen.add(`${p.menteeId}|${p.mentorId}`);
    }
  });
  it('seats first the mentees with the most byes so far', () => {
    const history = { rounds: 1, met: [], byes: { e5: 1 } };
    const later = planRotationAfter([...mentees, { id: 'e6', topic: 'public speaking' }], mentors, 1, history);
    expect(later.rounds[0]!.byes).not.toContain('e5');
  });
});
