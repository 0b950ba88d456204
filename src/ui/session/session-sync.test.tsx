/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { isDone } from '../../domain/checklists';
import { fakeSessionPorts, OFFLINE } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

const tickItem = (id: string) =>
  fireEvent.click(screen.getAllByTestId('checklist-item').find((el) => el.getAttribute('data-item-id') === id)!);

describe('saving while the connection comes and goes', () => {
  it('keeps edits made offline, says so, and saves them when the connection is back', async () => {
    const fake = fakeSessionPorts({ as: 'mentee' });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('session-goal');
    fake.fail.save = OFFLINE;
    fake.fail.read = OFFLINE;

    tickItem('mentee-question');
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline'));
    tickItem('mentee-notes');
    expect(screen.getByTestId('sync-status')).toHaveTextContent('your edits are kept');
    expect(isDone(fake.stored().session.checklists, 'mentee-question')).toBe(false);

    delete fake.fail.save;
    delete fake.fail.read;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced'));
    const stored = fake.stored().session.checklists;
    expect(isDone(stored, 'mentee-question') && isDone(stored, 'mentee-notes')).toBe(true);
  });

  it('shows another failure with Retry and keeps the edit until then', async () => {
    const fake = fakeSessionPorts({ as: 'mentee' });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('session-goal');
    fake.fail.save = { code: 'forbidden', message: 'You cannot change this session.' };
    tickItem('mentee-question');
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveAttribute('data-state', 'error'));
    expect(screen.getByTestId('sync-status')).toHaveTextContent('You cannot change this session.');

    delete fake.fail.save;
    fireEvent.click(screen.getByTestId('sync-retry'));
    await waitFor(() => expect(isDone(fake.stored().session.checklists, 'mentee-question')).toBe(true));
  });
});
