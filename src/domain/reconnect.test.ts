import { RECONNECT_IDLE, reconnectDelayMs, reconnectReducer, type ReconnectEvent, type ReconnectState } from './reconnect';

const policy = { firstDelayMs: 2000, maxDelayMs: 60_000 };
const run = (events: ReconnectEvent[], from: ReconnectState = RECONNECT_IDLE) => events.reduce((s, e) => reconnectReducer(s, e, policy), from);
const outage = (at: number, visible = true): ReconnectEvent => ({ type: 'failed', at, transient: true, visible });

describe('reconnectDelayMs', () => {
  it('doubles from the first delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => reconnectDelayMs(n, undefined, policy))).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('waits at least as long as Microsoft 365 asked, but never past the cap', () => {
    expect(reconnectDelayMs(1, 10_000, policy)).toBe(10_000);
    expect(reconnectDelayMs(4, 1000, policy)).toBe(16_000);
    expect(reconnectDelayMs(1, 3_600_000, policy)).toBe(60_000);
  });
});

describe('reconnectReducer', () => {
  it('schedules each try later than the one before while Microsoft 365 stays away', () => {
    let state = run([{ type: 'trying' }, outage(1000)]);
    expect(state).toEqual({ kind: 'waiting', failures: 1, dueAt: 3000 });
    state = run([{ type: 'trying' }, outage(3100)], state);
    expect(state).toEqual({ kind: 'waiting', failures: 2, dueAt: 7100 });
    state = run([{ type: 'trying' }, outage(7200)], state);
    expect(state).toEqual({ kind: 'waiting', failures: 3, dueAt: 15_200 });
  });

  it('starts from the first delay again after a connection', () => {
    const state = run([outage(0), { type: 'trying' }, outage(2000), { type: 'trying' }, { type: 'connected' }, { type: 'trying' }, outage(50_000)]);
    expect(state).toEqual({ kind: 'waiting', failures: 1, dueAt: 52_000 });
  });

  it('does not try while the page is hidden, and tries at once when it is seen again', () => {
    expect(run([outage(0, false)])).toEqual({ kind: 'paused', failures: 1 });
    const hiddenLater = run([outage(0), { type: 'hidden' }]);
    expect(hiddenLater).toEqual({ kind: 'paused', failures: 1 });
    expect(run([{ type: 'visible', at: 9000 }], hiddenLater)).toEqual({ kind: 'waiting', failures: 1, dueAt: 9000 });
  });

  it('leaves a failure only the person can fix (a permission, a pop-up) to the Sign in button', () => {
    const state = run([{ type: 'failed', at: 0, transient: false, visible: true }]);
    expect(state).toEqual({ kind: 'needs-person', failures: 1 });
    expect(run([{ type: 'visible', at: 10 }, { type: 'hidden' }], state)).toEqual(state);
  });

  it('ignores visibility when nothing failed', () => {
    expect(run([{ type: 'hidden' }, { type: 'visible', at: 5 }])).toEqual(RECONNECT_IDLE);
    expect(run([{ type: 'trying' }, { type: 'visible', at: 5 }])).toEqual({ kind: 'trying', failures: 0 });
  });
});
