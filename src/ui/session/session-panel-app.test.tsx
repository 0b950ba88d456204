/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { fakeSessionPorts, OFFLINE } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

describe('SessionPanelApp', () => {
  it("shows the found session's goal", async () => {
    const fake = fakeSessionPorts();
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(screen.getByRole('status')).toHaveTextContent(/finding this meeting's session/i);
    expect(await screen.findByTestId('session-goal')).toHaveTextContent('Build a first quarterly budget for my team');
    expect(screen.getByTestId('session-panel')).toHaveAttribute('data-layout', 'side-panel');
  });

  it('says when opened outside a meeting', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ lookup: 'no-meeting' }).ports);
    expect(await screen.findByText('Not in a meeting')).toBeInTheDocument();
  });

  it('names the field of a record edited into a bad state', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ lookup: 'unusable' }).ports);
    const unusable = await screen.findByTestId('session-unusable');
    expect(unusable).toHaveTextContent('TimeBoxMinutes');
    expect(unusable).toHaveTextContent(/time box minutes/);
    expect(unusable).toHaveTextContent('50 minutes');
  });

  it('attaches one of the viewer’s sessions to a meeting that holds none', async () => {
    const fake = fakeSessionPorts({
      lookup: 'not-a-session',
      attachable: [{ itemId: 'item-1', topic: 'Budget planning', goal: 'A first budget', start: Date.UTC(2026, 2, 2, 10), end: Date.UTC(2026, 2, 2, 11), withName: 'Grace Mentor' }],
    });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('not-a-session')).toHaveTextContent(/not a Micromentor session/);
    fireEvent.click(screen.getByTestId('attach-choice'));
    expect(await screen.findByTestId('session-goal')).toBeInTheDocument();
    expect(fake.calls.attach).toEqual(['item-1']);
  });

  it('shows a failed look-up with Retry', async () => {
    const fake = fakeSessionPorts();
    fake.fail.find = OFFLINE;
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('error-state')).toHaveAttribute('data-code', 'offline');
    delete fake.fail.find;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('session-goal')).toBeInTheDocument();
  });
});
