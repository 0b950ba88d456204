import { useState } from 'react';
import type { HostContext } from '../../domain/host-context';
import { formatClock, formatDay } from '../../domain/render-html';
import { AppShell } from '../../ui/app-shell';
import { PortsProvider } from '../../ui/common/ports-context';
import type { TabPorts } from '../../ui/common/tab-ports';
import { DirectoryIntro } from '../../ui/directory-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import type { ConnectedGraph } from '../graph-session';
import { signInEarly } from '../early-sign-in';
import { lazySurfaceBody } from '../lazy-surface-body';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';
import { useLazyPorts } from '../use-lazy-ports';

// The screens and the Graph ports are not needed to draw sign-in, so they download beside it, from
// the moment this entry runs (one promise each, started once; a failure shows when they are used).
let tabAppModule: Promise<typeof import('../../ui/tab/tab-app')> | undefined;
const loadTabApp = () =>
  (tabAppModule ??= import('../../ui/tab/tab-app').catch((error: unknown) => {
    tabAppModule = undefined; // Retry downloads it again
    throw error;
  }));
let portsModule: Promise<typeof import('./graph-tab-ports')> | undefined;
const loadPorts = () => (portsModule ??= import('./graph-tab-ports'));
void loadTabApp().catch(() => undefined);
void loadPorts().catch(() => undefined);
void import('../graph-session').catch(() => undefined); // sign-in's code (useGraphSession asks for the same chunk)

const buildTabPorts = (connected: ConnectedGraph, context: HostContext) =>
  loadPorts().then(async (module) => {
    const ports = await module.createTabPorts(connected, context, { warmUp: true });
    if (!context.subPageId) return ports;
    // Opened from a meeting to book a follow-up: the request to that mentor starts prefilled
    // (read in its own chunk: the tab's first JavaScript stays small).
    const { readRequestPrefill } = await import('../../domain/request-prefill');
    const initialRequest = readRequestPrefill(context.subPageId);
    return initialRequest ? { ...ports, initialRequest } : ports;
  });
const loadTabScreen = () => loadTabApp().then((m) => m.TabApp);

// The browser loads its date and time-zone data on first use: 80–200 ms on a slow machine. Do it
// while the first Graph reads are on the network (they are sent as the token arrives), not when the
// first card formats its free slot.
function loadDateData(): void {
  try {
    const place = { locale: navigator.language || 'en-GB', zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
    formatDay(Date.now(), place);
    formatClock(Date.now(), place);
  } catch {
    // only a head start
  }
}

// Teams is asked for its context, then the token, then the ports (with the directory's first page)
// as each is known, outside React: none of them waits for the shell to be drawn first.
const connecting = connectToTeams('tab');
connecting.catch(() => undefined); // the surface shows why
const early = signInEarly(connecting);
const earlyPorts = new WeakMap<ConnectedGraph, Promise<TabPorts>>();
void early.connected.then((connected) => {
  const ports = connecting.then(({ context }) => buildTabPorts(connected, context));
  ports.catch(() => undefined); // shown once the surface asks for them
  earlyPorts.set(connected, ports);
  setTimeout(loadDateData, 0); // after the reads above are sent
});

function Surface({ context }: { context: HostContext }) {
  const [connected, setConnected] = useState<ConnectedGraph>();
  const { state, retry } = useGraphSession(context, setConnected, early);
  const ports = useLazyPorts(connected, context, earlyPorts, buildTabPorts, loadTabScreen);
  const body = lazySurfaceBody(state, ports, {
    intro: <DirectoryIntro />,
    loading: 'Loading the directory…',
    provide: (given, screen) => <PortsProvider ports={given}>{screen}</PortsProvider>,
  });
  return (
    <AppShell context={context} title="Micromentor" status={<SignInStatus state={state} onRetry={retry} />} signedIn={state.kind !== 'failed'}>
      {body}
    </AppShell>
  );
}

mountSurface(
  () => connecting,
  (context) => <Surface context={context} />,
);
