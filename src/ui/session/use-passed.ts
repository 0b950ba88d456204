import { useEffect, useState } from 'react';
import { useSessionPorts } from './session-ports-context';

// setTimeout holds at most ~24.8 days; a later instant is checked again then.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Whether the host's clock has passed an instant; flips once, when it does, without a ticking render. */
export function usePassed(instant: number): boolean {
  const { now } = useSessionPorts();
  const [passed, setPassed] = useState(() => now() >= instant);
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (passed || now() >= instant) {
      setPassed(true);
      return undefined;
    }
    // The corrected clock may run a little behind the timer: look again rather than stop looking.
    const timer = setTimeout(() => (now() >= instant ? setPassed(true) : setChecks((n) => n + 1)), Math.min(instant - now() + 50, MAX_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [instant, passed, now, checks]);
  return passed;
}
