import { BOOKING_STEPS } from './booking-saga';
import { newSession } from './session';
import { initialSequenceBooking, nextSessionToBook, sequenceBookingPhase, sequenceBookingReducer, type SequenceBookingState } from './sequence-booking';

const session = newSession({ key: 's-1', menteeId: 'me', mentorId: 'mo', topic: 't', goal: 'g', context: '', success: 's', format: 'sequence', timeBoxMinutes: 30, start: 0, end: 1 });

function book(state: SequenceBookingState, index: number): SequenceBookingState {
  let s = sequenceBookingReducer(state, { type: 'session', index, event: { type: 'started' } });
  for (const step of BOOKING_STEPS) s = sequenceBookingReducer(s, { type: 'session', index, event: { type: 'step-done', step, session } });
  return s;
}

describe('sequence booking', () => {
  it('books the sessions in order and is booked when all are', () => {
    let state = initialSequenceBooking(3);
    expect(nextSessionToBook(state)).toBe(0);
    state = book(state, 0);
    expect(nextSessionToBook(state)).toBe(1);
    expect(sequenceBookingPhase(state)).toBe('running');
    state = book(book(state, 1), 2);
    expect(nextSessionToBook(state)).toBeUndefined();
    expect(sequenceBookingPhase(state)).toBe('booked');
  });

  it('keeps the booked sessions when one fails, and a retry resumes that one', () => {
    let state = book(initialSequenceBooking(3), 0);
    state = sequenceBookingReducer(state, { type: 'session', index: 1, event: { type: 'step-failed', step: 'meeting', error: { code: 'unavailable', message: 'Down' } } });
    expect(sequenceBookingPhase(state)).toBe('failed');
    expect(state.sessions[0]!.phase).toBe('booked');
    expect(nextSessionToBook(state)).toBe(1);
    state = sequenceBookingReducer(state, { type: 'session', index: 1, event: { type: 'retry' } });
    expect(state.sessions[1]!.steps.meeting).toBe('waiting');
    expect(sequenceBookingPhase(state)).toBe('running');
  });

  it('stops on a taken time and ignores events for sessions it does not have', () => {
    let state = sequenceBookingReducer(initialSequenceBooking(2), { type: 'session', index: 1, event: { type: 'slot-taken', nextSlots: [5] } });
    expect(sequenceBookingPhase(state)).toBe('stopped');
    const same = sequenceBookingReducer(state, { type: 'session', index: 7, event: { type: 'started' } });
    expect(same).toBe(state);
    state = sequenceBookingReducer(state, { type: 'session', index: 1, event: { type: 'reset' } });
    expect(sequenceBookingPhase(state)).toBe('running');
  });
});
