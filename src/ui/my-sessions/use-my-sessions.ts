import { useCallback, useEffect, useState } from 'react';
import { toPortError } from '../common/error-state';
import type { MySessionsPort, PortError, StoredSessionView } from '../common/tab-ports';

export type SessionsListState = { kind: 'loading' } | { kind: 'loaded'; sessions: StoredSessionView[] } | { kind: 'failed'; error: PortError };

/** The viewer's sessions in one role, read when the list opens and again on Try again. */
export function useMySessions(port: MySessionsPort, role: 'mentee' | 'mentor') {
  const [state, setState] = useState<SessionsListState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    port.list(role).then(
      (sessions) => live && setState({ kind: 'loaded', sessions }),
      (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [port, role, round]);
  return { state, reload: useCallback(() => setRound((r) => r + 1), []) };
}
