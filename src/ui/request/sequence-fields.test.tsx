/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { BOOKING_STEPS, type BookingEvent } from '../../domain/booking-saga';
import type { PreciseRequest } from '../../domain/precise-request';
import { newSession } from '../../domain/session';
import type { SequencePlan } from '../../domain/skill-sequence';
import { DAY } from '../../domain/zone-time';
import { SequenceBookingScreen } from '../booking/sequence-booking-screen';
import { sequenceBooking } from '../booking/sequence-request';
import { fakeMentor, fakeTabPorts, FAKE_NOW, FAKE_VIEWER } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import type { BookingInput } from '../common/tab-ports';
import { RequestForm } from './request-form';

// Monday 2 March 2026 10:00 London, a working day for both in the fake calendars.
const start = FAKE_NOW + 2 * 3_600_000;
const mentor = fakeMentor('m1', { topics: ['pricing'], sessionLengths: [45] });
const field = (testId: string) => {
  const el = screen.getByTestId(testId);
  return (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) ? el : el.querySelector('input,select,textarea')) as HTMLInputElement;
};

beforeAll(stubResizeObserver);

describe('booking a skill sequence from the request form', () => {
  it('asks for the overall goal and each session goal, proposes the later times and books them together', async () => {
    const onBookSequence = jest.fn<void, [PreciseRequest, SequencePlan, number[]]>();
    renderWithPorts(
      <RequestForm mentor={mentor} start={start} timeBox={45} viewer={FAKE_VIEWER} checkSlot={() => ({ bookable: true })} onBook={jest.fn()} onBack={jest.fn()} onBookSequence={onBookSequence} />,
      fakeTabPorts(),
    );
    fireEvent.change(field('request-goal'), { target: { value: 'Could you walk me through our pricing model?' } });
    fireEvent.change(field('request-success'), { target: { value: 'I can explain the model' } });
    fireEvent.click(field('request-format-sequence'));
    expect(screen.getByRole('button', { name: /Book/ })).toBeDisabled();
    fireEvent.change(field('sequence-overall-goal'), { target: { value: 'Run' } });
    fireEvent.blur(field('sequence-overall-goal'));
    await waitFor(() => expect(field('sequence-overall-goal').closest('.fui-Field')).toHaveTextContent(/say in at least 10 what you want to be able to do/));
    fireEvent.change(field('sequence-overall-goal'), { target: { value: 'Run a pricing review on my own' } });
    fireEvent.change(field('sequence-goal-2'), { target: { value: 'Draft my first pricing review' } });
    fireEvent.change(field('sequence-goal-3'), { target: { value: 'Present the review to my team' } });
    // Same time a week and two weeks later, changeable among the mutual free times.
    await waitFor(() => expect(field('sequence-start-2').value).toBe(String(start + 7 * DAY)));
    expect(field('sequence-start-3').value).toBe(String(start + 14 * DAY));
    fireEvent.change(field('sequence-start-2'), { target: { value: String(start + 8 * DAY) } });
    await waitFor(() => expect(field('sequence-start-3').value).toBe(String(start + 15 * DAY)));
    const book = screen.getByRole('button', { name: 'Book 3 sessions of 45 minutes' });
    await waitFor(() => expect(book).toBeEnabled());
    fireEvent.click(book);
    const [request, plan, starts] = onBookSequence.mock.calls[0]!;
    expect(request.goal).toBe('Could you walk me through our pricing model?');
    expect(plan.goals).toEqual(['Could you walk me through our pricing model?', 'Draft my first pricing review', 'Present the review to my team']);
    expect(starts).toEqual([start, start + 8 * DAY, start + 15 * DAY]);
  });

  it('books session 1 alone when the mentee chooses to book the next ones later', async () => {
    const onBookSequence = jest.fn<void, [PreciseRequest, SequencePlan, number[]]>();
    renderWithPorts(
      <RequestForm mentor={mentor} start={start} timeBox={45} viewer={FAKE_VIEWER} checkSlot={() => ({ bookable: true })} onBook={jest.fn()} onBack={jest.fn()} onBookSequence={onBookSequence} />,
      fakeTabPorts(),
    );
    fireEvent.change(field('request-goal'), { target: { value: 'Could you walk me through our pricing model?' } });
    fireEvent.change(field('request-success'), { target: { value: 'I can explain the model' } });
    fireEvent.click(field('request-format-sequence'));
    fireEvent.click(field('sequence-length-2'));
    fireEvent.click(field('sequence-book-later'));
    fireEvent.change(field('sequence-overall-goal'), { target: { value: 'Run a pricing review on my own' } });
    fireEvent.change(field('sequence-goal-2'), { target: { value: 'Draft my first pricing review' } });
    expect(screen.queryByTestId('sequence-start-2')).toBeNull();
    const book = await screen.findByRole('button', { name: 'Book session 1 of 2' });
    await waitFor(() => expect(book).toBeEnabled());
    fireEvent.click(book);
    expect(onBookSequence.mock.calls[0]![1].goals).toEqual(['Could you walk me through our pricing model?', 'Draft my first pricing review']);
    expect(onBookSequence.mock.calls[0]![2]).toEqual([start]);
  });

  it('books each session as its own saga, and Retry after a failure in session 2 books only what is missing', async () => {
    const calls: BookingInput[] = [];
    let failOnce = true;
    const book = async (input: BookingInput, state: { steps: Record<string, string> }, dispatch: (e: BookingEvent) => void) => {
      calls.push(input);
      dispatch({ type: 'started' });
      const session = newSession({ key: input.sessionKey, menteeId: 'me', mentorId: 'm1', topic: 'pricing', goal: input.request.goal, context: '', success: 's', format: 'sequence', timeBoxMinutes: 45, start: input.start, end: input.start + 1 });
      for (const step of BOOKING_STEPS) {
        if (state.steps[step] === 'done') continue;
        if (input.sequence?.index === 2 && step === 'meeting' && failOnce) {
          failOnce = false;
          dispatch({ type: 'step-failed', step, error: { code: 'unavailable', message: 'Microsoft 365 is not answering.' } });
          return;
        }
        dispatch({ type: 'step-done', step, session });
      }
    };
    const request = { goal: 'Could you walk me through our pricing model?', context: '', success: 'ok then', topic: 'pricing', timeBox: 45 as const };
    const plan = { overallGoal: 'Run a pricing review on my own', goals: [request.goal, 'Draft my first pricing review', 'Present the review to my team'] };
    renderWithPorts(<SequenceBookingScreen request={sequenceBooking(request, plan, [start, start + 7 * DAY, start + 14 * DAY], mentor)} viewer={FAKE_VIEWER} onDone={jest.fn()} />, fakeTabPorts({ booking: { book } }));
    expect(await screen.findByTestId('booking-failed')).toHaveTextContent('Session 2: could not create the Teams meeting');
    expect(screen.getAllByTestId('sequence-session').map((li) => li.getAttribute('data-phase'))).toEqual(['booked', 'failed', 'idle']);
    await act(async () => fireEvent.click(screen.getByTestId('booking-retry')));
    expect(await screen.findByTestId('booking-done')).toHaveTextContent('Booked 3 sessions');
    expect(calls.map((c) => c.sequence?.index)).toEqual([1, 2, 2, 3]);
    const keys = new Set(calls.map((c) => c.sequence?.key));
    expect(keys.size).toBe(1);
    expect(calls.map((c) => c.sessionKey)).toEqual([...keys].flatMap((k) => [`${k}-1`, `${k}-2`, `${k}-2`, `${k}-3`]));
    expect(calls[2]!.request.goal).toBe('Draft my first pricing review');
  });
});
