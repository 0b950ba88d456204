import { useState } from 'react';
import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import { ErrorState } from '../../ui/common/error-state';
import { LoadingState } from '../../ui/common/loading-state';
import { ScreenBoundary } from '../../ui/common/screen-boundary';
import type { PanelLayout, SessionPanelPorts } from '../../ui/common/session-panel-ports';
import { SessionIntro } from '../../ui/session-intro';
import { SessionPortsProvider } from '../../ui/session/session-ports-context';
import { SignInStatus } from '../../ui/sign-in-status';
import type { ConnectedGraph } from '../graph-session';
import { signInEarly } from '../early-sign-in';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';
import { useLazyPorts } from '../use-lazy-ports';

// The panel and the Graph ports are not needed to draw sign-in, so they download beside it, from
// the moment this entry runs (one promise each; a failure shows when they are used). The side
// panel's first JavaScript stays React, Fluent and teams-js.
let panelModule: Promise<typeof import('../../ui/session/session-panel-app')> | undefined;
const loadPanel = () =>
  (panelModule ??= import('../../ui/session/session-panel-app').catch((error: unknown) => {
    panelModule = undefined; // Retry downloads it again
    throw error;
  }));
let portsModule: Promise<typeof import('./session-panel-ports')> | undefined;
const loadPorts = () =>
  (portsModule ??= import('./session-panel-ports').catch((error: unknown) => {
    portsModule = undefined;
    throw error;
  }));
const loadStage = () => import('./stage-port');
void loadPanel().catch(() => undefined);
void loadPorts().catch(() => undefined);
void import('../graph-session').catch(() => undefined);

const connecting = connectToTeams('side-panel');
connecting.catch(() => undefined); // the surface shows why
const early = signInEarly(connecting);

/** Where the page is drawn: the meeting's side panel, its stage, or a tab of the meeting (chat, details). */
function layoutOf(frame: string, search: string): PanelLayout {
  if (frame === 'meetingStage' || new URLSearchParams(search).get('view') === 'stage') return 'stage';
  if (frame === 'sidePanel') return 'side-panel';
  return 'chat-tab';
}

async function buildPorts(connected: ConnectedGraph, context: HostContext): Promise<SessionPanelPorts> {
  const layout = layoutOf(context.frame, window.location.search);
  const [module, stage, bookNext] = await Promise.all([
    loadPorts(),
    loadStage()
      .then((m) => m.createStagePort(context.frame, m.stageUrl(window.location)))
      .catch(() => undefined),
    import('./book-next').then((m) => m.createBookNext()).catch(() => undefined),
  ]);
  return module.createSessionPanelPorts(connected, context, { layout, stage, ...(bookNext ? { bookNext } : {}) });
}

const earlyPorts = new WeakMap<ConnectedGraph, Promise<SessionPanelPorts>>();
void early.connected.then((connected) => {
  const ports = connecting.then(({ context }) => buildPorts(connected, context));
  ports.catch(() => undefined); // shown once the surface asks for them
  earlyPorts.set(connected, ports);
});

const loadPanelApp = () => loadPanel().then((m) => m.SessionPanelApp);

function Surface({ context }: { context: HostContext }) {
  const [connected, setConnected] = useState<ConnectedGraph>();
  const { state, retry } = useGraphSession(context, setConnected, early);
  const ports = useLazyPorts(connected, context, earlyPorts, buildPorts, loadPanelApp);
  let body;
  if (state.kind === 'failed') {
    body = <SessionIntro inMeeting={Boolean(context.chatId)} />; // sign-in's status says what went wrong
  } else if (ports.state.kind === 'ready') {
    body = (
      <SessionPortsProvider ports={ports.state.ports}>
        <ScreenBoundary>
          <ports.state.screen />
        </ScreenBoundary>
      </SessionPortsProvider>
    );
  } else if (ports.state.kind === 'failed') {
    body = <ErrorState error={ports.state.error} onRetry={ports.retry} />;
  } else if (state.kind === 'signed-in') {
    body = <LoadingState label="Finding this meeting's session…" />;
  } else {
    body = <SessionIntro inMeeting={Boolean(context.chatId)} />;
  }
  return (
    <AppShell
      context={context}
      title="Micromentor · This session"
      status={<SignInStatus state={state} onRetry={retry} />}
      signedIn={state.kind !== 'failed'}
      quietHeader={layoutOf(context.frame, window.location.search) === 'stage' && state.kind === 'signed-in'}
    >
      {body}
    </AppShell>
  );
}

mountSurface(
  () => connecting,
  (context) => <Surface context={context} />,
);
