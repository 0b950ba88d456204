import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostContext } from '../domain/host-context';
import type { SignInState } from '../ui/sign-in-status';
import type { ConnectedGraph, GraphSession } from './graph-session';

/**
 * Signs in after first paint; `retry` starts again after a failure (the person's "Sign in").
 * `onConnected` hears of the connection once there is a token, before /me has answered.
 */
export function useGraphSession(
  context: HostContext,
  onConnected?: (connected: ConnectedGraph) => void,
): { state: SignInState; session?: GraphSession; retry: () => void } {
  const connected = useRef(onConnected);
  connected.current = onConnected;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SignInState>({ kind: 'signing-in' });
  const [session, setSession] = useState<GraphSession>();
  const userKey = context.user.userPrincipalName || context.user.id;

  useEffect(() => {
    let live = true;
    setState({ kind: 'signing-in' });
    import('./graph-session').then(
      ({ startGraphSession, describeSignInFailure }) =>
        startGraphSession(context, (c) => live && connected.current?.(c)).then(
          (started) => {
            if (!live) return;
            setSession(started);
            setState({ kind: 'signed-in', name: started.me.displayName ?? context.user.displayName });
          },
          (error: unknown) => live && setState({ kind: 'failed', ...describeSignInFailure(error) }),
        ),
      () => live && setState({ kind: 'failed', title: 'Micromentor could not load', message: 'Part of Micromentor did not download.', action: 'Check your connection and select "Sign in" again.' }),
    );
    return () => {
      live = false;
    };
    // Only a new person or a retry signs in again; theme changes must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userKey, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, session, retry };
}
