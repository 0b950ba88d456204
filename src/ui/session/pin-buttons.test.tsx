/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeSessionPorts } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

describe('pinning to the meeting chat', () => {
  it('shows a failed pin with its sentence and pins on Retry', async () => {
    const fake = fakeSessionPorts({ as: 'mentor' });
    fake.fail.pin = { code: 'unavailable', message: 'Teams did not answer while pinning the summary.' };
    renderPanel(<SessionPanelApp />, fake.ports);
    fireEvent.click(await screen.findByTestId('pin-summary'));
    await waitFor(() => expect(screen.getByTestId('pin-summary')).toHaveAttribute('data-status', 'failed'));
    expect(screen.getByText(/Teams did not answer while pinning the summary/)).toBeInTheDocument();

    delete fake.fail.pin;
    fireEvent.click(screen.getByTestId('pin-retry'));
    await waitFor(() => expect(screen.getByTestId('pin-summary')).toHaveAttribute('data-status', 'done'));
    expect(screen.getByText('The summary is pinned in the meeting chat.')).toBeInTheDocument();
    expect(fake.calls.pin).toEqual(['summary', 'summary']);
    expect(fake.stored().session.chatPosts.summary?.pinned).toBe(true);
  });
});
