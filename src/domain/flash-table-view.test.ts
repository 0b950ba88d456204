import type { FlashParticipant } from './flash-participants';
import type { FlashPlan } from './flash-plan';
import { flashTableView, roundClock } from './flash-table-view';

const MIN = 60_000;
const start = Date.parse('2030-03-04T14:00:00Z');
const event = { title: 'Onboarding week speed mentoring', zone: 'Europe/London', start, roundMinutes: 10, rounds: 3, breakMinutes: 5 };
const person = (userId: string, role: 'mentor' | 'mentee', topics: string[]): FlashParticipant => ({ userId, name: `Name ${userId}`, email: `${userId}@contoso.test`, role, status: 'registered', topics, zone: 'Europe/London' });
const participants = [person('m1', 'mentor', ['negotiation']), person('m2', 'mentor', ['career pivot']), person('a', 'mentee', ['negotiation', 'career pivot']), person('b', 'mentee', ['career pivot'])];
const plan: FlashPlan = {
  mentorIds: ['m1', 'm2'],
  rounds: [
    { round: 1, pairs: [{ menteeId: 'a', mentorId: 'm1', fit: 1 }, { menteeId: 'b', mentorId: 'm2', fit: 1 }], byes: [] },
    { round: 2, pairs: [{ menteeId: 'b', mentorId: 'm1', fit: 0 }, { menteeId: 'a', mentorId: 'm2', fit: 0.5 }], byes: [] },
    { round: 3, pairs: [], byes: ['a', 'b'] },
  ],
  totalFit: 2.5,
  randomTotalFit: 1.5,
};

describe('flashTableView', () => {
  it("lists who visits the mentor's table in each round, with the topics they came for and the shared round times", () => {
    const view = flashTableView(event, plan, participants, 'm1')!;
    expect(view.mentor).toEqual({ userId: 'm1', name: 'Name m1', topics: ['negotiation'] });
    expect(view.rounds.map((r) => [r.round, r.start - start, r.end - start, r.visitors.map((v) => v.name)])).toEqual([
      [1, 0, 10 * MIN, ['Name a']],
      [2, 15 * MIN, 25 * MIN, ['Name b']],
      [3, 30 * MIN, 40 * MIN, []],
    ]);
    expect(view.rounds[0]!.visitors[0]).toMatchObject({ topics: ['negotiation', 'career pivot'], fit: 1 });
  });

  it('is undefined for someone without a table, and names a mentee who left the event as such', () => {
    expect(flashTableView(event, plan, participants, 'a')).toBeUndefined();
    expect(flashTableView(event, plan, participants.filter((p) => p.userId !== 'b'), 'm1')!.rounds[1]!.visitors[0]!.name).toBe('A mentee who left the event');
  });
});

describe('roundClock', () => {
  const rounds = flashTableView(event, plan, participants, 'm1')!.rounds;
  it('counts down to the first round, through each round and each break, then says it is over', () => {
    expect(roundClock(rounds, start - 3 * MIN)).toEqual({ phase: 'before', next: 1, msToStart: 3 * MIN });
    expect(roundClock(rounds, start)).toEqual({ phase: 'running', round: 1, msLeft: 10 * MIN });
    expect(roundClock(rounds, start + 10 * MIN)).toEqual({ phase: 'break', next: 2, msToStart: 5 * MIN });
    expect(roundClock(rounds, start + 24 * MIN)).toEqual({ phase: 'running', round: 2, msLeft: MIN });
    expect(roundClock(rounds, start + 40 * MIN)).toEqual({ phase: 'over' });
  });
});
