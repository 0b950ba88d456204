import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { HostContext } from '../domain/host-context';
import { RECONNECT_IDLE, reconnectReducer } from '../domain/reconnect';
import type { SignInState } from '../ui/sign-in-status';
import type { EarlySignIn } from './early-sign-in';
import type { ConnectedGraph, GraphSession } from './graph-session';

const pageVisible = () => document.visibilityState !== 'hidden';

/**
 * Signs in after first paint; `retry` starts again after a failure (the person's "Sign in"). A
 * failure that can end by itself (Microsoft 365 or the network away) is tried again on a backoff
 * while the page is visible (domain/reconnect.ts), keeping its message up until one succeeds.
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
  const [attempt, setAttempt] = useState({ n: 0, automatic: false });
  const [state, setState] = useState<SignInState>({ kind: 'signing-in' });
  const [session, setSession] = useState<GraphSession>();
  const [reconnect, dispatch] = useReducer(reconnectReducer, RECONNECT_IDLE);
  const userKey = context.user.userPrincipalName || context.user.id;

  useEffect(() => {
    let live = true;
    // An automatic try keeps the message (and its button) up: no flicker every few seconds.
    setState((now) => (attempt.automatic && now.kind === 'failed' ? { ...now, trying: true } : { kind: 'signing-in' }));
    dispatch({ type: 'trying' });
    const started = (async (): Promise<GraphSession> => {
      if (early && attempt.n === 0 && (await early.userKey.catch(() => undefined)) === userKey) {
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
        dispatch({ type: 'connected' });
      },
      (error: unknown) =>
        import('./graph-session').then(
          ({ describeSignInFailure }) => {
            if (!live) return;
            const { transient, retryAfterMs, ...said } = describeSignInFailure(error);
            setState({ kind: 'failed', ...said });
            dispatch({ type: 'failed', at: Date.now(), transient, visible: pageVisible(), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
          },
          () => {
            if (!live) return;
            setState({ kind: 'failed', title: 'Micromentor could not load', message: 'Part of Micromentor did not download.', action: 'Check your connection. Micromentor tries again by itself while this page is open; select "Sign in" to try now.' });
            dispatch({ type: 'failed', at: Date.now(), transient: true, visible: pageVisible() });
          },
        ),
    );
    return () => {
      live = false;
    };
    // Only a new person or a retry signs in again; theme changes must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userKey, attempt]);

  // Tries only while the person can see the surface; looking again tries at once.
  useEffect(() => {
    const onChange = () => dispatch(pageVisible() ? { type: 'visible', at: Date.now() } : { type: 'hidden' });
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  const dueAt = reconnect.kind === 'waiting' ? reconnect.dueAt : undefined;
  useEffect(() => {
    if (dueAt === undefined) return undefined;
    const timer = setTimeout(() => setAttempt((a) => ({ n: a.n + 1, automatic: true })), Math.max(0, dueAt - Date.now()));
    return () => clearTimeout(timer);
  }, [dueAt]);

  const retry = useCallback(() => setAttempt((a) => ({ n: a.n + 1, automatic: false })), []);
  return { state, session, retry };
}
