// Runs the booking saga through the booking port with the domain's reducer. The session key is
// made once per attempt and kept across retries, so a retry finds what the first try wrote.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { bookingReducer, initialBookingState, type BookingState } from '../../domain/booking-saga';
import { usePorts } from '../common/ports-context';
import type { BookingInput } from '../common/tab-ports';
import { newSessionKey } from './session-key';

export type BookingRequest = Omit<BookingInput, 'sessionKey'>;

export function useBooking(initial: BookingRequest) {
  const { booking } = usePorts();
  const [state, dispatch] = useReducer(bookingReducer, undefined, initialBookingState);
  const [input, setInput] = useState<BookingInput>(() => ({ ...initial, sessionKey: newSessionKey() }));
  // The saga runs once per key; StrictMode's second mount must not book twice.
  const ran = useRef<string>();

  const run = useCallback(
    (what: BookingInput, from: BookingState) => {
      dispatch({ type: 'started' });
      void booking.book(what, from, dispatch);
    },
    [booking],
  );

  useEffect(() => {
    if (ran.current === input.sessionKey) return;
    ran.current = input.sessionKey;
    run(input, initialBookingState());
  }, [input, run]);

  /** Retry resumes at the failed step with what the done steps recorded. */
  const retry = useCallback(() => {
    const resumed = bookingReducer(state, { type: 'retry' });
    dispatch({ type: 'retry' });
    void booking.book(input, resumed, dispatch);
  }, [booking, input, state]);

  /** After "slot taken": a new start is a new booking with a new key. */
  const pickStart = useCallback(
    (start: number) => {
      dispatch({ type: 'reset' });
      setInput((current) => ({ ...current, start, sessionKey: newSessionKey() }));
    },
    [],
  );

  return { state, input, retry, pickStart };
}
