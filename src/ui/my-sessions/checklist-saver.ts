// Ticks on one session's checklist and their saving, as a reducer: ticks show at once, saves run
// one at a time, a tick made while a save is out is saved next, and a conflict keeps the ticks.
import { mergeChecklistStates, tick, untick, type ChecklistState } from '../../domain/checklists';
import type { PortError, StoredSessionView } from '../common/tab-ports';

export interface ChecklistSaverState {
  stored: StoredSessionView;
  /** What the person sees: the stored ticks plus their own not yet saved. */
  local: ChecklistState;
  /** What the save in flight sent (its base for merging ticks made meanwhile). */
  sent?: ChecklistState;
  /** Ticks not yet sent. */
  dirty: boolean;
  conflict?: { fields: string[]; theirs: StoredSessionView };
  error?: PortError;
  /** Set by the last successful save, for the polite "Saved" note. */
  savedOnce: boolean;
}

export type ChecklistSaverEvent =
  | { type: 'toggle'; itemId: string; done: boolean; by: string; at: number }
  | { type: 'save-started' }
  | { type: 'saved'; stored: StoredSessionView }
  | { type: 'conflict'; fields: string[]; theirs: StoredSessionView }
  | { type: 'failed'; error: PortError }
  /** After a conflict or failure: merge the person's ticks into what is stored now and save again. */
  | { type: 'retry' }
  /** The session changed elsewhere on screen (cancelled, moved): its record replaces ours. */
  | { type: 'replaced'; stored: StoredSessionView };

export function initialChecklistSaver(stored: StoredSessionView): ChecklistSaverState {
  return { stored, local: stored.session.checklists, dirty: false, savedOnce: false };
}

export function checklistSaverReducer(state: ChecklistSaverState, event: ChecklistSaverEvent): ChecklistSaverState {
  switch (event.type) {
    case 'toggle': {
      const local = (event.done ? tick : untick)(state.local, event.itemId, event.by, event.at);
      return local === state.local ? state : { ...state, local, dirty: true, error: undefined };
    }
    case 'save-started':
      return { ...state, sent: state.local, dirty: false };
    case 'saved': {
      // Ticks made while this save was out are kept on top of what the store now holds.
      const local = state.dirty && state.sent ? mergeChecklistStates(state.sent, state.local, event.stored.session.checklists) : event.stored.session.checklists;
      return { ...state, stored: event.stored, local, sent: undefined, conflict: undefined, error: undefined, savedOnce: true };
    }
    case 'conflict':
      return { ...state, sent: undefined, conflict: { fields: event.fields, theirs: event.theirs } };
    case 'failed':
      return { ...state, sent: undefined, error: event.error, dirty: false };
    case 'retry': {
      if (state.conflict) {
        const theirs = state.conflict.theirs;
        const local = mergeChecklistStates(state.stored.session.checklists, state.local, theirs.session.checklists);
        return { ...state, stored: theirs, local, conflict: undefined, dirty: true };
      }
      return { ...state, error: undefined, dirty: true };
    }
    case 'replaced':
      return { ...state, stored: event.stored, local: mergeChecklistStates(state.stored.session.checklists, state.local, event.stored.session.checklists) };
    default:
      return state;
  }
}

/** A save can start: ticks wait, nothing is out, no conflict or failure is waiting for the person. */
export function shouldSave(state: ChecklistSaverState): boolean {
  return state.dirty && !state.sent && !state.conflict && !state.error;
}
