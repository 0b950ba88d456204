/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeSession, fakeSessionPorts, FAKE_PANEL_NOW } from './fake-session-ports';
import { renderPanel } from './render-panel';
import { SessionPanelApp } from './session-panel-app';

// An hour after the start of a 45-minute session: the loop is there to close.
const AFTER = FAKE_PANEL_NOW + 60 * 60_000;

describe('closing the loop', () => {
  it('is not offered before the session is over', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts().ports);
    await screen.findByTestId('session-goal');
    expect(screen.queryByTestId('close-the-loop')).not.toBeInTheDocument();
  });

  it('records the result, and sends the prefilled, edited thank-you note once', async () => {
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER, session: fakeSession({ agreedActions: [{ id: 'a1', text: 'Draft the budget', owner: 'Ada Mentee', role: 'mentee' }] }) });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('close-the-loop');

    const partly = screen.getAllByTestId('session-result').find((r) => (r as HTMLInputElement).value === 'partly')!;
    fireEvent.click(partly);
    await waitFor(() => expect(fake.stored().session).toMatchObject({ result: 'partly', status: 'completed' }));

    const body = screen.getByTestId('thank-you-body') as HTMLTextAreaElement;
    expect(body.value).toMatch(/Dear Grace, thank you for your time and advice on “Budget planning”/);
    fireEvent.change(body, { target: { value: 'Thank you, Grace! <b>Really</b> helpful.' } });
    fireEvent.click(screen.getByTestId('send-thank-you'));
    expect(await screen.findByTestId('thank-you-sent')).toHaveTextContent('sent to Grace Mentor');
    expect(screen.queryByTestId('send-thank-you')).not.toBeInTheDocument();
    expect(fake.calls.sendThankYou).toEqual([{ subject: 'Thank you for our micro-mentoring session: Budget planning', body: 'Thank you, Grace! <b>Really</b> helpful.' }]);
  });

  it('asks for consent to share the story and saves it', async () => {
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER });
    renderPanel(<SessionPanelApp />, fake.ports);
    fireEvent.click(await screen.findByTestId('share-story'));
    await waitFor(() => expect(fake.stored().session.shareStory).toBe(true));
  });

  it('offers the department only with consent, and saves the choice', async () => {
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER });
    renderPanel(<SessionPanelApp />, fake.ports);
    await screen.findByTestId('share-story');
    expect(screen.queryByTestId('share-department')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('share-story'));
    expect(await screen.findByTestId('share-story-withdraw')).toHaveTextContent('taken down at once');
    fireEvent.click(await screen.findByTestId('share-department'));
    await waitFor(() => expect(fake.stored().session).toMatchObject({ shareStory: true, shareDepartment: true }));
  });

  it('lets the mentor suggest the next session of a sequence, saved once, then says it is suggested', async () => {
    const session = fakeSession({ format: 'sequence', sequence: { index: 1, of: 3 } });
    const fake = fakeSessionPorts({ as: 'mentor', now: AFTER, session, bookNext: true });
    renderPanel(<SessionPanelApp />, fake.ports);
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest session 2 of 3' }));
    expect(await screen.findByTestId('follow-up-suggested')).toHaveTextContent('You suggested session 2 of 3; Ada Mentee books it');
    await waitFor(() => expect(fake.stored().session.followUpSuggested).toEqual({ at: AFTER }));
    expect(screen.queryByTestId('suggest-follow-up')).not.toBeInTheDocument();
    expect(screen.queryByTestId('book-next')).not.toBeInTheDocument();
    expect(screen.queryByTestId('thank-you-body')).not.toBeInTheDocument();
  });

  it('shows the mentee the suggestion and books it prefilled, with the open actions carried over', async () => {
    const session = fakeSession({
      followUpSuggested: { at: AFTER },
      agreedActions: [
        { id: 'a1', text: 'Draft the budget', owner: 'Ada Mentee', role: 'mentee' },
        { id: 'a2', text: 'Send the template', owner: 'Grace Mentor', role: 'mentor', done: true },
      ],
    });
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER, session, bookNext: true });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('follow-up-suggestion')).toHaveTextContent('Grace Mentor suggests a follow-up session.');
    fireEvent.click(screen.getByRole('button', { name: 'Book a follow-up session' }));
    expect(fake.calls.bookNext).toEqual([
      { mentorId: 'mentor-1', topic: 'Budget planning', goal: session.goal, context: 'Carried over from our last session:\n- Draft the budget (Ada Mentee)' },
    ]);
  });

  it('says so when Teams does not open the tab', async () => {
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER, session: fakeSession({ followUpSuggested: { at: AFTER } }) });
    const ports = { ...fake.ports, bookNext: () => Promise.reject({ code: 'unavailable', message: 'Teams did not open the Micromentor tab.' }) };
    renderPanel(<SessionPanelApp />, ports);
    fireEvent.click(await screen.findByTestId('book-next'));
    expect(await screen.findByTestId('book-next-failed')).toHaveTextContent('Teams did not open the Micromentor tab.');
  });

  it('offers the mentee the next session of a sequence, and no Book button where the host cannot open the tab', async () => {
    const fake = fakeSessionPorts({ as: 'mentee', now: AFTER, session: fakeSession({ format: 'sequence', sequence: { index: 2, of: 3 } }) });
    renderPanel(<SessionPanelApp />, fake.ports);
    expect(await screen.findByTestId('follow-up-suggestion')).toHaveTextContent('Session 3 of 3 is next.');
    expect(screen.queryByTestId('book-next')).not.toBeInTheDocument();
    expect(screen.getByText('Book it in the Micromentor tab in Teams.')).toBeInTheDocument();
  });

  it('shows the mentee nothing to book after a one-time session the mentor did not follow up', async () => {
    renderPanel(<SessionPanelApp />, fakeSessionPorts({ as: 'mentee', now: AFTER, bookNext: true }).ports);
    await screen.findByTestId('close-the-loop');
    expect(screen.queryByTestId('follow-up-suggestion')).not.toBeInTheDocument();
    expect(screen.queryByTestId('book-next')).not.toBeInTheDocument();
  });
});
