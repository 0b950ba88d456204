import { useCallback, useEffect, useReducer } from 'react';
import type { DashboardData, StoredPilot } from '../../domain/dashboard-figures';
import type { DashboardPort, DashboardProgress } from '../common/dashboard-ports';
import { toPortError } from '../common/error-state';
import type { PortError } from '../common/tab-ports';

export type DashboardLoad =
  | { kind: 'loading'; progress?: DashboardProgress; attempt: number }
  | { kind: 'failed'; error: PortError; attempt: number }
  | { kind: 'ready'; data: DashboardData; attempt: number };

export type DashboardEvent =
  | { type: 'progress'; progress: DashboardProgress; attempt: number }
  | { type: 'loaded'; data: DashboardData; attempt: number }
  | { type: 'failed'; error: PortError; attempt: number }
  | { type: 'retry' }
  | { type: 'pilot-started'; pilot: StoredPilot };

/** The dashboard's read: loading with its step, failed (Retry reads again), or ready. Late answers of an earlier attempt are ignored. */
export function dashboardReducer(state: DashboardLoad, event: DashboardEvent): DashboardLoad {
  switch (event.type) {
    case 'retry':
      return { kind: 'loading', attempt: state.attempt + 1 };
    case 'pilot-started':
      if (state.kind !== 'ready') return state;
      return { ...state, data: { ...state.data, pilots: [event.pilot, ...state.data.pilots.filter((p) => p.key !== event.pilot.key)] } };
    default:
      if (event.attempt !== state.attempt || state.kind !== 'loading') return state;
      if (event.type === 'progress') return { ...state, progress: event.progress };
      if (event.type === 'loaded') return { kind: 'ready', data: event.data, attempt: state.attempt };
      return { kind: 'failed', error: event.error, attempt: state.attempt };
  }
}

export function useDashboard(port: DashboardPort) {
  const [state, dispatch] = useReducer(dashboardReducer, { kind: 'loading', attempt: 0 });
  const attempt = state.attempt;
  useEffect(() => {
    let live = true;
    port
      .load((progress) => live && dispatch({ type: 'progress', progress, attempt }))
      .then((data) => live && dispatch({ type: 'loaded', data, attempt }))
      .catch((error: unknown) => live && dispatch({ type: 'failed', error: toPortError(error), attempt }));
    return () => {
      live = false;
    };
  }, [port, attempt]);
  const retry = useCallback(() => dispatch({ type: 'retry' }), []);
  const pilotStarted = useCallback((pilot: StoredPilot) => dispatch({ type: 'pilot-started', pilot }), []);
  return { state, retry, pilotStarted };
}
