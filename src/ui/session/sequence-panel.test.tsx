/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Session } from '../../domain/session';
import { fakeSession, fakeSessionPorts } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

const seq = (index: number, of: number, extra: Partial<Session> = {}): Session =>
  fakeSession({ format: 'sequence', sequence: { index, of, key: 'seq', goal: 'Present budgets on my own' }, ...extra });

const item = (role: string, id: string) =>
  screen.getAllByTestId('checklist-item').find((el) => el.getAttribute('data-role') === role && el.getAttribute('data-item-id') === id) as HTMLInputElement | undefined;

describe('a skill sequence in the meeting side panel', () => {
  it("shows session 1's actions in session 2's header and adds them to the mentee's prep, which the mentee ticks", async () => {
    const previous = seq(1, 3, { key: 'seq-1', agreedActions: [{ id: 'a1', text: 'Draft the budget storyline', owner: 'Ada Mentee', role: 'mentee' }, { id: 'a2', text: 'Send the template', owner: 'Grace Mentor', done: true }] });
    const fake = fakeSessionPorts({ as: 'mentee', session: seq(2, 3), previous });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('sequence-badge')).toHaveTextContent('Session 2 of 3');
    const carried = await screen.findByTestId('carried-actions');
    expect(within(carried).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Draft the budget storyline (Ada Mentee)', '☑ Send the template (Grace Mentor)']);
    const mine = screen.getAllByTestId('session-checklist').find((el) => el.getAttribute('data-role') === 'mentee')!;
    expect(mine).toHaveTextContent('(0 of 5)');
    fireEvent.click(item('mentee', 'mentee-carried-actions')!);
    await waitFor(() => expect(fake.stored().session.checklists.items['mentee-carried-actions']?.done).toBe(true));
  });

  it('has no carried-actions item in session 1 or a one-time session', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ as: 'mentee', session: seq(1, 3) }).ports);
    await screen.findByTestId('session-goal');
    expect(item('mentee', 'mentee-carried-actions')).toBeUndefined();
    expect(screen.queryByTestId('carried-actions')).toBeNull();
  });

  it("asks the mentee for the sequence's result in the last session once it has ended, and saves it", async () => {
    const fake = fakeSessionPorts({ as: 'mentee', session: seq(3, 3, { status: 'completed' }) });
    renderPanel(<SessionPanelApp />, fake.ports);
    const group = await screen.findByTestId('sequence-result');
    expect(screen.getByText(/last of 3 sessions. Did the sequence reach “Present budgets on my own”/)).toBeInTheDocument();
    fireEvent.click(within(group).getAllByTestId('sequence-result-option')[0]!);
    await waitFor(() => expect(fake.stored().session.sequence?.result).toBe('met'));
  });

  it('does not ask in an earlier session of the sequence', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ as: 'mentee', session: seq(2, 3, { status: 'completed' }) }).ports);
    await screen.findByTestId('close-the-loop');
    expect(screen.queryByTestId('sequence-result')).toBeNull();
  });
});
