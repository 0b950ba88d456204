import { register, type FlashParticipant } from './flash-participants';

const EVENT = { topics: ['public speaking', 'negotiation', 'career pivot', 'data visualization'], registrationCloses: Date.parse('2030-01-14T16:00:00Z') };
const NOW = Date.parse('2030-01-10T09:00:00Z');
const mentee: FlashParticipant = { userId: 'u1', name: 'Priya', email: 'priya@contoso.example', role: 'mentee', status: 'invited', topics: [], zone: 'Europe/London' };

describe('register', () => {
  it('registers a mentee with up to three of the event topics, first choice first', () => {
    const result = register(mentee, [' negotiation ', 'Public speaking'], EVENT, NOW);
    expect(result).toEqual({ ok: true, participant: { ...mentee, status: 'registered', topics: ['negotiation', 'Public speaking'] } });
  });
  it.each([
    [['a', 'b', 'c', 'd'].map((_, i) => EVENT.topics[i]!), NOW, 'topics-too-many'],
    [[], NOW, 'topics-empty'],
    [['knitting'], NOW, 'topic-not-offered'],
    [['negotiation'], EVENT.registrationCloses, 'registration-closed'],
  ])('refuses %p at %p with %s', (topics, now, code) => {
    const result = register(mentee, topics, EVENT, now);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
  it('a mentor confirms any number of topics', () => {
    expect(register({ ...mentee, role: 'mentor' }, EVENT.topics, EVENT, NOW).ok).toBe(true);
  });
});
