/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import type { HostContext } from '../domain/host-context';
import { AppShell } from './app-shell';
import { OUTSIDE_HOST_MESSAGE, OutsideHost } from './outside-host';

const context: HostContext = {
  host: 'teams',
  surface: 'side-panel',
  frame: 'sidePanel',
  user: { id: 'u1', displayName: 'Priya <b>Natarajan</b>', userPrincipalName: 'priya@contoso.example' },
  theme: 'dark',
  chatId: '19:meeting_x@thread.v2',
};

describe('AppShell', () => {
  it('greets the signed-in person by name, as text and never as markup', () => {
    render(<AppShell context={context} title="Micromentor · This session" />);
    expect(screen.getByTestId('signed-in-user')).toHaveTextContent('Signed in as Priya <b>Natarajan</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('no longer says who is signed in once signing in has failed', () => {
    render(<AppShell context={context} title="t" signedIn={false} status={<p>Cannot reach Microsoft 365</p>} />);
    expect(screen.queryByTestId('signed-in-user')).toBeNull();
    expect(screen.queryByText(/Signed in as/)).toBeNull();
    expect(screen.getByText('Cannot reach Microsoft 365')).toBeInTheDocument();
  });

  it('says where it runs, including a connected meeting chat', () => {
    render(<AppShell context={context} title="t" />);
    expect(screen.getByText('Microsoft Teams · sidePanel · meeting chat connected')).toBeInTheDocument();
  });

  it('draws in the host theme and follows a change', () => {
    const { container, rerender } = render(<AppShell context={context} title="t" />);
    expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');
    rerender(<AppShell context={{ ...context, theme: 'contrast' }} title="t" />);
    expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'contrast');
  });
});

describe('OutsideHost', () => {
  it('tells a person how to open Micromentor', () => {
    render(<OutsideHost detail="this page is not inside Teams" />);
    expect(screen.getByText(/Open Micromentor in Teams or Outlook, or run the local workbench with npm start/)).toBeInTheDocument();
    expect(OUTSIDE_HOST_MESSAGE).toContain('npm start');
  });
});
