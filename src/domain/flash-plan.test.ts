import { flashPeople } from './flash-people.test-data';
import { planFlashEvent, planIsCurrent, replanFlashEvent, repeatedPairs, tablesOf, type FlashPlan } from './flash-plan';

const EVENT = { start: Date.parse('2030-01-15T13:00:00Z'), roundMinutes: 10, rounds: 3, breakMinutes: 5 };
const pairsOf = (plan: FlashPlan, round: number) => plan.rounds[round - 1]!.pairs.map((p) => `${p.menteeId}>${p.mentorId}`).sort();

describe('planFlashEvent', () => {
  it('seats 12 mentees at 4 tables in each of 3 rounds, no pair twice, better than random', () => {
    const plan = planFlashEvent(EVENT, flashPeople(), 'event-1');
    expect(plan.rounds.map((r) => r.pairs.length)).toEqual([12, 12, 12]);
    expect(repeatedPairs(plan)).toEqual([]);
    expect(plan.mentorIds).toHaveLength(4);
    expect(plan.totalFit).toBeGreaterThan(plan.randomTotalFit);
    // Each table meets 3 mentees a round, and over the event every mentee who visits it is invited.
    const tables = tablesOf(plan);
    expect(tables.map((t) => t.byRound.map((ids) => ids.length))).toEqual([[3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3]]);
    expect(tables.every((t) => t.attendeeIds.length === 10)).toBe(true);
  });

  it('gives the same plan and the same random comparison every time', () => {
    expect(planFlashEvent(EVENT, flashPeople(), 'event-1')).toEqual(planFlashEvent(EVENT, [...flashPeople()].reverse(), 'event-1'));
  });

  it('plans only registered people and says when nobody can be seated', () => {
    const invited = flashPeople().map((p) => (p.role === 'mentor' ? { ...p, status: 'invited' as const } : p));
    expect(() => planFlashEvent(EVENT, invited, 'e')).toThrow(expect.objectContaining({ code: 'no-mentors' }));
    expect(() => planFlashEvent({ rounds: 5 }, flashPeople(), 'e')).toThrow(expect.objectContaining({ code: 'too-many-rounds' }));
  });
});

describe('replanFlashEvent', () => {
  const before = planFlashEvent(EVENT, flashPeople(), 'event-1');
  const duringRound1 = EVENT.start + 5 * 60_000;

  it('a mentee dropped during round 1 leaves round 1 as it was and only frees their later seats', () => {
    const dropped = before.rounds[1]!.pairs[0]!.menteeId;
    const people = flashPeople().map((p) => (p.userId === dropped ? { ...p, status: 'dropped' as const } : p));
    const after = replanFlashEvent(EVENT, people, before, 'event-1', duringRound1);
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    for (const round of [2, 3]) expect(pairsOf(after, round)).toEqual(pairsOf(before, round).filter((p) => !p.startsWith(`${dropped}>`)));
  });

  it('a late registration re-plans the later rounds without repeating a pair of round 1', () => {
    const people = [...flashPeople(), { ...flashPeople()[5]!, userId: 'mentee-late', name: 'Late' }];
    const after = replanFlashEvent(EVENT, people, before, 'event-1', duringRound1);
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    expect(repeatedPairs(after)).toEqual([]);
    // The newcomer, with no round behind them, is seated in both later rounds.
    expect(after.rounds.slice(1).every((r) => r.pairs.some((p) => p.menteeId === 'mentee-late'))).toBe(true);
  });

  it('once the last round has started nothing changes', () => {
    const people = flashPeople().slice(0, 10);
    expect(replanFlashEvent(EVENT, people, before, 'event-1', EVENT.start + 31 * 60_000)).toBe(before);
  });
});

describe('planIsCurrent', () => {
  const people = flashPeople();
  const plan = planFlashEvent(EVENT, people, 'event-1');
  it('holds for the people it was planned with, and not once someone drops or joins', () => {
    expect(planIsCurrent(plan, people)).toBe(true);
    expect(planIsCurrent(plan, people.map((p) => (p.userId === 'mentee-03' ? { ...p, status: 'dropped' as const } : p)))).toBe(false);
    expect(planIsCurrent(plan, [...people, { ...people[5]!, userId: 'mentee-late' }])).toBe(false);
    // Someone who dropped after every round they were in had started changes nothing to plan.
    const last = plan.rounds[2]!.pairs[0]!.menteeId;
    const onlyEarlier = { ...plan, rounds: plan.rounds.map((r) => (r.round === 3 ? { ...r, pairs: r.pairs.filter((p) => p.menteeId !== last) } : r)) };
    expect(planIsCurrent(onlyEarlier, people.map((p) => (p.userId === last ? { ...p, status: 'dropped' as const } : p)), 2)).toBe(true);
  });
});

