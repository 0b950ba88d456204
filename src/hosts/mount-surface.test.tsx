/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import type { HostContext, HostTheme } from '../domain/host-context';
import { NoHostError, UnsupportedHostError, type HostConnection } from './host-connection';
import { Surface } from './mount-surface';

const context: HostContext = {
  host: 'teams',
  surface: 'tab',
  frame: 'content',
  user: { id: 'u1', displayName: 'Daniel Okafor', userPrincipalName: 'daniel@contoso.example' },
  theme: 'default',
};

const draw = (ctx: HostContext) => <p data-theme={ctx.theme}>Hello {ctx.user.displayName}</p>;

describe('Surface', () => {
  it('shows progress while connecting, then the surface with the host context', async () => {
    let resolve!: (c: HostConnection) => void;
    const connection = new Promise<HostConnection>((r) => (resolve = r));
    render(<Surface connection={connection} render={draw} />);
    expect(screen.getByText('Connecting to Microsoft 365…')).toBeInTheDocument();
    await act(async () => resolve({ context, onThemeChange: () => undefined }));
    expect(screen.getByText('Hello Daniel Okafor')).toBeInTheDocument();
  });

  it('follows the host when it changes theme', async () => {
    let push!: (theme: HostTheme) => void;
    const connection = Promise.resolve<HostConnection>({ context, onThemeChange: (listener) => (push = listener) });
    render(<Surface connection={connection} render={draw} />);
    await screen.findByText('Hello Daniel Okafor');
    expect(screen.getByText('Hello Daniel Okafor')).toHaveAttribute('data-theme', 'default');
    act(() => push('dark'));
    expect(screen.getByText('Hello Daniel Okafor')).toHaveAttribute('data-theme', 'dark');
  });

  it('explains how to open Micromentor when there is no host', async () => {
    render(<Surface connection={Promise.reject(new NoHostError('this page is not inside Teams'))} render={draw} />);
    expect(await screen.findByText(/run the local workbench with npm start/)).toBeInTheDocument();
    expect(screen.getByText(/this page is not inside Teams/)).toBeInTheDocument();
  });

  it('says what the host lacks when a capability is missing, not how to open Micromentor', async () => {
    render(<Surface connection={Promise.reject(new UnsupportedHostError('This version of Teams cannot show a configuration page.'))} render={draw} />);
    expect(await screen.findByText(/cannot show a configuration page/)).toBeInTheDocument();
    expect(screen.queryByText(/run the local workbench/)).not.toBeInTheDocument();
  });
});
