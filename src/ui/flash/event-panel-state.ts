// The event panel's state: the event as last read, and the one action under way (or its outcome).
import type { FlashEventView, PublishProgressView, PublishSummary } from '../common/flash-event-ports';
import type { PortError } from '../common/tab-ports';

export type PanelAction = 'open' | 'plan' | 'publish' | 'invite' | 'drop';

export interface PanelState {
  view?: FlashEventView;
  busy?: PanelAction;
  error?: { action: PanelAction; error: PortError };
  progress?: PublishProgressView;
  published?: Omit<PublishSummary, 'view'>;
}

export type PanelEvent =
  | { type: 'start'; action: PanelAction }
  | { type: 'loaded'; view: FlashEventView }
  | { type: 'progress'; progress: PublishProgressView }
  | { type: 'published'; summary: PublishSummary }
  | { type: 'failed'; action: PanelAction; error: PortError };

export function panelReducer(state: PanelState, event: PanelEvent): PanelState {
  switch (event.type) {
    case 'start':
      return { view: state.view, busy: event.action, published: event.action === 'publish' ? undefined : state.published };
    case 'loaded':
      return { view: event.view, published: state.published };
    case 'progress':
      return { ...state, progress: event.progress };
    case 'published': {
      const { view, ...summary } = event.summary;
      return { view, published: summary };
    }
    case 'failed':
      return { view: state.view, error: { action: event.action, error: event.error } };
  }
}

/** Any thrown value as a PortError (gateway errors already are one). */
export function asPortError(error: unknown): PortError {
  const e = error as Partial<PortError> | null;
  if (e && typeof e.code === 'string' && typeof e.message === 'string') return e as PortError;
  return { code: 'unavailable', message: 'Something went wrong while talking to Microsoft 365.' };
}
