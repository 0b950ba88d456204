/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { initialTimeBoxState, reduceTimeBox } from '../../domain/time-box-reducer';
import { fakeSession, fakeSessionPorts, FAKE_PANEL_NOW } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

const MINUTE = 60_000;
const startedAt = (at: number) => fakeSession({ timeBox: reduceTimeBox(initialTimeBoxState(45), { type: 'start', at, by: 'mentor-1' }) });

describe('the time box in the panel', () => {
  it('shows the phase and time left from the stored start instant and the host clock', async () => {
    // Started 20 minutes ago by the other participant: the clock here counts from that instant.
    const fake = fakeSessionPorts({ session: startedAt(FAKE_PANEL_NOW - 20 * MINUTE) });
    renderPanel(<SessionPanelApp />, fake.ports);
    const timer = await screen.findByTestId('time-box');
    expect(timer).toHaveAttribute('data-phase', 'explore');
    expect(timer).toHaveAttribute('data-remaining-ms', String(25 * MINUTE));
    expect(screen.getByRole('timer')).toHaveTextContent('25:00');
    expect(screen.getByTestId('pause-time-box')).toBeInTheDocument();
  });

  it('nudges in the last two minutes and overtime', async () => {
    const fake = fakeSessionPorts({ session: startedAt(FAKE_PANEL_NOW - 44 * MINUTE) });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByText('Two minutes left.')).toBeInTheDocument();
    expect(screen.getByTestId('time-box')).toHaveAttribute('data-phase', 'conclude');
  });

  it('starts the time box for both and saves the start instant', async () => {
    const fake = fakeSessionPorts({ as: 'mentee' });
    renderPanel(<SessionPanelApp />, fake.ports);
    fireEvent.click(await screen.findByTestId('start-time-box'));
    expect(screen.getByTestId('time-box')).toHaveAttribute('data-status', 'running');
    await waitFor(() => expect(fake.stored().session.timeBox?.startedAt).toBe(FAKE_PANEL_NOW));
    expect(screen.getByTestId('extend-time-box')).toBeInTheDocument();
  });

  it('extends once, then no longer offers it', async () => {
    const fake = fakeSessionPorts({ session: startedAt(FAKE_PANEL_NOW - 10 * MINUTE) });
    renderPanel(<SessionPanelApp />, fake.ports);
    fireEvent.click(await screen.findByTestId('extend-time-box'));
    expect(screen.queryByTestId('extend-time-box')).not.toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('40:00');
    await waitFor(() => expect(fake.stored().session.timeBox?.extendedMinutes).toBe(5));
  });

  it('shows only the phase and the time left on the stage', async () => {
    const fake = fakeSessionPorts({ layout: 'stage', session: startedAt(FAKE_PANEL_NOW - 2 * MINUTE) });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('time-box')).toHaveAttribute('data-phase', 'container');
    expect(screen.queryByTestId('session-goal')).not.toBeInTheDocument();
    expect(screen.queryByTestId('start-time-box')).not.toBeInTheDocument();
  });
});
