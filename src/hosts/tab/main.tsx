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
import type { ConnectedGraph } from '../graph-session';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';

// The screens and the Graph ports are not needed to draw sign-in, so they download beside it, from
// the moment this entry runs (one promise each, started once; a failure shows when they are used).
let tabAppModule: Promise<typeof import('../../ui/tab/tab-app')> | undefined;
const loadTabApp = () => (tabAppModule ??= import('../../ui/tab/tab-app'));
const TabApp = lazy(() => loadTabApp().then((m) => ({ default: m.TabApp })));
let portsModule: Promise<typeof import('./graph-tab-ports')> | undefined;
const loadPorts = () => (portsModule ??= import('./graph-tab-ports'));
void loadTabApp().catch(() => undefined);
void loadPorts().catch(() => undefined);
void import('../graph-session').catch(() => undefined); // sign-in's code (useGraphSession asks for the same chunk)

type PortsState = { kind: 'waiting' } | { kind: 'ready'; ports: TabPorts } | { kind: 'failed'; error: PortError };

/**
 * The ports, built from the moment there is a token: the directory's first page is asked for beside
 * /me, and the ports are ready once /me and the viewer's settings are in.
 */
function useTabPorts(connected: ConnectedGraph | undefined, context: HostContext): { state: PortsState; retry: () => void } {
  const [state, setState] = useState<PortsState>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  // Theme changes give a new context object; they must not rebuild the ports (and reload the directory).
  const latest = useRef(context);
  latest.current = context;
  useEffect(() => {
    if (!connected) return;
    let live = true;
    setState({ kind: 'waiting' });
    loadPorts()
      .then((module) => module.createTabPorts(connected, latest.current, { warmUp: true }))
      .then(
        (ports) => live && setState({ kind: 'ready', ports }),
        (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
      );
    return () => {
      live = false;
    };
  }, [connected, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

function Surface({ context }: { context: HostContext }) {
  const [connected, setConnected] = useState<ConnectedGraph>();
  const { state, retry } = useGraphSession(context, setConnected);
  const ports = useTabPorts(connected, context);
  let body;
  if (state.kind === 'failed') {
    body = <DirectoryIntro />; // sign-in's status says what went wrong and offers "Sign in"
  } else if (ports.state.kind === 'ready') {
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
