// The side panel's sync with the session record, as a reducer. Edits are queued as data and saved
// one batch at a time; the store applies them to its latest record (session-edits.ts), so a queue
// kept through a dropped connection or a throttle is saved later without losing or repeating
// anything. What the panel shows is the last record read or saved with the pending edits applied
// on top, so a tick shows at once and the other participant's changes show as soon as they are read.
import type { Session } from './session';
import { applySessionEdits, type EditRefusal, type SessionEdit } from './session-edits';

/** A failure as the ports report it (the shape of the UI's PortError; the domain does not import it). */
export interface SyncError {
  code: string;
  message: string;
  retryAfterMs?: number;
}

/** The record as read or saved, at a version; the panel's PanelSession has this shape and more. */
export interface SyncedRecord {
  session: Session;
  version: string;
}

export type SyncProblem =
  /** A read or save failed with no connection: the queue is kept, and saved when a read succeeds again. */
  | { kind: 'offline'; error: SyncError }
  /** Microsoft 365 asked us to wait: saving resumes at `until`. */
  | { kind: 'throttled'; error: SyncError; until: number }
  /** Any other failure of a save: the queue is kept until the person retries. */
  | { kind: 'error'; error: SyncError };

export interface PanelSyncState<R extends SyncedRecord = SyncedRecord> {
  record: R;
  /** Edits not yet sent, in the order made. */
  queue: SessionEdit[];
  /** The batch being saved now; empty when no save is in flight. */
  inFlight: SessionEdit[];
  /** Counts saves that ended, so a read begun before a save ended (an older record) is dropped. */
  savesEnded: number;
  problem?: SyncProblem;
  /** Edits the domain refused when they were made, with a sentence each (the latest ones). */
  refused: EditRefusal[];
}

export type PanelSyncEvent<R extends SyncedRecord = SyncedRecord> =
  | { type: 'edit'; edits: SessionEdit[]; userId: string }
  | { type: 'save-started' }
  | { type: 'save-succeeded'; record: R }
  | { type: 'save-failed'; error: SyncError; at: number }
  /** `basis` is `savesEnded` when the read began. */
  | { type: 'read-succeeded'; record: R; basis: number }
  | { type: 'read-failed'; error: SyncError; at: number }
  /** The person pressed Retry, or a throttle's wait is over. */
  | { type: 'retry' }
  | { type: 'dismiss-refusals' };

export type SyncStatus = 'synced' | 'saving' | 'offline' | 'error';

export function initialPanelSync<R extends SyncedRecord>(record: R): PanelSyncState<R> {
  return { record, queue: [], inFlight: [], savesEnded: 0, refused: [] };
}

export function reducePanelSync<R extends SyncedRecord>(state: PanelSyncState<R>, event: PanelSyncEvent<R>): PanelSyncState<R> {
  switch (event.type) {
    case 'edit': {
      // Checked against what the person sees: a refused edit is said at once and never queued.
      let shown = displayedSession(state, event.userId);
      const accepted: SessionEdit[] = [];
      const refused: EditRefusal[] = [];
      for (const edit of event.edits) {
        const applied = applySessionEdits(shown, [edit], event.userId);
        if (applied.refused.length > 0) refused.push(...applied.refused);
        else if (applied.session !== shown) {
          accepted.push(edit);
          shown = applied.session;
        }
      }
      if (accepted.length === 0 && refused.length === 0) return state;
      return { ...state, queue: [...state.queue, ...accepted], refused };
    }
    case 'save-started':
      if (state.inFlight.length > 0 || state.queue.length === 0) return state;
      return { ...state, inFlight: state.queue, queue: [] };
    case 'save-succeeded': {
      const { problem: _cleared, ...rest } = state;
      return { ...rest, record: event.record, inFlight: [], savesEnded: state.savesEnded + 1 };
    }
    case 'save-failed':
      // The batch goes back to the head of the queue, before anything made meanwhile.
      return { ...state, queue: [...state.inFlight, ...state.queue], inFlight: [], savesEnded: state.savesEnded + 1, problem: problemOf(event.error, event.at) };
    case 'read-succeeded': {
      if (event.basis !== state.savesEnded) return state;
      // A read that works means the connection is back and Microsoft 365 answers: the kept queue may
      // be saved. A save's own error stays until the person retries.
      const problem = state.problem?.kind === 'error' ? state.problem : undefined;
      if (event.record.version === state.record.version && problem === state.problem) return state;
      const { problem: _old, ...rest } = state;
      return { ...rest, record: event.record.version === state.record.version ? state.record : event.record, ...(problem ? { problem } : {}) };
    }
    case 'read-failed': {
      // A failed poll only matters when it says the connection is gone; a save's error stays shown.
      if (event.error.code === 'offline') return state.problem?.kind === 'offline' ? state : { ...state, problem: { kind: 'offline', error: event.error } };
      if (event.error.code === 'throttled' && !state.problem) return { ...state, problem: problemOf(event.error, event.at) };
      return state;
    }
    case 'retry': {
      if (!state.problem) return state;
      const { problem: _cleared, ...rest } = state;
      return rest;
    }
    case 'dismiss-refusals':
      return state.refused.length === 0 ? state : { ...state, refused: [] };
  }
}

function problemOf(error: SyncError, at: number): SyncProblem {
  if (error.code === 'offline') return { kind: 'offline', error };
  if (error.code === 'throttled') return { kind: 'throttled', error, until: at + Math.max(0, error.retryAfterMs ?? 5_000) };
  return { kind: 'error', error };
}

/** Edits made but not yet in a saved record. */
export function pendingEdits(state: PanelSyncState): SessionEdit[] {
  return state.inFlight.length === 0 ? state.queue : [...state.inFlight, ...state.queue];
}

/** What the panel shows: the last record with the pending edits applied on top. */
export function displayedSession(state: PanelSyncState, userId: string): Session {
  const pending = pendingEdits(state);
  return pending.length === 0 ? state.record.session : applySessionEdits(state.record.session, pending, userId).session;
}

/** Whether a save should start now (one batch at a time; none while offline, after an error, or before a throttle's end). */
export function shouldSave(state: PanelSyncState, now: number): boolean {
  if (state.inFlight.length > 0 || state.queue.length === 0) return false;
  if (!state.problem) return true;
  return state.problem.kind === 'throttled' && now >= state.problem.until;
}

/** The line the panel shows about saving. Throttled counts as an error that says how long to wait. */
export function syncStatus(state: PanelSyncState): SyncStatus {
  if (state.problem?.kind === 'offline') return 'offline';
  if (state.problem) return 'error';
  return pendingEdits(state).length > 0 ? 'saving' : 'synced';
}
