// Booking a skill sequence: each session is its own booking saga (its own record and meeting),
// run one after another. This is their states together; a retry after a failure part way resumes
// the session that failed and books only those not yet booked, each saga repeating nothing.
import { bookingReducer, initialBookingState, type BookingEvent, type BookingState } from './booking-saga';

export interface SequenceBookingState {
  /** One saga state per session, session 1 first. */
  sessions: BookingState[];
}

export type SequenceBookingEvent = { type: 'session'; index: number; event: BookingEvent };

export type SequenceBookingPhase = 'running' | 'failed' | 'stopped' | 'booked';

export function initialSequenceBooking(length: number): SequenceBookingState {
  return { sessions: Array.from({ length }, () => initialBookingState()) };
}

export function sequenceBookingReducer(state: SequenceBookingState, event: SequenceBookingEvent): SequenceBookingState {
  const current = state.sessions[event.index];
  if (!current) return state;
  const next = bookingReducer(current, event.event);
  if (next === current) return state;
  return { sessions: state.sessions.map((s, i) => (i === event.index ? next : s)) };
}

/** The first session (0-based) not yet booked, or undefined when all are. */
export function nextSessionToBook(state: SequenceBookingState): number | undefined {
  const at = state.sessions.findIndex((s) => s.phase !== 'booked');
  return at < 0 ? undefined : at;
}

/**
 * Where the sequence stands: booked when every session is; failed when a session's saga failed
 * (Retry goes on); stopped when a time was taken or the mentor is full (a new time goes on).
 */
export function sequenceBookingPhase(state: SequenceBookingState): SequenceBookingPhase {
  if (state.sessions.every((s) => s.phase === 'booked')) return 'booked';
  if (state.sessions.some((s) => s.phase === 'failed')) return 'failed';
  if (state.sessions.some((s) => s.phase === 'slot-taken' || s.phase === 'at-capacity')) return 'stopped';
  return 'running';
}
