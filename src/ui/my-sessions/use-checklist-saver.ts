import { useCallback, useEffect, useReducer } from 'react';
import { toPortError } from '../common/error-state';
import type { StoredSessionView, TabPorts } from '../common/tab-ports';
import { checklistSaverReducer, initialChecklistSaver, shouldSave } from './checklist-saver';

/** One session's record and checklist ticks, saved with the store's ETag merge as they are made. */
export function useChecklistSaver(initial: StoredSessionView, ports: TabPorts) {
  const port = ports.mySessions;
  const [state, dispatch] = useReducer(checklistSaverReducer, initial, initialChecklistSaver);

  useEffect(() => {
    if (!shouldSave(state)) return;
    const { stored, local } = state;
    dispatch({ type: 'save-started' });
    port.saveChecklists(stored, local).then(
      (result) => dispatch(result.kind === 'saved' ? { type: 'saved', stored: result.stored } : { type: 'conflict', fields: result.fields, theirs: result.theirs }),
      (error: unknown) => dispatch({ type: 'failed', error: toPortError(error) }),
    );
  }, [state, port]);

  return {
    state,
    toggle: useCallback((itemId: string, done: boolean) => dispatch({ type: 'toggle', itemId, done, by: ports.viewer.id, at: ports.now() }), [ports]),
    retry: useCallback(() => dispatch({ type: 'retry' }), []),
    replace: useCallback((stored: StoredSessionView) => dispatch({ type: 'replaced', stored }), []),
  };
}
