/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
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
    ...newSession({ key: `seq-${index}`, menteeId: 'viewer-1', mentorId: 'mentor-1', topic: 'Finance', goal: `Step ${index} of the budget`, context: '', success: 'ok', format: 'sequence', sequence: { index, of: 3, key: 'seq', goal: 'Present budgets on my own' }, timeBoxMinutes: 45, start, end: start + 45 * 60_000 }),
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
