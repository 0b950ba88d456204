/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { isDone, tick } from '../../domain/checklists';
import { initialTimeBoxState, reduceTimeBox } from '../../domain/time-box-reducer';
import { fakeSession, fakeSessionPorts, FAKE_PANEL_NOW } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

const item = (role: string, id: string) =>
  screen.getAllByTestId('checklist-item').find((el) => el.getAttribute('data-role') === role && el.getAttribute('data-item-id') === id) as HTMLInputElement;

describe('checklists in the panel', () => {
  it('shows a tick at once and saves it to the session', async () => {
    const fake = fakeSessionPorts({ as: 'mentee' });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('session-goal');
    fireEvent.click(item('mentee', 'mentee-question'));
    expect(item('mentee', 'mentee-question')).toBeChecked();
    await waitFor(() => expect(isDone(fake.stored().session.checklists, 'mentee-question')).toBe(true));
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced'));
  });

  it("shows the other person's checklist read-only", async () => {
    const session = fakeSession({ checklists: tick(fakeSession().checklists, 'mentor-reviewed-goal', 'mentor-1', FAKE_PANEL_NOW) });
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ as: 'mentee', session }).ports);
    await screen.findByTestId('session-goal');
    expect(item('mentor', 'mentor-reviewed-goal')).toBeChecked();
    expect(item('mentor', 'mentor-reviewed-goal')).toBeDisabled();
    expect(item('mentee', 'mentee-question')).toBeEnabled();
  });

  it('flags preparation still open once the time box has started', async () => {
    const started = reduceTimeBox(initialTimeBoxState(45), { type: 'start', at: FAKE_PANEL_NOW });
    const session = fakeSession({ timeBox: started, checklists: tick(fakeSession().checklists, 'mentee-question', 'mentee-1', FAKE_PANEL_NOW) });
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ as: 'mentor', session }).ports);
    await screen.findByTestId('session-goal');
    const menteeList = screen.getAllByTestId('session-checklist').find((el) => el.getAttribute('data-role') === 'mentee')!;
    // Three of the mentee's four preparation items are open; the ticked one is not flagged.
    expect(within(menteeList).getAllByTestId('still-open')).toHaveLength(3);
  });

  it("shows the other person's tick when the record is read again", async () => {
    const fake = fakeSessionPorts({ as: 'mentee' });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('session-goal');
    fake.remoteEdit([{ type: 'checklist', itemId: 'mentor-reviewed-goal', done: true, by: 'mentor-1', at: FAKE_PANEL_NOW }], 'mentor-1');
    // Becoming visible reads at once (as the 2-second poll would).
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(item('mentor', 'mentor-reviewed-goal')).toBeChecked());
  });
});
