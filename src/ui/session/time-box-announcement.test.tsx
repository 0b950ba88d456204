/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { planPhases } from '../../domain/time-box';
import { initialTimeBoxState, reduceTimeBox } from '../../domain/time-box-reducer';
import { fakeSession, fakeSessionPorts, FAKE_PANEL_NOW } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

describe('what screen readers hear from the time box', () => {
  it('announces a phase change, and nothing while the seconds run', async () => {
    const explore = planPhases(45)[1]!;
    // Half a second before explore begins.
    const startedAt = FAKE_PANEL_NOW - explore.startMinute * 60_000 + 500;
    const fake = fakeSessionPorts({ session: fakeSession({ timeBox: reduceTimeBox(initialTimeBoxState(45), { type: 'start', at: startedAt }) }) });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('time-box')).toHaveAttribute('data-phase', 'container');
    expect(screen.getByTestId('time-box-announcement')).toHaveTextContent('');

    fake.advance(1_000);
    await waitFor(() => expect(screen.getByTestId('time-box')).toHaveAttribute('data-phase', 'explore'), { timeout: 3_000 });
    expect(screen.getByTestId('time-box-announcement')).toHaveTextContent(`Now: ${explore.title}.`);
    expect(screen.getByTestId('time-box-announcement')).toHaveAttribute('aria-live', 'polite');
  });
});
