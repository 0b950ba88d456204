// One sheet card's claim flow as a reducer: browsing → asking (the request for one slot) →
// claiming (booking progress) → the outcome, or a failure with what to do. Accepting an offer and
// resuming a failed booking go through 'claiming' too.
import type { BookingState } from '../../domain/booking-saga';
import type { ClaimResult } from '../common/office-hours-ports';
import type { PortError } from '../common/tab-ports';

export type ClaimFlow =
  | { kind: 'browsing' }
  | { kind: 'asking'; slotStart: number }
  /** `viaForm`: claimed from the request form, which stays on screen (a refusal keeps what was typed). */
  | { kind: 'claiming'; slotStart: number; viaForm: boolean; booking?: BookingState }
  | { kind: 'outcome'; result: ClaimResult }
  | { kind: 'failed'; slotStart: number; error: PortError; field?: string };

export type ClaimFlowEvent =
  | { type: 'ask'; slotStart: number }
  | { type: 'back' }
  | { type: 'claiming'; slotStart: number; viaForm: boolean }
  | { type: 'progress'; booking: BookingState }
  | { type: 'finished'; result: ClaimResult }
  | { type: 'failed'; error: PortError };

export function claimFlowReducer(state: ClaimFlow, event: ClaimFlowEvent): ClaimFlow {
  switch (event.type) {
    case 'ask':
      return { kind: 'asking', slotStart: event.slotStart };
    case 'back':
      return { kind: 'browsing' };
    case 'claiming':
      return { kind: 'claiming', slotStart: event.slotStart, viaForm: event.viaForm };
    case 'progress':
      return state.kind === 'claiming' ? { ...state, booking: event.booking } : state;
    case 'finished':
      return { kind: 'outcome', result: event.result };
    case 'failed': {
      const slotStart = state.kind === 'asking' || state.kind === 'claiming' ? state.slotStart : 0;
      // An 'invalid' answer about the request goes back to the form, the sentence at its field.
      return { kind: 'failed', slotStart, error: event.error, ...(event.error.field ? { field: event.error.field } : {}) };
    }
  }
}

/** A thrown port error as PortError (anything else in words a person can act on). */
export function asPortError(error: unknown): PortError {
  const e = error as Partial<PortError> | null;
  if (e && typeof e.code === 'string' && typeof e.message === 'string') return e as PortError;
  return { code: 'unavailable', message: 'Something went wrong while talking to Microsoft 365. Try again in a moment.' };
}
