import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostContext } from '../domain/host-context';
import type { SignInState } from '../ui/sign-in-status';
import type { EarlySignIn } from './early-sign-in';
import type { ConnectedGraph, GraphSession } from './graph-session';

/**
 * Signs in after first paint; `retry` starts again after a failure (the person's "Sign in").
 * `onConnected` hears of the connection once there is a token, before /me has answered.
 * `early`: a sign-in already started for this person (signInEarly), used by the first attempt.
 */
export function useGraphSession(
  context: HostContext,
  onConnected?: (connected: ConnectedGraph) => void,
  early?: EarlySignIn,
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
    const started = (async (): Promise<GraphSession> => {
      if (early && attempt === 0 && (await early.userKey.catch(() => undefined)) === userKey) {
        void early.connected.then((c) => live && connected.current?.(c));
        return early.session;
      }
      const { startGraphSession } = await import('./graph-session');
      return startGraphSession(context, (c) => live && connected.current?.(c));
    })();
    started.then(
      (session) => {
        if (!live) return;
        setSession(session);
        setState({ kind: 'signed-in', name: session.me.displayName ?? context.user.displayName });
      },
      (error: unknown) =>
        import('./graph-session').then(
          ({ describeSignInFailure }) => live && setState({ kind: 'failed', ...describeSignInFailure(error) }),
          () => live && setState({ kind: 'failed', title: 'Micromentor could not load', message: 'Part of Micromentor did not download.', action: 'Check your connection and select "Sign in" again.' }),
        ),
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
