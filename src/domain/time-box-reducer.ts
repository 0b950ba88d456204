// The session clock as a reducer: `(state, event) => state`, plus a pure `view(state, now)` for the
// side panel. The state is plain JSON, because it is stored in the session's SharePoint list item
// and both the mentor and the mentee apply events to it.
import {
  planPhases,
  planPhasesWithExtension,
  type Phase,
  type PhaseId,
  type TimeBoxMinutes,
} from './time-box';

export type TimeBoxStatus = 'not-started' | 'running' | 'paused' | 'ended';

/** How much one extension adds; a session may be extended once. */
export const EXTENSION_MINUTES = 5;

/** How long the "conclude is starting" nudge stays up after the conclude phase begins. */
export const CONCLUDE_NUDGE_MS = 60_000;

/** When the "two minutes left" nudge appears. */
export const TWO_MINUTES_MS = 2 * 60_000;

const MINUTE_MS = 60_000;

export type TimeBoxEvent =
  | { type: 'start'; at: number; by?: string }
  | { type: 'pause'; at: number; by?: string }
  | { type: 'resume'; at: number; by?: string }
  | { type: 'extend'; at: number; by?: string }
  | { type: 'end'; at: number; by?: string };

export type TimeBoxRefusalCode =
  | 'not-started'
  | 'already-started'
  | 'not-running'
  | 'not-paused'
  | 'already-ended'
  | 'already-extended';

export interface TimeBoxRefusal {
  code: TimeBoxRefusalCode;
  /** What was asked for. */
  event: TimeBoxEvent['type'];
  /** A sentence the panel can show as it is. */
  message: string;
}

export interface TimeBoxState {
  box: TimeBoxMinutes;
  status: TimeBoxStatus;
  startedAt: number | null;
  startedBy: string | null;
  /** When the current pause began; null unless paused. */
  pausedAt: number | null;
  /** Paused time of pauses already resumed; it does not count towards the box. */
  pausedMs: number;
  extendedMinutes: number;
  extendedAt: number | null;
  extendedBy: string | null;
  endedAt: number | null;
  endedBy: string | null;
  /**
   * Why the last extend was refused. Other refused events (a second "start" from the other
   * participant, a late "pause" after the end) leave the state object untouched, so a stale or
   * duplicate click never causes a write; an extend refusal is worth telling both people.
   */
  lastRefusal: TimeBoxRefusal | null;
}

export function initialTimeBoxState(box: TimeBoxMinutes): TimeBoxState {
  return {
    box,
    status: 'not-started',
    startedAt: null,
    startedBy: null,
    pausedAt: null,
    pausedMs: 0,
    extendedMinutes: 0,
    extendedAt: null,
    extendedBy: null,
    endedAt: null,
    endedBy: null,
    lastRefusal: null,
  };
}

/**
 * Why `event` makes no sense in `state`, or null when it would be applied. The reducer uses it,
 * and a panel can use it to explain a button that did nothing.
 */
export function refusalFor(state: TimeBoxState, event: TimeBoxEvent): TimeBoxRefusal | null {
  const refuse = (code: TimeBoxRefusalCode, message: string): TimeBoxRefusal => ({ code, event: event.type, message });
  if (state.status === 'ended') return refuse('already-ended', 'The session has already ended.');
  switch (event.type) {
    case 'start':
      return state.status === 'not-started' ? null : refuse('already-started', 'The session has already started.');
    case 'pause':
      if (state.status === 'not-started') return refuse('not-started', 'The session has not started yet, so there is nothing to pause.');
      return state.status === 'running' ? null : refuse('not-running', 'The session is already paused.');
    case 'resume':
      if (state.status === 'not-started') return refuse('not-started', 'The session has not started yet; start it instead.');
      return state.status === 'paused' ? null : refuse('not-paused', 'The session is running; there is nothing to resume.');
    case 'extend':
      if (state.status === 'not-started') return refuse('not-started', 'The session has not started yet, so it cannot be extended.');
      return state.extendedMinutes > 0
        ? refuse('already-extended', `The session was already extended by ${state.extendedMinutes} minutes; it can be extended only once.`)
        : null;
    case 'end':
      return state.status === 'not-started' ? refuse('not-started', 'The session has not started yet, so it cannot end.') : null;
  }
}

export function reduceTimeBox(state: TimeBoxState, event: TimeBoxEvent): TimeBoxState {
  const refusal = refusalFor(state, event);
  if (refusal) {
    if (refusal.code !== 'already-extended') return state;
    // Repeating the same refusal changes nothing, so it need not be written again.
    if (state.lastRefusal?.code === refusal.code) return state;
    return { ...state, lastRefusal: refusal };
  }
  const by = event.by ?? null;
  switch (event.type) {
    case 'start':
      return { ...state, status: 'running', startedAt: event.at, startedBy: by, lastRefusal: null };
    case 'pause':
      return { ...state, status: 'paused', pausedAt: event.at, lastRefusal: null };
    case 'resume':
      return { ...state, status: 'running', pausedAt: null, pausedMs: state.pausedMs + pauseLength(state, event.at), lastRefusal: null };
    case 'extend':
      return { ...state, extendedMinutes: EXTENSION_MINUTES, extendedAt: event.at, extendedBy: by, lastRefusal: null };
    case 'end':
      // Ending while paused closes the pause, so the session's elapsed time stops where the pause began.
      return {
        ...state,
        status: 'ended',
        pausedAt: null,
        pausedMs: state.pausedMs + pauseLength(state, event.at),
        endedAt: event.at,
        endedBy: by,
        lastRefusal: null,
      };
  }
}

// Clocks of two people differ a little; a resume stamped before its pause counts as no pause.
function pauseLength(state: TimeBoxState, at: number): number {
  return state.pausedAt === null ? 0 : Math.max(0, at - state.pausedAt);
}

export type TimeBoxNudge = 'conclude-phase-starting' | 'two-minutes-left' | 'overtime';

export interface TimeBoxView {
  status: TimeBoxStatus;
  box: TimeBoxMinutes;
  /** The box plus any extension. */
  totalMinutes: number;
  /** The plan in force: with the extension added to advice, once extended. */
  phases: Phase[];
  phase: { id: PhaseId; title: string; index: number };
  /** Session time used so far; paused time does not count. */
  elapsedMs: number;
  phaseLeftMs: number;
  sessionLeftMs: number;
  /** How far past the (extended) box the session runs; 0 within it. */
  overtimeMs: number;
  extended: boolean;
  canExtend: boolean;
  /** Nudges the panel should show now, only while the session is running. */
  nudges: TimeBoxNudge[];
  lastRefusal: TimeBoxRefusal | null;
}

/** Session time used at `now`: the clock stops while paused and at the end. */
export function elapsedMs(state: TimeBoxState, now: number): number {
  if (state.startedAt === null) return 0;
  const until = state.endedAt ?? state.pausedAt ?? now;
  return Math.max(0, until - state.startedAt - state.pausedMs);
}

export function view(state: TimeBoxState, now: number): TimeBoxView {
  const phases = state.extendedMinutes > 0 ? planPhasesWithExtension(state.box, state.extendedMinutes) : planPhases(state.box);
  const totalMinutes = state.box + state.extendedMinutes;
  const totalMs = totalMinutes * MINUTE_MS;
  const elapsed = elapsedMs(state, now);

  // Past the box the session stays in its last phase, conclude, until someone ends it.
  let index = phases.findIndex((p) => elapsed < (p.startMinute + p.minutes) * MINUTE_MS);
  if (index < 0) index = phases.length - 1;
  const current = phases[index] as Phase;
  const phaseEndMs = (current.startMinute + current.minutes) * MINUTE_MS;

  const sessionLeftMs = Math.max(0, totalMs - elapsed);
  const overtimeMs = Math.max(0, elapsed - totalMs);

  const nudges: TimeBoxNudge[] = [];
  if (state.status === 'running') {
    const concludeStartMs = current.startMinute * MINUTE_MS;
    if (current.id === 'conclude' && elapsed < totalMs && elapsed - concludeStartMs < CONCLUDE_NUDGE_MS) {
      nudges.push('conclude-phase-starting');
    }
    if (sessionLeftMs > 0 && sessionLeftMs <= TWO_MINUTES_MS) nudges.push('two-minutes-left');
    if (elapsed >= totalMs) nudges.push('overtime');
  }

  return {
    status: state.status,
    box: state.box,
    totalMinutes,
    phases,
    phase: { id: current.id, title: current.title, index },
    elapsedMs: elapsed,
    phaseLeftMs: Math.max(0, phaseEndMs - elapsed),
    sessionLeftMs,
    overtimeMs,
    extended: state.extendedMinutes > 0,
    canExtend: (state.status === 'running' || state.status === 'paused') && state.extendedMinutes === 0,
    nudges,
    lastRefusal: state.lastRefusal,
  };
}
