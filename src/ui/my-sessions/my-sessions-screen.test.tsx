/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { newSession, type Session } from '../../domain/session';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { FAKE_NOW, fakeMentor, fakeTabPorts } from '../common/fake-tab-ports';
import type { MySessionsPort, SaveResult, StoredSessionView } from '../common/tab-ports';
import { MySessionsScreen } from './my-sessions-screen';

beforeAll(stubResizeObserver);

const NOW = FAKE_NOW; // Monday 2 March 2026, 08:00 in London
const HOUR = 3_600_000;

function stored(patch: Partial<Session> = {}, otherName = 'Dana Mentor'): StoredSessionView {
  const start = patch.start ?? NOW + 26 * HOUR; // Tuesday 10:00
  const session: Session = {
    ...newSession({
      key: 'k-1',
      menteeId: 'viewer-1',
      mentorId: 'mentor-1',
      topic: 'Finance',
      goal: 'Present the budget to the board',
      context: 'Deck: https://contoso.sharepoint.com/deck and http://old.example/x',
      success: 'A three-slide outline',
      format: 'one-time',
      timeBoxMinutes: 45,
      start,
      end: start + 45 * 60_000,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
    }),
    status: 'scheduled',
    ...patch,
  };
  return { session, version: 'v1', otherName };
}

const MENTOR = fakeMentor('mentor-1', { displayName: 'Dana Mentor', sessionLengths: [45], bookedStarts: [NOW + 26 * HOUR] });

function renderScreen(mySessions: Partial<MySessionsPort>, options: { isMentor?: boolean } = {}) {
  const ports = fakeTabPorts({
    mentors: [MENTOR],
    viewer: { isMentor: options.isMentor ?? false },
    mySessions: {
      list: async () => [stored()],
      saveChecklists: async (s, checklists): Promise<SaveResult> => ({ kind: 'saved', stored: { ...s, session: { ...s.session, checklists }, version: 'v2' } }),
      cancel: async (s) => ({ ...s, session: { ...s.session, status: 'cancelled' }, version: 'v2' }),
      reschedule: async (s, start) => ({ ...s, session: { ...s.session, start, end: start + 45 * 60_000 }, version: 'v2' }),
      ...mySessions,
    },
  });
  renderWithPorts(<MySessionsScreen />, ports);
  return ports;
}

describe('MySessionsScreen', () => {
  it('lists an upcoming session with status, time in the viewer zone, the other person, topic and goal', async () => {
    renderScreen({});
    const row = await screen.findByTestId('session-row');
    expect(row).toHaveAttribute('data-session-id', 'k-1');
    expect(row).toHaveAttribute('data-status', 'scheduled');
    expect(within(row).getByText('Finance with Dana Mentor')).toBeInTheDocument();
    expect(within(row).getByTestId('session-status')).toHaveTextContent('Scheduled');
    expect(row).toHaveTextContent('Tuesday, 3 March 2026, 10:00–10:45');
    expect(row).toHaveTextContent('Present the budget to the board');
  });

  it('says when booking did not finish, in words', async () => {
    renderScreen({ list: async () => [stored({ status: 'draft' })] });
    expect(await screen.findByTestId('session-status')).toHaveTextContent('Booking not finished');
  });

  it('says what a meeting written in Outlook lacks and what to do, instead of a stopped booking', async () => {
    const message = 'This meeting was sent without a Teams meeting. Switch on Teams meeting, send the update.';
    renderScreen({ list: async () => [{ ...stored({ status: 'draft' }), meetingProblem: { code: 'no-teams', message } }] });
    expect(await screen.findByTestId('session-status')).toHaveTextContent('No Teams meeting');
    expect(screen.getByTestId('meeting-problem')).toHaveTextContent(message);
    expect(screen.queryByText(/booking stopped/)).not.toBeInTheDocument();
  });

  it('a tick saves the checklist through the port', async () => {
    const saveChecklists = jest.fn(async (s: StoredSessionView, checklists: Session['checklists']): Promise<SaveResult> => ({ kind: 'saved', stored: { ...s, session: { ...s.session, checklists }, version: 'v2' } }));
    renderScreen({ saveChecklists });
    const box = await screen.findByRole('checkbox', { name: /single, most pressing question/ });
    fireEvent.click(box);
    expect(box).toBeChecked();
    expect(await screen.findByText('Saved to the session.')).toBeInTheDocument();
    expect(saveChecklists).toHaveBeenCalledTimes(1);
    expect(saveChecklists.mock.calls[0]![1].items['mentee-question']).toEqual({ done: true, by: 'viewer-1', at: NOW });
  });

  it('a conflict on save is shown and the tick is kept; saving again merges it into their version', async () => {
    const theirs = stored({ start: NOW + 50 * HOUR });
    theirs.version = 'v9';
    const saveChecklists = jest
      .fn<Promise<SaveResult>, [StoredSessionView, Session['checklists']]>()
      .mockResolvedValueOnce({ kind: 'conflict', fields: ['start'], theirs })
      .mockImplementationOnce(async (s, checklists) => ({ kind: 'saved', stored: { ...s, session: { ...s.session, checklists }, version: 'v10' } }));
    renderScreen({ saveChecklists });
    const box = await screen.findByRole('checkbox', { name: /prepared to take notes/ });
    fireEvent.click(box);
    const conflict = await screen.findByTestId('checklist-conflict');
    expect(conflict).toHaveTextContent('changed meanwhile (start)');
    expect(box).toBeChecked();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Save my ticks again' }));
    await screen.findByText('Saved to the session.');
    expect(saveChecklists.mock.calls[1]![0].version).toBe('v9');
    expect(saveChecklists.mock.calls[1]![1].items['mentee-notes']?.done).toBe(true);
  });

  it('cancel asks first, sends the note, then shows the row cancelled and the time free again', async () => {
    const cancel = jest.fn(async (s: StoredSessionView) => ({ ...s, session: { ...s.session, status: 'cancelled' as const } }));
    renderScreen({ cancel });
    fireEvent.click(await screen.findByTestId('cancel-session'));
    const dialog = await screen.findByRole('dialog');
    expect(cancel).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByTestId('cancel-note'), { target: { value: 'Sorry, travelling.' } });
    fireEvent.click(within(dialog).getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.getByTestId('session-row')).toHaveAttribute('data-status', 'cancelled'));
    expect(cancel).toHaveBeenCalledWith(expect.objectContaining({ version: 'v1' }), 'Sorry, travelling.');
    expect(screen.getByTestId('session-status')).toHaveTextContent('Cancelled');
    expect(screen.getByTestId('session-notice')).toHaveTextContent('the time is free again');
    expect(screen.queryByTestId('cancel-session')).not.toBeInTheDocument();
  });

  it('reschedule offers mutual free slots and moves the session through the port', async () => {
    const reschedule = jest.fn(async (s: StoredSessionView, start: number) => ({ ...s, session: { ...s.session, start, end: start + 45 * 60_000 } }));
    renderScreen({ reschedule });
    fireEvent.click(await screen.findByTestId('reschedule-session'));
    const slots = await screen.findAllByTestId('reschedule-slot');
    // Notice is an hour: Monday 09:00 London is the first start.
    expect(slots[0]).toHaveAttribute('data-start', String(NOW + HOUR));
    fireEvent.click(slots[0]!);
    fireEvent.click(screen.getByTestId('confirm-reschedule'));
    await waitFor(() => expect(reschedule).toHaveBeenCalledWith(expect.objectContaining({ version: 'v1' }), NOW + HOUR));
    expect(await screen.findByTestId('session-notice')).toHaveTextContent('Moved to Monday, 2 March 2026, 09:00');
  });

  it('a time taken meanwhile is said and the free times are listed again', async () => {
    const reschedule = jest.fn().mockRejectedValueOnce({ code: 'invalid', message: 'The mentor is busy then.', field: 'start' });
    renderScreen({ reschedule });
    fireEvent.click(await screen.findByTestId('reschedule-session'));
    fireEvent.click((await screen.findAllByTestId('reschedule-slot'))[0]!);
    fireEvent.click(screen.getByTestId('confirm-reschedule'));
    expect(await screen.findByText(/That time can no longer be booked: The mentor is busy then/)).toBeInTheDocument();
    expect(await screen.findAllByTestId('reschedule-slot')).not.toHaveLength(0);
    expect(screen.getByTestId('session-row')).toHaveAttribute('data-status', 'scheduled');
  });

  it('shows the mentor their sessions with context links (https only), success and their own checklist', async () => {
    const list = jest.fn(async (as: 'mentee' | 'mentor') => (as === 'mentor' ? [stored({}, 'Sam Mentee')] : []));
    renderScreen({ list }, { isMentor: true });
    expect(await screen.findByText('No sessions yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'As mentor' }));
    const row = await screen.findByTestId('session-row');
    expect(within(row).getByRole('link', { name: 'https://contoso.sharepoint.com/deck' })).toHaveAttribute('href', 'https://contoso.sharepoint.com/deck');
    expect(within(row).queryByRole('link', { name: 'http://old.example/x' })).not.toBeInTheDocument();
    expect(row).toHaveTextContent('http://old.example/x');
    expect(row).toHaveTextContent('A three-slide outline');
    expect(within(row).getByRole('checkbox', { name: /reviewed the mentee's stated goal/ })).toBeInTheDocument();
    expect(within(row).queryByTestId('cancel-session')).not.toBeInTheDocument();
  });

  it('a record edited by hand into a bad state names the session and the column', async () => {
    renderScreen({ list: async () => Promise.reject({ code: 'invalid', message: 'The session “Finance with Dana Mentor” (item 12) cannot be read.', field: 'Status' }) });
    const error = await screen.findByTestId('error-state');
    expect(error).toHaveTextContent('item 12');
    expect(error).toHaveTextContent('“Status”');
  });
});
