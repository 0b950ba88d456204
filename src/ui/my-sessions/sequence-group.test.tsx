/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BOOKING_STEPS, type BookingEvent } from '../../domain/booking-saga';
import type { BookingInput } from '../common/tab-ports';
import { newSession, type Session } from '../../domain/session';
import { FAKE_NOW, fakeMentor, fakeTabPorts } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import type { StoredSessionView } from '../common/tab-ports';
import { MySessionsScreen } from './my-sessions-screen';

beforeAll(stubResizeObserver);

const DAY = 86_400_000;
const first = FAKE_NOW + 26 * 3_600_000;

function sequenceSession(index: number, patch: Partial<Session> = {}): StoredSessionView {
  const start = first + (index - 1) * 7 * DAY;
  const session: Session = {
    ...newSession({ key: `seq-${index}`, menteeId: 'viewer-1', mentorId: 'mentor-1', topic: 'Finance', goal: `Step ${index} of the budget`, context: '', success: 'A three-slide outline', format: 'sequence', sequence: { index, of: 3, key: 'seq', goal: 'Present budgets on my own', goals: ['Step 1 of the budget', 'Step 2 of the budget', 'Step 3 of the budget'] }, timeBoxMinutes: 45, start, end: start + 45 * 60_000 }),
    status: 'scheduled',
    ...patch,
  };
  return { session, version: 'v1', otherName: 'Dana Mentor' };
}

const single: StoredSessionView = {
  session: { ...newSession({ key: 'one', menteeId: 'viewer-1', mentorId: 'mentor-2', topic: 'Hiring', goal: 'Plan my first interview loop', context: '', success: 'ok', format: 'one-time', timeBoxMinutes: 30, start: first + DAY, end: first + DAY + 30 * 60_000 }), status: 'scheduled' },
  version: 'v1',
  otherName: 'Sam Expert',
};

describe('a skill sequence in My sessions', () => {
  it('lists its sessions together in order with the overall goal, and cancelling one offers to move it instead', async () => {
    const ports = fakeTabPorts({
      mentors: [fakeMentor('mentor-1', { displayName: 'Dana Mentor', sessionLengths: [45] })],
      mySessions: {
        list: async () => [sequenceSession(3), single, sequenceSession(1), sequenceSession(2)],
        saveChecklists: async () => Promise.reject(new Error('not here')),
        cancel: async () => Promise.reject(new Error('not here')),
        reschedule: async () => Promise.reject(new Error('not here')),
      },
    });
    renderWithPorts(<MySessionsScreen />, ports);
    const group = await screen.findByTestId('sequence-group');
    expect(group).toHaveTextContent('Sequence of 3 sessions: Present budgets on my own');
    expect(within(group).getByTestId('sequence-outcome')).toHaveTextContent('0 of 3 held');
    expect(within(group).getAllByTestId('sequence-index').map((b) => b.textContent)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(within(group).getAllByTestId('session-row').map((r) => r.getAttribute('data-session-id'))).toEqual(['seq-1', 'seq-2', 'seq-3']);
    expect(screen.getAllByTestId('session-row')).toHaveLength(4);

    const second = within(group).getAllByTestId('session-row')[1]!;
    // From session 2 on, the mentee's preparation includes the actions carried over.
    expect(within(within(group).getAllByTestId('session-row')[0]!).getByTestId('session-checklist')).toHaveTextContent('(0 of 4)');
    expect(within(second).getByTestId('session-checklist')).toHaveTextContent('I have worked on the actions agreed in our previous session');
    fireEvent.click(within(second).getByTestId('cancel-session'));
    expect(await screen.findByTestId('move-instead')).toHaveTextContent('session 2 of 3 of your sequence');
    fireEvent.click(screen.getByTestId('move-instead-button'));
    expect(await within(second).findByTestId('reschedule-panel')).toBeInTheDocument();
    // Only times after session 1 ends and before session 3 starts: it stays in order.
    const offered = (await within(second).findAllByTestId('reschedule-slot')).map((b) => Number(b.getAttribute('data-start')));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((start) => start >= first + 45 * 60_000 && start + 45 * 60_000 <= first + 14 * DAY)).toBe(true);
  });
});

describe('booking the next session of a sequence later', () => {
  it('proposes session 2 a week after session 1 with its planned goal, books it with the sequence key, and lists it', async () => {
    const booked: BookingInput[] = [];
    let listed = [sequenceSession(1)];
    const ports = fakeTabPorts({
      mentors: [fakeMentor('mentor-1', { displayName: 'Dana Mentor', sessionLengths: [45] })],
      booking: {
        book: async (input: BookingInput, _state, dispatch: (e: BookingEvent) => void) => {
          booked.push(input);
          dispatch({ type: 'started' });
          const session = { ...sequenceSession(2).session, key: input.sessionKey, start: input.start, end: input.start + 45 * 60_000 };
          for (const step of BOOKING_STEPS) dispatch({ type: 'step-done', step, session });
          listed = [sequenceSession(1), { session, version: 'v1', otherName: 'Dana Mentor' }];
        },
      },
      mySessions: {
        list: async () => listed,
        saveChecklists: async () => Promise.reject(new Error('not here')),
        cancel: async () => Promise.reject(new Error('not here')),
        reschedule: async () => Promise.reject(new Error('not here')),
      },
    });
    renderWithPorts(<MySessionsScreen />, ports);
    expect(await screen.findByTestId('book-next-in-sequence')).toHaveTextContent('Book session 2 of 3');
    fireEvent.click(screen.getByTestId('book-next-in-sequence'));
    const panel = await screen.findByTestId('book-next-panel');
    expect(within(panel).getByTestId('book-next-goal')).toHaveValue('Step 2 of the budget');
    await waitFor(() => expect(within(panel).getByTestId('book-next-start')).toHaveValue(String(first + 7 * DAY)));
    fireEvent.click(within(panel).getByTestId('book-next-button'));
    await waitFor(() => expect(screen.getAllByTestId('sequence-index').map((b) => b.textContent)).toEqual(['1 of 3', '2 of 3']));
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ sessionKey: 'seq-2', start: first + 7 * DAY, sequence: { key: 'seq', index: 2, of: 3 }, request: { goal: 'Step 2 of the budget' } });
    expect(screen.getByTestId('book-next-in-sequence')).toHaveTextContent('Book session 3 of 3');
  });
});
