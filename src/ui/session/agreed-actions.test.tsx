/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ACTION_TEXT_MAX } from '../../domain/session-edits';
import { fakeSession, fakeSessionPorts, FAKE_PANEL_NOW } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

async function openPanel(fake = fakeSessionPorts({ as: 'mentor' })) {
  renderPanel(<SessionPanelApp />, fake.ports);
  await screen.findByTestId('session-goal');
  return fake;
}

const addForm = () => screen.getByRole('form', { name: 'Add action' });

describe('agreed actions', () => {
  it('adds an action with an owner and a due day, and saves it', async () => {
    const fake = await openPanel();
    fireEvent.change(screen.getByTestId('action-text'), { target: { value: 'Send the budget template' } });
    fireEvent.change(screen.getByTestId('action-owner'), { target: { value: 'mentor' } });
    fireEvent.change(screen.getByTestId('action-due'), { target: { value: '2026-03-09' } });
    fireEvent.click(screen.getByTestId('add-action'));
    const row = screen.getByTestId('agreed-action');
    expect(row).toHaveTextContent('Send the budget template');
    expect(row).toHaveTextContent('Grace Mentor (mentor)');
    expect(row).toHaveTextContent('due 9 Mar 2026');
    await waitFor(() => expect(fake.stored().session.agreedActions).toMatchObject([{ text: 'Send the budget template', role: 'mentor', owner: 'Grace Mentor' }]));
  });

  it('says at the field what is wrong: empty, too long, a past due day', async () => {
    const fake = await openPanel();
    fireEvent.click(screen.getByTestId('add-action'));
    expect(within(addForm()).getByText('Say what will be done.')).toBeInTheDocument();

    fireEvent.change(screen.getByTestId('action-text'), { target: { value: 'x'.repeat(ACTION_TEXT_MAX + 1) } });
    expect(within(addForm()).getByText(/shorten it/)).toBeInTheDocument();

    fireEvent.change(screen.getByTestId('action-text'), { target: { value: 'Ask finance' } });
    fireEvent.change(screen.getByTestId('action-due'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByTestId('add-action'));
    expect(within(addForm()).getByText('Pick today or a later day.')).toBeInTheDocument();
    expect(screen.queryByTestId('agreed-action')).not.toBeInTheDocument();
    expect(fake.calls.save).toEqual([]);
  });

  it('edits, ticks and removes an action', async () => {
    const session = fakeSession({ agreedActions: [{ id: 'a1', text: 'Draft the budget', owner: 'Ada Mentee', role: 'mentee', done: false }] });
    const fake = await openPanel(fakeSessionPorts({ as: 'mentee', session, now: FAKE_PANEL_NOW }));
    const row = () => screen.getByTestId('agreed-action');

    fireEvent.click(within(row()).getByRole('button', { name: /Edit/ }));
    const edit = screen.getByRole('form', { name: 'Save action' });
    fireEvent.change(within(edit).getByRole('textbox'), { target: { value: 'Draft the Q2 budget' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save action' }));
    expect(row()).toHaveTextContent('Draft the Q2 budget');

    fireEvent.click(within(row()).getByRole('checkbox'));
    expect(row()).toHaveAttribute('data-done', 'true');
    await waitFor(() => expect(fake.stored().session.agreedActions).toMatchObject([{ id: 'a1', text: 'Draft the Q2 budget', done: true }]));

    fireEvent.click(within(row()).getByRole('button', { name: /Remove/ }));
    expect(screen.queryByTestId('agreed-action')).not.toBeInTheDocument();
    await waitFor(() => expect(fake.stored().session.agreedActions).toEqual([]));
  });

  it('refuses an http follow-up resource at its field', async () => {
    await openPanel();
    fireEvent.change(screen.getByTestId('resource-url'), { target: { value: 'http://contoso.example/guide' } });
    fireEvent.click(screen.getByTestId('save-resource'));
    expect(screen.getByText(/Use a secure link that starts with https:\/\//)).toBeInTheDocument();
    expect(screen.queryByTestId('follow-up-resource')).not.toBeInTheDocument();
  });
});
