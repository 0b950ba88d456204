// Drives the panel's sync reducer (domain/panel-sync.ts) with the ports: saves queued edits one
// batch at a time, polls the record every 2 s while the panel is visible (not while hidden; at once
// when shown again), waits out throttles, and gives the session as it should be shown now.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import {
  displayedSession,
  initialPanelSync,
  reducePanelSync,
  shouldSave,
  syncStatus,
  type PanelSyncEvent,
  type PanelSyncState,
  type SyncProblem,
  type SyncStatus,
} from '../../domain/panel-sync';
import type { Session } from '../../domain/session';
import type { EditRefusal, SessionEdit } from '../../domain/session-edits';
import { toPortError } from '../common/error-state';
import type { PanelSession } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

/** How often the panel reads the record while visible: the other person's changes show within it. */
export const POLL_MS = 2_000;

export interface SessionPanelModel {
  /** The last record read or saved (people, previous session, version). */
  panel: PanelSession;
  /** The session as shown: the record with the pending edits applied. */
  session: Session;
  status: SyncStatus;
  problem?: SyncProblem;
  refused: EditRefusal[];
  edit(...edits: SessionEdit[]): void;
  retry(): void;
  dismissRefusals(): void;
  /** Runs a port call against the current record and adopts the record it returns (pin, thank-you). */
  withRecord(op: (current: PanelSession) => Promise<PanelSession>): Promise<PanelSession>;
}

type State = PanelSyncState<PanelSession>;
const reducer = (state: State, event: PanelSyncEvent<PanelSession>): State => reducePanelSync(state, event);

export function useSessionPanel(initial: PanelSession): SessionPanelModel {
  const ports = useSessionPorts();
  const [state, dispatch] = useReducer(reducer, initial, (record) => initialPanelSync(record));
  const latest = useRef(state);
  latest.current = state;

  // Start a save when the reducer says so; send exactly the batch it moved to inFlight, once.
  useEffect(() => {
    if (shouldSave(state, ports.now())) dispatch({ type: 'save-started' });
  }, [state, ports]);
  const sent = useRef<SessionEdit[] | undefined>(undefined);
  useEffect(() => {
    const batch = state.inFlight;
    if (batch.length === 0 || sent.current === batch) return;
    sent.current = batch;
    ports.sessions.save(state.record, batch).then(
      (record) => dispatch({ type: 'save-succeeded', record }),
      (error: unknown) => dispatch({ type: 'save-failed', error: toPortError(error), at: ports.now() }),
    );
  }, [state.inFlight, state.record, ports]);

  // A throttle's wait ends by itself.
  const problem = state.problem;
  useEffect(() => {
    if (problem?.kind !== 'throttled') return undefined;
    const timer = setTimeout(() => dispatch({ type: 'retry' }), Math.max(0, problem.until - ports.now()));
    return () => clearTimeout(timer);
  }, [problem, ports]);

  // Poll while visible; one read at a time; none while Microsoft 365 asked us to wait.
  const reading = useRef(false);
  useEffect(() => {
    let live = true;
    const read = () => {
      const now = latest.current;
      if (reading.current || document.visibilityState !== 'visible') return;
      if (now.problem?.kind === 'throttled' && ports.now() < now.problem.until) return;
      reading.current = true;
      const basis = now.savesEnded;
      ports.sessions.read(now.record).then(
        (record) => live && dispatch({ type: 'read-succeeded', record, basis }),
        (error: unknown) => live && dispatch({ type: 'read-failed', error: toPortError(error), at: ports.now() }),
      ).finally(() => {
        reading.current = false;
      });
    };
    let timer: ReturnType<typeof setInterval> | undefined;
    const schedule = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (document.visibilityState === 'visible') timer = setInterval(read, POLL_MS);
    };
    const onVisibility = () => {
      schedule();
      if (document.visibilityState === 'visible') read();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      if (timer !== undefined) clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ports]);

  const userId = ports.viewer.id;
  const session = useMemo(() => displayedSession(state, userId), [state, userId]);
  const edit = useCallback((...edits: SessionEdit[]) => dispatch({ type: 'edit', edits, userId }), [userId]);
  const retry = useCallback(() => dispatch({ type: 'retry' }), []);
  const dismissRefusals = useCallback(() => dispatch({ type: 'dismiss-refusals' }), []);
  const withRecord = useCallback(async (op: (current: PanelSession) => Promise<PanelSession>) => {
    const basis = latest.current.savesEnded;
    const record = await op(latest.current.record);
    dispatch({ type: 'read-succeeded', record, basis });
    return record;
  }, []);

  return {
    panel: state.record,
    session,
    status: syncStatus(state),
    ...(state.problem ? { problem: state.problem } : {}),
    refused: state.refused,
    edit,
    retry,
    dismissRefusals,
    withRecord,
  };
}
