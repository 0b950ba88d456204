import { giveRoundFeedback } from './flash-feedback';
import { flashPeople } from './flash-people.test-data';
import { planFlashEvent } from './flash-plan';

const EVENT = { start: Date.parse('2030-01-15T13:00:00Z'), roundMinutes: 10, rounds: 3, breakMinutes: 5 };
const people = flashPeople();
const plan = planFlashEvent(EVENT, people, 'event-1');
const mentee = people.find((p) => p.userId === 'mentee-01')!;

describe('giveRoundFeedback', () => {
  it('keeps a verdict per round once the round has ended, and lets it change', () => {
    const afterRound1 = EVENT.start + 11 * 60_000;
    const first = giveRoundFeedback(mentee, EVENT, plan, 1, 'useful', afterRound1);
    expect(first).toMatchObject({ ok: true, participant: { feedback: { '1': 'useful' } } });
    if (!first.ok) return;
    const changed = giveRoundFeedback(first.participant, EVENT, plan, 1, 'not-useful', afterRound1);
    expect(changed.ok && changed.participant.feedback).toEqual({ '1': 'not-useful' });
  });
  it('refuses a round still to end, a round without a table and a mentor', () => {
    const during2 = EVENT.start + 16 * 60_000;
    expect(giveRoundFeedback(mentee, EVENT, plan, 2, 'useful', during2)).toMatchObject({ ok: false, error: { code: 'round-not-ended' } });
    expect(giveRoundFeedback(mentee, EVENT, plan, 4, 'useful', Infinity)).toMatchObject({ ok: false, error: { code: 'not-at-a-table' } });
    expect(giveRoundFeedback(people[0]!, EVENT, plan, 1, 'useful', Infinity)).toMatchObject({ ok: false, error: { code: 'not-a-mentee' } });
  });
});
