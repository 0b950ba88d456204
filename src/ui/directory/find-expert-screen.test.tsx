/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { fakeMentor, fakeTabPorts, freeCalendar, FAKE_VIEWER } from '../common/fake-tab-ports';
import { PortsProvider } from '../common/ports-context';
import { stubResizeObserver } from '../common/render-with-ports';
import type { CalendarReading, TabPorts } from '../common/tab-ports';
import { FindExpertScreen, proposeStarts } from './find-expert-screen';

function renderWith(ports: TabPorts) {
  return render(
    <PortsProvider ports={ports}>
      <FindExpertScreen />
    </PortsProvider>,
  );
}

const names = () => screen.queryAllByTestId('mentor-card').map((card) => card.getAttribute('data-mentor-id'));

describe('Find an expert', () => {
  it('finds finance and presentation mentors for the words of a question', async () => {
    const ports = fakeTabPorts({
      mentors: [
        fakeMentor('resumes', { topics: ['resume review'] }),
        fakeMentor('budget', { topics: ['budgeting'] }),
        fakeMentor('slides', { topics: ['presentation coaching'], department: 'Marketing' }),
      ],
    });
    renderWith(ports);
    await screen.findAllByTestId('next-slot');
    expect(names()).toHaveLength(3);

    fireEvent.change(screen.getByTestId('directory-search').querySelector('input') ?? screen.getByTestId('directory-search'), {
      target: { value: 'How do I present my budget slides to the board?' },
    });
    expect(names().sort()).toEqual(['budget', 'slides']);
  });

  it('notes a settled search once, by its vocabulary topic and whether anyone had free time, never the words typed', async () => {
    jest.useFakeTimers();
    try {
      const noteSearch = jest.fn();
      const base = fakeTabPorts({ mentors: [fakeMentor('slides', { topics: ['presentation coaching'] })] });
      renderWith({ ...base, directory: { ...base.directory, noteSearch } });
      await act(async () => void (await jest.advanceTimersByTimeAsync(10)));
      const input = screen.getByTestId('directory-search').querySelector('input') ?? screen.getByTestId('directory-search');
      // Words that name no topic are never noted (they may name people).
      fireEvent.change(input, { target: { value: 'Anna' } });
      await act(async () => void (await jest.advanceTimersByTimeAsync(3_000)));
      expect(noteSearch).not.toHaveBeenCalled();
      fireEvent.change(input, { target: { value: 'Anna wants feedback on my slides' } });
      await act(async () => void (await jest.advanceTimersByTimeAsync(1_500)));
      expect(noteSearch).not.toHaveBeenCalled();
      await act(async () => void (await jest.advanceTimersByTimeAsync(1_000)));
      expect(noteSearch.mock.calls).toEqual([[{ topic: 'presentation coaching', foundFreeMentor: true }]]);
      // The same topic again in this visit is not a second search.
      fireEvent.change(input, { target: { value: 'slides for the board' } });
      await act(async () => void (await jest.advanceTimersByTimeAsync(3_000)));
      expect(noteSearch).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('draws the cards before availability and fills them batch by batch', async () => {
    let onBatch: (readings: CalendarReading[]) => void = () => undefined;
    let finish: () => void = () => undefined;
    const mentors = [fakeMentor('m1'), fakeMentor('m2')];
    const base = fakeTabPorts({ mentors });
    const ports: TabPorts = {
      ...base,
      directory: {
        ...base.directory,
        readCalendars: (emails, _s, _e, batch) => {
          if (emails.length === 1 && emails[0] === FAKE_VIEWER.email) return Promise.resolve([freeCalendar(FAKE_VIEWER.email)]);
          onBatch = batch;
          return new Promise((resolve) => (finish = () => resolve([])));
        },
      },
    };
    renderWith(ports);
    const cards = await screen.findAllByTestId('mentor-card');
    expect(cards).toHaveLength(2);
    expect(screen.getAllByTestId('slot-loading')).toHaveLength(2);

    act(() => onBatch([freeCalendar('m1@contoso.example')]));
    const first = screen.getAllByTestId('mentor-card').find((c) => c.getAttribute('data-mentor-id') === 'm1')!;
    const second = screen.getAllByTestId('mentor-card').find((c) => c.getAttribute('data-mentor-id') === 'm2')!;
    expect(within(first).getByTestId('next-slot')).toHaveTextContent('Next free:');
    expect(within(second).getByTestId('slot-loading')).toBeInTheDocument();

    act(() => onBatch([freeCalendar('m2@contoso.example')]));
    await act(async () => finish());
    expect(screen.queryAllByTestId('slot-loading')).toHaveLength(0);
    expect(screen.getAllByTestId('next-slot')).toHaveLength(2);
  });

  it('shows each mentor load to a program manager only', async () => {
    const mentors = [fakeMentor('m1', { bookedThisWeek: 2, capacityPerWeek: 3 })];
    const { unmount } = renderWith(fakeTabPorts({ mentors }));
    await screen.findByTestId('mentor-card');
    expect(screen.queryByTestId('mentor-load')).toBeNull();
    unmount();
    renderWith(fakeTabPorts({ mentors, viewer: { isProgramManager: true } }));
    expect(await screen.findByTestId('mentor-load')).toHaveTextContent('2 of 3 this week');
  });

  it('says when a listing fails and retries on request', async () => {
    const base = fakeTabPorts({ mentors: [fakeMentor('m1')] });
    let fail = true;
    const ports: TabPorts = {
      ...base,
      directory: {
        ...base.directory,
        listMentors: async () => {
          if (fail) throw { code: 'throttled', message: 'Microsoft 365 is busy.', retryAfterMs: 20_000 };
          return { mentors: [fakeMentor('m1')] };
        },
      },
    };
    renderWith(ports);
    expect(await screen.findByTestId('error-state')).toHaveTextContent('Try again in about 20 seconds.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('mentor-card')).toBeInTheDocument();
  });

  it('opens a mentor, lists slots by day and opens the request on a slot', async () => {
    renderWith(fakeTabPorts({ mentors: [fakeMentor('m1', { topics: ['budgeting'] })] }));
    await screen.findByTestId('next-slot');
    fireEvent.click(screen.getByRole('button', { name: 'See times and ask' }));
    const detail = screen.getByTestId('mentor-detail');
    const slots = within(detail).getAllByTestId('slot-option');
    expect(slots.length).toBeGreaterThan(0);
    fireEvent.click(slots[0]!);
    expect(screen.getByTestId('book-button')).toBeDisabled();
  });

  it('opened to book a follow-up, goes to that mentor and starts the request prefilled', async () => {
    stubResizeObserver();
    const initialRequest = { mentorId: 'm2', topic: 'budgeting', goal: 'Agree the budget for next year with my team', context: 'Carried over from our last session:\n- Draft the budget (Ada)' };
    renderWith({ ...fakeTabPorts({ mentors: [fakeMentor('m1'), fakeMentor('m2', { topics: ['presentation coaching', 'budgeting'] })] }), initialRequest });
    const detail = await screen.findByTestId('mentor-detail');
    expect(screen.getByTestId('follow-up-booking')).toHaveTextContent('Booking a follow-up session');
    fireEvent.click((await within(detail).findAllByTestId('slot-option'))[0]!);
    expect(screen.getByTestId('request-goal').querySelector('input') ?? screen.getByTestId('request-goal')).toHaveValue(initialRequest.goal);
    expect(screen.getByTestId('request-context')).toHaveValue(initialRequest.context);
    expect(screen.getByTestId('request-topic')).toHaveValue('budgeting');
  });
});

describe('proposeStarts', () => {
  it('gives the chosen start, then up to two later ones that overlap neither it nor each other', () => {
    const h = 3_600_000;
    expect(proposeStarts(10 * h, [9 * h, 10 * h, 10.5 * h, 11 * h, 11.5 * h, 12 * h, 13 * h], 60)).toEqual([10 * h, 11 * h, 12 * h]);
    expect(proposeStarts(10 * h, [], 30)).toEqual([10 * h]);
  });
});
