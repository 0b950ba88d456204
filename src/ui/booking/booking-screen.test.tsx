/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { BOOKING_STEPS, type BookingEvent, type BookingState } from '../../domain/booking-saga';
import { newSession, type Session } from '../../domain/session';
import { fakeMentor, fakeTabPorts, FAKE_NOW, FAKE_VIEWER } from '../common/fake-tab-ports';
import { PortsProvider } from '../common/ports-context';
import type { BookingInput } from '../common/tab-ports';
import { BookingScreen } from './booking-screen';

const mentor = fakeMentor('m1', { displayName: 'Grace Mentor' });
const start = FAKE_NOW + 26 * 3_600_000;
const request = { goal: 'Could you review my slides for the board review?', context: '', success: 'Three changes to make.', topic: 'budgeting', timeBox: 45 as const };

function session(input: BookingInput, fields: Partial<Session> = {}): Session {
  return {
    ...newSession({ key: input.sessionKey, menteeId: FAKE_VIEWER.id, mentorId: mentor.id, goal: request.goal, context: request.context, success: request.success, topic: request.topic, format: 'one-time', timeBoxMinutes: 45, start: input.start, end: input.start + 45 * 60_000 }),
    ...fields,
  };
}

type Call = { input: BookingInput; state: BookingState; dispatch: (e: BookingEvent) => void };

function renderBooking(book: (call: Call) => void) {
  const calls: Call[] = [];
  const ports = fakeTabPorts({
    booking: {
      book: async (input, state, dispatch) => {
        calls.push({ input, state, dispatch });
        book({ input, state, dispatch });
      },
    },
  });
  render(
    <PortsProvider ports={ports}>
      <BookingScreen
        booking={{ request, mentor, start, timeBoxMinutes: 45 }}
        viewer={FAKE_VIEWER}
        mentorZone="America/New_York"
        mentorName={(id) => (id === 'm2' ? 'Hedy Other' : undefined)}
        onOpenMentor={() => undefined}
        onDone={() => undefined}
      />
    </PortsProvider>,
  );
  return calls;
}

const statuses = () => Object.fromEntries(screen.getAllByTestId('booking-step').map((row) => [row.getAttribute('data-step'), row.getAttribute('data-status')]));

describe('BookingScreen', () => {
  it('shows each step, stops at a failure in words, and Retry resumes there with the same key', async () => {
    const calls = renderBooking(({ input, state, dispatch }) => {
      const first = state.steps.record !== 'done';
      if (first) {
        dispatch({ type: 'step-started', step: 'record' });
        dispatch({ type: 'step-done', step: 'record', session: session(input) });
        dispatch({ type: 'step-started', step: 'meeting' });
        dispatch({ type: 'step-done', step: 'meeting', session: session(input, { status: 'meeting-created', eventId: 'e1' }) });
        dispatch({ type: 'step-started', step: 'chat' });
        dispatch({ type: 'step-failed', step: 'chat', error: { code: 'unavailable', message: 'Teams did not answer.' } });
        return;
      }
      for (const step of BOOKING_STEPS.filter((s) => state.steps[s] !== 'done')) {
        dispatch({ type: 'step-started', step });
        dispatch({ type: 'step-done', step, session: session(input, { status: step === 'schedule' ? 'scheduled' : 'meeting-created', eventId: 'e1', joinUrl: 'https://teams.example/join/1' }) });
      }
    });
    await act(async () => undefined);
    expect(calls).toHaveLength(1);
    expect(statuses()).toEqual({ record: 'done', meeting: 'done', chat: 'failed', checklist: 'waiting', schedule: 'waiting' });
    expect(screen.getByTestId('booking-failed')).toHaveTextContent('Could not find the meeting chat');
    expect(screen.getByTestId('booking-failed')).toHaveTextContent('Teams did not answer.');

    await act(async () => fireEvent.click(screen.getByTestId('booking-retry')));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.input.sessionKey).toBe(calls[0]!.input.sessionKey);
    expect(calls[1]!.state.steps).toEqual({ record: 'done', meeting: 'done', chat: 'waiting', checklist: 'waiting', schedule: 'waiting' });

    const done = screen.getByTestId('booking-done');
    expect(Object.values(statuses())).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(done).toHaveTextContent('your time (Europe/London)');
    expect(done).toHaveTextContent('for Grace Mentor (America/New_York)');
    const join = screen.getByTestId('join-link');
    expect(join).toHaveAttribute('href', 'https://teams.example/join/1');
    expect(join).toHaveAttribute('target', '_blank');
    expect(done).toHaveTextContent('I have written down my single, most pressing question or goal.');
    expect(screen.getByTestId('booking-progress')).toHaveTextContent('Booked.');
  });

  it('says when the slot was taken and books a chosen next slot as a new attempt', async () => {
    const next = [start + 3_600_000, start + 2 * 3_600_000];
    let attempts = 0;
    const calls = renderBooking(({ dispatch }) => {
      if (++attempts === 1) dispatch({ type: 'slot-taken', nextSlots: next });
    });
    await act(async () => undefined);
    const panel = screen.getByTestId('slot-taken');
    expect(panel).toHaveTextContent("That time was taken meanwhile: Grace Mentor's calendar changed.");
    // Nothing was written: no step list of "Waiting", and the news is said once.
    expect(screen.queryAllByTestId('booking-step')).toHaveLength(0);
    expect(screen.getAllByText(/taken meanwhile/)).toHaveLength(1);
    const options = screen.getAllByTestId('slot-option');
    expect(options.map((o) => Number(o.getAttribute('data-start')))).toEqual(next);

    await act(async () => fireEvent.click(options[1]!));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.input.start).toBe(next[1]);
    expect(calls[1]!.input.sessionKey).not.toBe(calls[0]!.input.sessionKey);
    expect(screen.queryByTestId('slot-taken')).toBeNull();
  });

  it('names the mentors to try when this one is at capacity', async () => {
    renderBooking(({ dispatch }) => dispatch({ type: 'at-capacity', period: 'week', alternatives: ['m2'] }));
    await act(async () => undefined);
    expect(screen.getByTestId('at-capacity')).toHaveTextContent('Grace Mentor is fully booked this week.');
    expect(screen.queryAllByTestId('booking-step')).toHaveLength(0);
    expect(screen.getAllByText(/fully booked/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Hedy Other' })).toBeInTheDocument();
  });

  it('names the failed step with its capitals, and says nothing about waiting when no wait was asked', async () => {
    renderBooking(({ dispatch }) => {
      dispatch({ type: 'step-started', step: 'meeting' });
      dispatch({ type: 'step-failed', step: 'meeting', error: { code: 'unavailable', message: 'Microsoft 365 is not answering.', retryAfterMs: 0 } });
    });
    await act(async () => undefined);
    const failed = screen.getByTestId('booking-failed');
    expect(failed).toHaveTextContent('Could not create the Teams meeting');
    expect(failed).not.toHaveTextContent(/wait/);
  });

  it('says how long Microsoft 365 asked to wait, in round words', async () => {
    renderBooking(({ dispatch }) => {
      dispatch({ type: 'step-started', step: 'chat' });
      dispatch({ type: 'step-failed', step: 'chat', error: { code: 'throttled', message: 'Teams is busy.', retryAfterMs: 118_000 } });
    });
    await act(async () => undefined);
    expect(screen.getByTestId('booking-failed')).toHaveTextContent('Microsoft 365 asked us to wait about 2 minutes.');
  });
});
