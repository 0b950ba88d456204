// Loads a list of sheets through the port (open sheets, or a mentor's own) and keeps it current
// as actions answer with a sheet's new state.
import { useCallback, useEffect, useReducer } from 'react';
import type { SheetView } from '../common/office-hours-ports';
import type { PortError } from '../common/tab-ports';
import { asPortError } from './claim-flow';

type SheetsState = { kind: 'loading' } | { kind: 'ready'; sheets: SheetView[] } | { kind: 'failed'; error: PortError };
type SheetsEvent = { type: 'loading' } | { type: 'loaded'; sheets: SheetView[] } | { type: 'failed'; error: PortError } | { type: 'changed'; view: SheetView };

function sheetsReducer(state: SheetsState, event: SheetsEvent): SheetsState {
  switch (event.type) {
    case 'loading':
      return { kind: 'loading' };
    case 'loaded':
      return { kind: 'ready', sheets: event.sheets };
    case 'failed':
      return { kind: 'failed', error: event.error };
    case 'changed': {
      if (state.kind !== 'ready') return state;
      const known = state.sheets.some((s) => s.sheet.itemId === event.view.sheet.itemId);
      return { kind: 'ready', sheets: known ? state.sheets.map((s) => (s.sheet.itemId === event.view.sheet.itemId ? event.view : s)) : [event.view, ...state.sheets] };
    }
  }
}

export function useSheets(load: () => Promise<SheetView[]>) {
  const [state, dispatch] = useReducer(sheetsReducer, { kind: 'loading' });
  const reload = useCallback(() => {
    let live = true;
    dispatch({ type: 'loading' });
    load().then(
      (sheets) => live && dispatch({ type: 'loaded', sheets }),
      (error: unknown) => live && dispatch({ type: 'failed', error: asPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  useEffect(() => reload(), [reload]);
  const changed = useCallback((view: SheetView) => dispatch({ type: 'changed', view }), []);
  return { state, reload, changed };
}
