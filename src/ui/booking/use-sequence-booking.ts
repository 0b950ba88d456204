// Books the sessions of a skill sequence one after another through the booking port, each its own
// saga with its own key (the sequence key and its index), kept across retries: a retry after a
// failure part way resumes the failed session and books only those still missing.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { initialSequenceBooking, sequenceBookingReducer, type SequenceBookingEvent, type SequenceBookingState } from '../../domain/sequence-booking';
import { sequenceSessionKey } from '../../domain/skill-sequence';
import { usePorts } from '../common/ports-context';
import type { BookingInput } from '../common/tab-ports';
import { bookSequence } from './book-sequence';
import type { BookingRequest } from './use-booking';
import { newSessionKey } from './session-key';

export interface SequenceBookingRequest {
  /** Session 1 first; each with its own request (its goal) and start. */
  sessions: BookingRequest[];
  overallGoal: string;
  /** Every session's goal; sessions not in `sessions` are booked later from My sessions. */
  goals: string[];
}

export function useSequenceBooking(request: SequenceBookingRequest) {
  const { booking } = usePorts();
  const [inputs, setInputs] = useState<BookingInput[]>(() => {
    const key = newSessionKey();
    const of = request.goals.length;
    return request.sessions.map((s, i) => ({ ...s, sessionKey: sequenceSessionKey(key, i + 1), sequence: { key, index: i + 1, of, goal: request.overallGoal, goals: request.goals } }));
  });
  const [state, dispatch] = useReducer(sequenceBookingReducer, request.sessions.length, initialSequenceBooking);
  // The states as the running loop sees them (React's copy lags a render behind).
  const live = useRef<SequenceBookingState>(state);
  const running = useRef(false);
  const started = useRef(false);

  const send = useCallback((event: SequenceBookingEvent) => {
    live.current = sequenceBookingReducer(live.current, event);
    dispatch(event);
  }, []);

  const run = useCallback(
    async (what: BookingInput[]) => {
      if (running.current) return;
      running.current = true;
      try {
        live.current = await bookSequence(booking, what, live.current, dispatch);
      } finally {
        running.current = false;
      }
    },
    [booking],
  );

  // Once per sequence; StrictMode's second mount must not book twice.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run(inputs);
  }, [inputs, run]);

  /** Retry resumes the failed session at its failed step, then books the ones after it. */
  const retry = useCallback(() => {
    live.current.sessions.forEach((s, index) => {
      if (s.phase === 'failed') send({ type: 'session', index, event: { type: 'retry' } });
    });
    void run(inputs);
  }, [inputs, run, send]);

  /** After "time taken" for one session: that session at a new start (nothing of it was written), then on. */
  const pickStart = useCallback(
    (index: number, start: number) => {
      const next = inputs.map((input, i) => (i === index ? { ...input, start } : input));
      setInputs(next);
      send({ type: 'session', index, event: { type: 'reset' } });
      void run(next);
    },
    [inputs, run, send],
  );

  return { state, inputs, retry, pickStart };
}
