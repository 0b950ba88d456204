import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import { ErrorState, toPortError } from '../../ui/common/error-state';
import { LoadingState } from '../../ui/common/loading-state';
import { PortsProvider } from '../../ui/common/ports-context';
import { ScreenBoundary } from '../../ui/common/screen-boundary';
import type { PortError, TabPorts } from '../../ui/common/tab-ports';
import { DirectoryIntro } from '../../ui/directory-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import type { GraphSession } from '../graph-session';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';

// The screens are not needed to draw sign-in, so they download beside it (one promise, started once).
let tabAppModule: Promise<typeof import('../../ui/tab/tab-app')> | undefined;
const loadTabApp = () => (tabAppModule ??= import('../../ui/tab/tab-app'));
const TabApp = lazy(() => loadTabApp().then((m) => ({ default: m.TabApp })));

type PortsState = { kind: 'waiting' } | { kind: 'ready'; ports: TabPorts } | { kind: 'failed'; error: PortError };

/** The ports once signed in; the gateway code downloads after first paint, with the Graph client. */
function useTabPorts(session: GraphSession | undefined, context: HostContext): { state: PortsState; retry: () => void } {
  const [state, setState] = useState<PortsState>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  // Theme changes give a new context object; they must not rebuild the ports (and reload the directory).
  const latest = useRef(context);
  latest.current = context;
  useEffect(() => {
    if (!session) return;
    let live = true;
    setState({ kind: 'waiting' });
    import('./graph-tab-ports')
      .then((module) => module.createTabPorts(session, latest.current))
      .then(
        (ports) => live && setState({ kind: 'ready', ports }),
        (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
      );
    return () => {
      live = false;
    };
  }, [session, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

function Surface({ context }: { context: HostContext }) {
  const { state, session, retry } = useGraphSession(context);
  const ports = useTabPorts(session, context);
  useEffect(() => {
    void loadTabApp().catch(() => undefined); // a failed download shows when the screens are drawn
  }, []);
  let body;
  if (ports.state.kind === 'ready') {
    body = (
      <PortsProvider ports={ports.state.ports}>
        <ScreenBoundary>
          <Suspense fallback={<LoadingState label="Loading the directory…" />}>
            <TabApp />
          </Suspense>
        </ScreenBoundary>
      </PortsProvider>
    );
  } else if (ports.state.kind === 'failed') {
    body = <ErrorState error={ports.state.error} onRetry={ports.retry} />;
  } else if (state.kind === 'signed-in') {
    body = <LoadingState label="Loading the directory…" />;
  } else {
    body = <DirectoryIntro />;
  }
  return (
    <AppShell context={context} title="Micromentor" status={<SignInStatus state={state} onRetry={retry} />}>
      {body}
    </AppShell>
  );
}

mountSurface(
  () => connectToTeams('tab'),
  (context) => <Surface context={context} />,
);
