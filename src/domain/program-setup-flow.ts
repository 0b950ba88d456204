// The set-up screen as a state machine: checking the site, showing what set-up will do, setting up
// with each list's progress, done, or a failure to act on. Pure: the effects live in the host's port.
export type StepState = 'waiting' | 'working' | 'done' | 'failed';

export interface SetupFlow<View> {
  phase: 'checking' | 'ready' | 'setting-up' | 'done' | 'failed';
  view?: View;
  /** Each list's progress while setting up, in the order set-up takes them. */
  steps: { list: string; state: StepState; message?: string }[];
  failure?: { kind: 'permission' | 'other'; message: string };
}

export type SetupEvent<View> =
  | { type: 'check' }
  | { type: 'checked'; view: View }
  | { type: 'start'; lists: string[] }
  | { type: 'step'; list: string; state: 'working' | 'done' | 'failed'; message?: string }
  | { type: 'finished'; view: View }
  | { type: 'failed'; failure: { kind: 'permission' | 'other'; message: string } };

export function initialSetupFlow<View>(): SetupFlow<View> {
  return { phase: 'checking', steps: [] };
}

export function setupFlow<View>(state: SetupFlow<View>, event: SetupEvent<View>): SetupFlow<View> {
  switch (event.type) {
    case 'check':
      return { ...state, phase: 'checking', failure: undefined };
    case 'checked':
      return { phase: 'ready', view: event.view, steps: [] };
    case 'start':
      // A second press while setting up does nothing.
      if (state.phase === 'setting-up') return state;
      return { ...state, phase: 'setting-up', failure: undefined, steps: event.lists.map((list) => ({ list, state: 'waiting' })) };
    case 'step': {
      if (state.phase !== 'setting-up') return state;
      const known = state.steps.some((s) => s.list === event.list);
      const step = { list: event.list, state: event.state, ...(event.message ? { message: event.message } : {}) };
      return { ...state, steps: known ? state.steps.map((s) => (s.list === event.list ? step : s)) : [...state.steps, step] };
    }
    case 'finished':
      return { phase: 'done', view: event.view, steps: state.steps };
    case 'failed':
      return { ...state, phase: 'failed', failure: event.failure };
  }
}
