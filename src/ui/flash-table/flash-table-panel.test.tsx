/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import type { FlashTableView } from '../../domain/flash-table-view';
import { fakeSessionPorts } from '../session/fake-session-ports';
import { renderPanel } from '../session/render-panel';
import { FlashTablePanel } from './flash-table-panel';

const MIN = 60_000;
const start = Date.parse('2030-03-04T14:00:00Z');
const table: FlashTableView = {
  eventTitle: 'Onboarding <b>speed</b> mentoring',
  zone: 'Europe/London',
  mentor: { userId: 'mentor-1', name: 'Grace Mentor', topics: ['negotiation'] },
  rounds: [
    { round: 1, start, end: start + 10 * MIN, visitors: [{ userId: 'a', name: 'Ana', topics: ['negotiation', 'pricing'], fit: 1 }] },
    { round: 2, start: start + 15 * MIN, end: start + 25 * MIN, visitors: [{ userId: 'b', name: 'Ben', topics: ['career pivot'], fit: 0 }] },
  ],
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('FlashTablePanel', () => {
  it("shows the running round's mentee with their topics and the time left, the same clock as the event's", () => {
    const fake = fakeSessionPorts({ now: start + 4 * MIN });
    renderPanel(<FlashTablePanel table={table} organizer={false} />, fake.ports);
    expect(screen.getByTestId('flash-clock')).toHaveTextContent('Round 1 of 2 · time left6:00');
    const now = screen.getByTestId('flash-now');
    expect(within(now).getByText('Ana')).toBeInTheDocument();
    expect(now).toHaveTextContent('negotiation');
    expect(now).toHaveTextContent('pricing');
    // The title is text, never markup.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Onboarding <b>speed</b> mentoring');
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Round 1, 14:00–14:10:Ana');
  });

  it('moves on by itself: the break names who comes next, then the next round, then the end', () => {
    const fake = fakeSessionPorts({ now: start + 10 * MIN });
    renderPanel(<FlashTablePanel table={table} organizer />, fake.ports);
    expect(screen.getByTestId('flash-clock')).toHaveTextContent('Break · round 2 of 2 starts in5:00');
    expect(screen.getByTestId('flash-now')).toHaveTextContent('Next at the table (round 2)Ben');
    expect(screen.getByText(/you organise this event/)).toBeInTheDocument();
    act(() => {
      fake.setNow(start + 16 * MIN);
      jest.advanceTimersByTime(1_000);
    });
    expect(screen.getByTestId('flash-clock')).toHaveTextContent('Round 2 of 2 · time left9:00');
    act(() => {
      fake.setNow(start + 30 * MIN);
      jest.advanceTimersByTime(1_000);
    });
    expect(screen.getByTestId('flash-table')).toHaveAttribute('data-phase', 'over');
    expect(screen.queryByTestId('flash-now')).not.toBeInTheDocument();
  });
});
