import { useState } from 'react';
import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import type { ComposeItemPort, ComposeSessionPort } from '../../ui/common/compose-ports';
import { PortsProvider } from '../../ui/common/ports-context';
import type { TabPorts } from '../../ui/common/tab-ports';
import { ComposeProvider } from '../../ui/compose/compose-context';
import { ComposeIntro } from '../../ui/compose-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import type { ConnectedGraph } from '../graph-session';
import { NoHostError, isFramed, withTimeout, type HostConnection } from '../host-connection';
import { lazySurfaceBody } from '../lazy-surface-body';
import { mountSurface } from '../mount-surface';
import { useGraphSession } from '../use-graph-session';
import { useLazyPorts } from '../use-lazy-ports';
import { connectToOutlook, officeIsLoaded } from './office-host';
import { connectToWorkbench, type WorkbenchConnection } from './workbench-port';

const HOST_TIMEOUT_MS = 8000;

/** The item being composed: the workbench hands its form over with the connection; in Outlook it is Office.js's item. */
let composeSource: { kind: 'workbench'; compose: ComposeItemPort | undefined } | { kind: 'office' } | undefined;

async function connect(): Promise<HostConnection> {
  if (!isFramed()) {
    if (!officeIsLoaded()) throw new NoHostError('this page is not inside Outlook');
    const outlook = await connectToOutlook().catch(() => {
      throw new NoHostError('this page is not inside Outlook');
    });
    composeSource = { kind: 'office' };
    return outlook;
  }
  // Whichever host answers first wins: Outlook through Office.js, or the local workbench.
  const workbench = connectToWorkbench().then((connection: WorkbenchConnection) => {
    composeSource = { kind: 'workbench', compose: connection.compose };
    return connection;
  });
  const candidates: Promise<HostConnection>[] = [workbench];
  if (officeIsLoaded()) {
    const outlook = connectToOutlook().then((connection) => {
      composeSource ??= { kind: 'office' };
      return connection;
    });
    candidates.push(outlook.catch(() => new Promise<never>(() => undefined)));
  }
  return withTimeout(Promise.race(candidates), HOST_TIMEOUT_MS, 'Outlook did not answer');
}

interface PanePorts {
  tab: TabPorts;
  compose: ComposeItemPort | undefined;
  /** Keeps the session of the meeting being written (appointments only). */
  session: ComposeSessionPort | undefined;
}

// The tab's screens, its Graph ports and the Office.js adapter download beside sign-in, not before it.
const loadPane = () => import('../../ui/compose/compose-pane').then((m) => m.ComposePane);
const loadCompose = async (): Promise<ComposeItemPort | undefined> => {
  if (composeSource?.kind === 'workbench') return composeSource.compose;
  if (composeSource?.kind !== 'office') return undefined;
  const { createOfficeComposeItem } = await import('./office-compose-item');
  return createOfficeComposeItem();
};
const loadSessionPort = async (compose: ComposeItemPort | undefined, connected: ConnectedGraph): Promise<ComposeSessionPort | undefined> => {
  if (compose?.kind !== 'appointment') return undefined;
  const [{ createComposeSessionPort }, { PROGRAM_ENV, readProgramConfig }] = await Promise.all([import('./compose-session-port'), import('../tab/program-config')]);
  const program = readProgramConfig(PROGRAM_ENV);
  return createComposeSessionPort(compose, connected.graph, { siteId: program.siteId, sessionsList: program.sessionsList });
};
const buildPorts = async (connected: ConnectedGraph, context: HostContext): Promise<PanePorts> => {
  const [tab, compose] = await Promise.all([import('../tab/graph-tab-ports').then((m) => m.createTabPorts(connected, context, { warmUp: true })), loadCompose()]);
  return { tab, compose, session: await loadSessionPort(compose, connected) };
};
const noEarlyPorts = new WeakMap<ConnectedGraph, Promise<PanePorts>>();

function Surface({ context }: { context: HostContext }) {
  const [connected, setConnected] = useState<ConnectedGraph>();
  const { state, retry } = useGraphSession(context, setConnected);
  const ports = useLazyPorts(connected, context, noEarlyPorts, buildPorts, loadPane);
  const body = lazySurfaceBody(state, ports, {
    intro: <ComposeIntro />,
    loading: 'Loading the directory…',
    provide: (given, screen) => (
      <PortsProvider ports={given.tab}>
        <ComposeProvider compose={given.compose} session={given.session}>
          {screen}
        </ComposeProvider>
      </PortsProvider>
    ),
  });
  return (
    <AppShell context={context} title="Micromentor · Ask an expert" status={<SignInStatus state={state} onRetry={retry} />} signedIn={state.kind !== 'failed'}>
      {body}
    </AppShell>
  );
}

mountSurface(connect, (context) => <Surface context={context} />);
