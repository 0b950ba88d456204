// The meeting surfaces' app: finds this meeting's session and shows every state of that look-up;
// the panel itself (header, checklists, timer, actions, close the loop) draws once it is found.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { ErrorState, toPortError } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import type { PanelLookup, PanelSession, PortError } from '../common/session-panel-ports';
import { AttachSession } from './attach-session';
import { SessionPanel } from './session-panel';
import { useSessionPorts } from './session-ports-context';

// Few meetings are flash tables: their view downloads only there, keeping the panel's first JS small.
const FlashTablePanel = lazy(() => import('../flash-table/flash-table-panel').then((m) => ({ default: m.FlashTablePanel })));

type AppState = { kind: 'loading' } | { kind: 'failed'; error: PortError } | PanelLookup;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function SessionPanelApp() {
  const ports = useSessionPorts();
  const styles = useStyles();
  const [state, setState] = useState<AppState>({ kind: 'loading' });

  const find = useCallback(() => {
    let live = true;
    setState({ kind: 'loading' });
    ports.sessions.find().then(
      (lookup) => live && setState(lookup),
      (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [ports]);

  useEffect(() => find(), [find]);

  const attached = useCallback((found: PanelSession) => setState({ kind: 'found', found }), []);

  return (
    <div className={styles.root} data-testid="session-panel" data-layout={ports.layout} data-state={state.kind}>
      {(() => {
        switch (state.kind) {
          case 'loading':
            return <LoadingState label="Finding this meeting's session…" />;
          case 'failed':
            return <ErrorState error={state.error} onRetry={find} />;
          case 'no-meeting':
            return (
              <EmptyState title="Not in a meeting">
                <Text>Open Micromentor from a session meeting in Teams to see its goal, checklists and time box.</Text>
              </EmptyState>
            );
          case 'unusable':
            return <Unusable error={state.error} onRetry={find} />;
          case 'not-a-session':
            return <AttachSession choices={state.attachable} onAttached={attached} />;
          case 'found':
            return <SessionPanel initial={state.found} />;
          case 'flash-table':
            return (
              <Suspense fallback={<LoadingState label="Loading this table…" />}>
                <FlashTablePanel table={state.table} organizer={state.organizer} />
              </Suspense>
            );
        }
      })()}
    </div>
  );
}

/** "TimeBoxMinutes" → "time box minutes": a column's internal name as words a person can find in Lists. */
export function fieldInWords(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/** A record edited by hand into a state the app cannot use: which field, and who can fix it. */
function Unusable({ error, onRetry }: { error: PortError; onRetry: () => void }) {
  return (
    <section data-testid="session-unusable" data-field={error.field ?? ''} aria-label="This session cannot be shown">
      {error.field ? (
        <Text as="h2" weight="semibold" size={400} block>
          This session's {fieldInWords(error.field)} holds a value Micromentor cannot use
        </Text>
      ) : null}
      <ErrorState error={error} onRetry={onRetry} />
    </section>
  );
}
