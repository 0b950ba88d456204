import { FluentProvider, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { StrictMode, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostContext } from '../domain/host-context';
import { HostUnsupported, OutsideHost } from '../ui/outside-host';
import { UnsupportedHostError, type HostConnection } from './host-connection';

type State =
  | { kind: 'connecting' }
  | { kind: 'outside'; detail: string }
  | { kind: 'unsupported'; message: string }
  | { kind: 'ready'; connection: HostConnection };

/** Composition root shared by every surface: connect to the host, then draw with its context. */
export function mountSurface(connect: () => Promise<HostConnection>, render: (context: HostContext) => ReactNode): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element.');
  // Connect once, outside React, so a re-run effect never starts a second host handshake.
  const connection = connect();
  // The failure is shown by <Surface>, which may subscribe after the promise has settled.
  connection.catch(() => undefined);
  createRoot(element).render(
    <StrictMode>
      <Surface connection={connection} render={render} />
    </StrictMode>,
  );
}

/** Exported for tests: draws the connecting, outside-host, unsupported and ready states. */
export function Surface({ connection, render }: { connection: Promise<HostConnection>; render: (context: HostContext) => ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'connecting' });
  const [theme, setTheme] = useState<HostContext['theme'] | undefined>(undefined);

  useEffect(() => {
    let live = true;
    connection.then(
      (ready) => {
        if (!live) return;
        ready.onThemeChange((next) => live && setTheme(next));
        setState({ kind: 'ready', connection: ready });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof UnsupportedHostError) setState({ kind: 'unsupported', message: error.message });
        else setState({ kind: 'outside', detail: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [connection]);

  if (state.kind === 'connecting') {
    return (
      <FluentProvider theme={teamsLightTheme}>
        <Spinner label="Connecting to Microsoft 365…" />
      </FluentProvider>
    );
  }
  if (state.kind === 'outside') return <OutsideHost detail={state.detail} />;
  if (state.kind === 'unsupported') return <HostUnsupported message={state.message} />;
  const context = { ...state.connection.context, theme: theme ?? state.connection.context.theme };
  return <>{render(context)}</>;
}
