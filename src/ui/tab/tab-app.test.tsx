/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { fakeTabPorts } from '../common/fake-tab-ports';
import { PortsProvider } from '../common/ports-context';
import { TabApp } from './tab-app';

describe('TabApp', () => {
  it('offers "My offer" to mentors, and "Become a mentor" to everyone else', async () => {
    const { unmount } = render(
      <PortsProvider ports={fakeTabPorts()}>
        <TabApp />
      </PortsProvider>,
    );
    expect(screen.getByRole('tab', { name: 'Find an expert' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Become a mentor' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'My offer' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'My sessions' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Office hours' })).toBeInTheDocument();
    // Everyone may be invited to a flash-mentoring event.
    expect(screen.getByRole('tab', { name: 'Events' })).toBeInTheDocument();
    await screen.findByText('No mentors yet');
    unmount();
    render(
      <PortsProvider ports={fakeTabPorts({ viewer: { isMentor: true } })}>
        <TabApp />
      </PortsProvider>,
    );
    expect(screen.getByRole('tab', { name: 'My offer' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Become a mentor' })).toBeNull();
    await screen.findByText('No mentors yet');
  });

  it('offers the Program dashboard to program managers only, loaded when opened', async () => {
    const { unmount } = render(
      <PortsProvider ports={fakeTabPorts()}>
        <TabApp />
      </PortsProvider>,
    );
    expect(screen.queryByRole('tab', { name: 'Program' })).toBeNull();
    await screen.findByText('No mentors yet');
    unmount();
    render(
      <PortsProvider ports={fakeTabPorts({ viewer: { isProgramManager: true } })}>
        <TabApp />
      </PortsProvider>,
    );
    await screen.findByText('No mentors yet');
    fireEvent.click(screen.getByRole('tab', { name: 'Program' }));
    expect(await screen.findByTestId('dashboard', undefined, { timeout: 10_000 })).toBeInTheDocument();
  });
});
