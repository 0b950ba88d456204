// The time box as both participants see it: the domain's view of the stored state at the host's
// corrected clock, redrawn every second while it runs (and not at all while it does not).
import { useEffect, useState } from 'react';
import type { Session } from '../../domain/session';
import { initialTimeBoxState, view, type TimeBoxState, type TimeBoxView } from '../../domain/time-box-reducer';
import { useSessionPorts } from './session-ports-context';

export function timeBoxStateOf(session: Session): TimeBoxState {
  return session.timeBox ?? initialTimeBoxState(session.timeBoxMinutes);
}

export function useTimeBoxView(session: Session): TimeBoxView {
  const { now } = useSessionPorts();
  const state = timeBoxStateOf(session);
  const [at, setAt] = useState(now);
  const running = state.status === 'running';
  useEffect(() => {
    setAt(now());
    if (!running) return undefined;
    const timer = setInterval(() => setAt(now()), 1_000);
    return () => clearInterval(timer);
  }, [running, now, state]);
  return view(state, running ? at : now());
}

/** "12:05" (minutes can pass 59: a box is at most 65 minutes), rounded up so 0:00 means the end. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
