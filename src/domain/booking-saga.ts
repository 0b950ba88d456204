// Booking a session is a saga (ARCHITECTURE.md): session record → Teams meeting → meeting chat →
// prep checklist posted and pinned → scheduled. Each step's result is written to the session
// record before the next starts, so a retry resumes at the step that failed and repeats nothing.
// This is its state as data and a reducer; the effects live in the host.
import type { Session, SessionStatus } from './session';

export type BookingStepId = 'record' | 'meeting' | 'chat' | 'checklist' | 'schedule';

export const BOOKING_STEPS: readonly BookingStepId[] = ['record', 'meeting', 'chat', 'checklist', 'schedule'];

/** What each step is called on screen. */
export const BOOKING_STEP_LABELS: Readonly<Record<BookingStepId, string>> = {
  record: 'Save the request',
  meeting: 'Create the Teams meeting',
  chat: 'Find the meeting chat',
  checklist: 'Pin the prep checklist in the chat',
  schedule: 'Confirm the session',
};

export type StepStatus = 'waiting' | 'running' | 'done' | 'failed';

export interface BookingFailure {
  step: BookingStepId;
  code: string;
  message: string;
  retryAfterMs?: number;
}

export type BookingPhase = 'idle' | 'running' | 'failed' | 'slot-taken' | 'at-capacity' | 'booked';

export interface BookingState {
  phase: BookingPhase;
  steps: Record<BookingStepId, StepStatus>;
  /** The session record as last written by a step (ids of the meeting, chat, message). */
  session?: Session;
  failure?: BookingFailure;
  /** For 'slot-taken': the mentor's next bookable starts. */
  nextSlots?: number[];
  /** For 'at-capacity': the full period, and mentors (ids) with the same topic who have room. */
  capacity?: { period: 'week' | 'month'; alternatives: string[] };
}

export type BookingEvent =
  | { type: 'started' }
  | { type: 'step-started'; step: BookingStepId }
  | { type: 'step-done'; step: BookingStepId; session: Session }
  | { type: 'step-failed'; step: BookingStepId; error: { code: string; message: string; retryAfterMs?: number } }
  | { type: 'slot-taken'; nextSlots: number[] }
  | { type: 'at-capacity'; period: 'week' | 'month'; alternatives: string[] }
  /** The person pressed Retry: the failed step runs again, the done ones are kept. */
  | { type: 'retry' }
  /** A new slot or mentor was chosen after 'slot-taken' / 'at-capacity': start over (with a new session key). */
  | { type: 'reset' };

function allSteps(status: StepStatus): Record<BookingStepId, StepStatus> {
  return { record: status, meeting: status, chat: status, checklist: status, schedule: status };
}

export function initialBookingState(): BookingState {
  return { phase: 'idle', steps: allSteps('waiting') };
}

/** How many steps a stored session has behind it, from its status (the record is the truth). */
const STEPS_DONE_BY_STATUS: Readonly<Record<SessionStatus, number>> = {
  draft: 1,
  'meeting-created': 2,
  'chat-found': 3,
  'checklist-posted': 4,
  scheduled: 5,
  completed: 5,
  cancelled: 5,
};

/** The state of a booking whose session record is `session` (e.g. reopened after a reload). */
export function bookingStateFromSession(session: Session): BookingState {
  const done = STEPS_DONE_BY_STATUS[session.status] ?? 0;
  const steps = allSteps('waiting');
  BOOKING_STEPS.forEach((step, i) => {
    if (i < done) steps[step] = 'done';
  });
  return { phase: done >= BOOKING_STEPS.length ? 'booked' : 'idle', steps, session };
}

/** The step to run next, or undefined when the session is booked. */
export function nextBookingStep(state: BookingState): BookingStepId | undefined {
  return BOOKING_STEPS.find((step) => state.steps[step] !== 'done');
}

export function bookingReducer(state: BookingState, event: BookingEvent): BookingState {
  switch (event.type) {
    case 'started':
      return { ...state, phase: 'running', failure: undefined, nextSlots: undefined, capacity: undefined };
    case 'step-started':
      return { ...state, phase: 'running', steps: { ...state.steps, [event.step]: 'running' } };
    case 'step-done': {
      const steps = { ...state.steps, [event.step]: 'done' as const };
      const booked = BOOKING_STEPS.every((step) => steps[step] === 'done');
      return { ...state, steps, session: event.session, phase: booked ? 'booked' : 'running', failure: undefined };
    }
    case 'step-failed':
      return { ...state, phase: 'failed', steps: { ...state.steps, [event.step]: 'failed' }, failure: { step: event.step, ...event.error } };
    case 'slot-taken':
      return { ...state, phase: 'slot-taken', steps: resetRunning(state.steps), nextSlots: event.nextSlots };
    case 'at-capacity':
      return { ...state, phase: 'at-capacity', steps: resetRunning(state.steps), capacity: { period: event.period, alternatives: event.alternatives } };
    case 'retry':
      if (state.phase !== 'failed') return state;
      return { ...state, phase: 'running', steps: resetFailed(state.steps), failure: undefined };
    case 'reset':
      // A new slot or mentor is a new booking with a new session key; a draft left behind has no
      // meeting and counts towards no cap.
      return initialBookingState();
  }
}

function resetRunning(steps: Record<BookingStepId, StepStatus>): Record<BookingStepId, StepStatus> {
  const out = { ...steps };
  for (const step of BOOKING_STEPS) if (out[step] === 'running') out[step] = 'waiting';
  return out;
}

function resetFailed(steps: Record<BookingStepId, StepStatus>): Record<BookingStepId, StepStatus> {
  const out = { ...steps };
  for (const step of BOOKING_STEPS) if (out[step] === 'failed') out[step] = 'waiting';
  return out;
}
