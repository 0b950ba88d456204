/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { SignInError } from '../auth/sign-in-error';
import type { HostContext } from '../domain/host-context';
import { startGraphSession } from './graph-session';
import { useGraphSession } from './use-graph-session';

jest.mock('./graph-session', () => ({ ...jest.requireActual('./graph-session'), startGraphSession: jest.fn() }));

const start = startGraphSession as jest.MockedFunction<typeof startGraphSession>;
const context: HostContext = { host: 'teams', surface: 'tab', frame: 'content', user: { id: 'u1', displayName: 'Priya', userPrincipalName: 'priya@contoso.example' }, theme: 'default' };
const outage = () => Promise.reject(new SignInError('unavailable', 'People and sessions show again once it answers.'));
const answers = () => Promise.resolve({ graph: {} as never, me: { displayName: 'Priya Natarajan' } });

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

/** Lets the sign-in's promises (and its import()) settle, and moves the clock on by `ms`. */
const wait = (ms = 0) => act(() => jest.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  jest.useFakeTimers();
  start.mockReset();
  visibility = 'visible';
});
afterEach(() => jest.useRealTimers());

describe('useGraphSession', () => {
  it('connects again by itself once Microsoft 365 answers, keeping the message up between tries', async () => {
    start.mockImplementationOnce(outage).mockImplementationOnce(outage).mockImplementation(answers);
    const { result } = renderHook(() => useGraphSession(context));
    await wait();
    expect(result.current.state).toMatchObject({ kind: 'failed', title: 'Microsoft 365 is not answering' });
    await wait(2000); // first try after 2 s: fails again, the message never left
    expect(start).toHaveBeenCalledTimes(2);
    expect(result.current.state.kind).toBe('failed');
    await wait(3000); // the next waits longer (4 s)
    expect(start).toHaveBeenCalledTimes(2);
    await wait(1000);
    expect(start).toHaveBeenCalledTimes(3);
    expect(result.current.state).toEqual({ kind: 'signed-in', name: 'Priya Natarajan' });
  });

  it('waits while the page is hidden and tries as soon as it is seen again', async () => {
    start.mockImplementationOnce(outage).mockImplementation(answers);
    visibility = 'hidden';
    const { result } = renderHook(() => useGraphSession(context));
    await wait(120_000);
    expect(start).toHaveBeenCalledTimes(1);
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await wait();
    expect(start).toHaveBeenCalledTimes(2);
    expect(result.current.state.kind).toBe('signed-in');
  });

  it('leaves a failure only the person can fix to the Sign in button', async () => {
    start.mockImplementationOnce(() => Promise.reject(new SignInError('consent-required', 'Needs your permission.'))).mockImplementation(answers);
    const { result } = renderHook(() => useGraphSession(context));
    await wait(300_000);
    expect(start).toHaveBeenCalledTimes(1);
    expect(result.current.state).toMatchObject({ kind: 'failed', title: 'Permission needed' });
    act(() => result.current.retry());
    await wait();
    expect(start).toHaveBeenCalledTimes(2);
    expect(result.current.state.kind).toBe('signed-in');
  });
});
