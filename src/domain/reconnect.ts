// A surface that lost Microsoft 365 tries again by itself: sooner at first, then less often, and
// only while the person can see it (a hidden tab waits, and tries at once when looked at again).
// The "Sign in" button stays for anyone who does not want to wait.

export interface ReconnectPolicy {
  /** Wait before the first automatic try after a failure. */
  firstDelayMs: number;
  /** Never wait longer than this between tries, however long the outage. */
  maxDelayMs: number;
}

export const RECONNECT_POLICY: ReconnectPolicy = { firstDelayMs: 2_000, maxDelayMs: 60_000 };

export type ReconnectState =
  /** Connected, or not failed yet. */
  | { kind: 'idle' }
  /** A try is on its way; `failures` in a row before it. */
  | { kind: 'trying'; failures: number }
  /** The next automatic try is due at `dueAt` (epoch ms). */
  | { kind: 'waiting'; failures: number; dueAt: number }
  /** Failed while the page is hidden: tries when it is visible again. */
  | { kind: 'paused'; failures: number }
  /** A failure only the person can fix (permission, pop-up, account): no automatic try. */
  | { kind: 'needs-person'; failures: number };

export type ReconnectEvent =
  | { type: 'trying' }
  | { type: 'connected' }
  /** `transient`: Microsoft 365 or the network may answer again by itself. */
  | { type: 'failed'; at: number; transient: boolean; visible: boolean; retryAfterMs?: number }
  | { type: 'hidden' }
  | { type: 'visible'; at: number };

export const RECONNECT_IDLE: ReconnectState = { kind: 'idle' };

/** The wait after `failures` failures in a row: doubling from the first delay, at most the cap; Retry-After is honoured (up to the cap). */
export function reconnectDelayMs(failures: number, retryAfterMs: number | undefined, policy: ReconnectPolicy = RECONNECT_POLICY): number {
  const backoff = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.min(policy.maxDelayMs, Math.max(backoff, retryAfterMs ?? 0));
}

function failuresOf(state: ReconnectState): number {
  return state.kind === 'idle' ? 0 : state.failures;
}

export function reconnectReducer(state: ReconnectState, event: ReconnectEvent, policy: ReconnectPolicy = RECONNECT_POLICY): ReconnectState {
  switch (event.type) {
    case 'trying':
      return { kind: 'trying', failures: failuresOf(state) };
    case 'connected':
      return RECONNECT_IDLE;
    case 'failed': {
      const failures = failuresOf(state) + 1;
      if (!event.transient) return { kind: 'needs-person', failures };
      if (!event.visible) return { kind: 'paused', failures };
      return { kind: 'waiting', failures, dueAt: event.at + reconnectDelayMs(failures, event.retryAfterMs, policy) };
    }
    case 'hidden':
      return state.kind === 'waiting' ? { kind: 'paused', failures: state.failures } : state;
    case 'visible':
      // The person is looking again: try now rather than at the end of a long wait.
      return state.kind === 'paused' || state.kind === 'waiting' ? { kind: 'waiting', failures: state.failures, dueAt: event.at } : state;
  }
}
