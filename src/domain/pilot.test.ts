import { checkPilot, pilotProgress, type Pilot } from './pilot';
import type { InsightSession } from './program-insight';

const D = 86_400_000;
const FROM = Date.parse('2030-02-02T00:00:00Z');
const pilot: Pilot = { name: 'Sales onboarding pilot', from: FROM, to: FROM + 28 * D, people: ['mentor-1', 'mentee-1', 'mentee-2'], goal: { sessions: 3, metOrPartly: 0.7 } };

function session(patch: Partial<InsightSession>): InsightSession {
  const start = patch.start ?? FROM + D;
  return { topic: 'Pricing', status: 'completed', result: 'met', requestedAt: start - D, start, end: start + 3_600_000, mentorId: 'mentor-9', menteeId: 'mentee-1', thankYouSent: false, followUpSuggested: false, ...patch };
}

describe('checkPilot', () => {
  it('accepts a pilot with a name, dates, people and a goal', () => {
    expect(checkPilot(pilot)).toEqual([]);
  });
  it('says what is wrong at each field', () => {
    const errors = checkPilot({ name: ' ', from: FROM, to: FROM, people: ['x'], goal: { sessions: 0, metOrPartly: 1.5 } });
    expect(errors.map((e) => e.field)).toEqual(['name', 'dates', 'people', 'sessions', 'metOrPartly']);
  });
});

describe('pilotProgress', () => {
  it("counts sessions of its people in its dates, and the share met or partly against the goal", () => {
    const sessions = [
      session({}),
      session({ menteeId: 'someone', mentorId: 'mentor-1', result: 'partly' }),
      session({ result: 'not-yet' }),
      session({ status: 'cancelled' }),
      session({ menteeId: 'someone' }), // not a pilot person
      session({ start: FROM - D }), // before the pilot
    ];
    const progress = pilotProgress(pilot, sessions, FROM + 14 * D);
    expect(progress).toEqual({ sessions: 3, held: 3, metOrPartly: 2, metOrPartlyShare: 2 / 3, timeGone: 0.5, sessionsGoalReached: true, resultGoalReached: false });
  });
  it('has no share before a session is held', () => {
    expect(pilotProgress(pilot, [], FROM - D)).toMatchObject({ sessions: 0, timeGone: 0, resultGoalReached: false });
    expect(pilotProgress(pilot, [], FROM - D).metOrPartlyShare).toBeUndefined();
  });
});
