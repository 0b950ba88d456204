import { useEffect, useRef, useState } from 'react';
import type { HostContext } from '../domain/host-context';
import { toPortError } from '../ui/common/error-state';
import type { PortError } from '../ui/common/tab-ports';
import type { ConnectedGraph } from './graph-session';

/** Ready once the ports and the screens' code are both in: the screens draw at once, with no loading fallback in between. */
export type LazyPortsState<P, S> = { kind: 'waiting' } | { kind: 'ready'; ports: P; screen: S } | { kind: 'failed'; error: PortError };

/**
 * A surface's ports, built from the moment there is a token, and its lazily loaded screen. The first
 * attempt takes the ports the entry started building before React drew (`early`); Retry builds anew.
 */
export function useLazyPorts<P, S>(
  connected: ConnectedGraph | undefined,
  context: HostContext,
  early: WeakMap<ConnectedGraph, Promise<P>>,
  build: (connected: ConnectedGraph, context: HostContext) => Promise<P>,
  loadScreen: () => Promise<S>,
): { state: LazyPortsState<P, S>; retry: () => void } {
  const [state, setState] = useState<LazyPortsState<P, S>>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  // Theme changes give a new context object; they must not rebuild the ports.
  const latest = useRef({ context, build, loadScreen });
  latest.current = { context, build, loadScreen };
  useEffect(() => {
    if (!connected) return;
    let live = true;
    setState({ kind: 'waiting' });
    const { context: now, build: make, loadScreen: load } = latest.current;
    const building = (attempt === 0 && early.get(connected)) || make(connected, now);
    Promise.all([building, load()]).then(
      ([ports, screen]) => live && setState({ kind: 'ready', ports, screen }),
      (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [connected, attempt, early]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}
