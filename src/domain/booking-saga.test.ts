import { bookingReducer, bookingStateFromSession, initialBookingState, nextBookingStep, type BookingEvent, type BookingState } from './booking-saga';
import { newSession, type Session } from './session';

const session = (status: Session['status']): Session => ({
  ...newSession({ key: 'k1', itemId: '7', menteeId: 'a', mentorId: 'b', topic: 'negotiation', goal: 'g', context: 'c', success: 's', format: 'one-time', timeBoxMinutes: 45, start: 0, end: 45 * 60_000 }),
  status,
});

const run = (events: BookingEvent[], from: BookingState = initialBookingState()) => events.reduce(bookingReducer, from);

describe('booking saga', () => {
  it('walks the five steps in order and ends booked', () => {
    let state = run([{ type: 'started' }]);
    const seen: string[] = [];
    for (let step = nextBookingStep(state); step; step = nextBookingStep(state)) {
      seen.push(step);
      state = run([{ type: 'step-started', step }, { type: 'step-done', step, session: session('draft') }], state);
    }
    expect(seen).toEqual(['record', 'meeting', 'chat', 'checklist', 'schedule']);
    expect(state.phase).toBe('booked');
  });

  it('keeps the done steps when one fails, and Retry resumes at the failed one', () => {
    const failed = run([
      { type: 'started' },
      { type: 'step-started', step: 'record' },
      { type: 'step-done', step: 'record', session: session('draft') },
      { type: 'step-started', step: 'meeting' },
      { type: 'step-failed', step: 'meeting', error: { code: 'unavailable', message: 'Teams is not answering.' } },
    ]);
    expect(failed.phase).toBe('failed');
    expect(failed.failure).toMatchObject({ step: 'meeting', message: 'Teams is not answering.' });
    const retried = bookingReducer(failed, { type: 'retry' });
    expect(retried.steps.record).toBe('done');
    expect(nextBookingStep(retried)).toBe('meeting');
    expect(retried.failure).toBeUndefined();
  });

  it('resumes a reopened booking from what its record says', () => {
    expect(nextBookingStep(bookingStateFromSession(session('meeting-created')))).toBe('chat');
    expect(nextBookingStep(bookingStateFromSession(session('checklist-posted')))).toBe('schedule');
    expect(bookingStateFromSession(session('scheduled')).phase).toBe('booked');
  });

  it('offers the next slots when the slot was taken, and starts over with a new choice', () => {
    const taken = run([{ type: 'started' }, { type: 'step-started', step: 'record' }, { type: 'slot-taken', nextSlots: [1, 2] }]);
    expect(taken.phase).toBe('slot-taken');
    expect(taken.nextSlots).toEqual([1, 2]);
    expect(taken.steps.record).toBe('waiting');
    expect(bookingReducer(taken, { type: 'reset' })).toEqual(initialBookingState());
  });

  it('names the full period and the alternatives when the mentor is at capacity', () => {
    const full = run([{ type: 'started' }, { type: 'at-capacity', period: 'week', alternatives: ['m2'] }]);
    expect(full).toMatchObject({ phase: 'at-capacity', capacity: { period: 'week', alternatives: ['m2'] } });
  });

  it('ignores Retry unless a step failed', () => {
    const running = run([{ type: 'started' }, { type: 'step-started', step: 'record' }]);
    expect(bookingReducer(running, { type: 'retry' })).toBe(running);
  });
});
