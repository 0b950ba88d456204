/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { planFlashEvent } from '../../domain/flash-plan';
import type { FlashEventRecord } from '../../domain/flash-record';
import { fakeFlashEventsPort, type FakeFlashStore } from '../common/fake-flash-events-port';
import { FAKE_NOW, fakeTabPorts } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import type { RequestPrefill } from '../../domain/request-prefill';
import { OpenRequestContext } from '../tab/open-request';
import { EventsScreen } from './events-screen';

beforeAll(stubResizeObserver);
jest.setTimeout(30_000);

const TOPICS = ['public speaking', 'negotiation', 'career pivot', 'data visualization'];
const person = (id: string, name: string) => ({ userId: id, name, email: `${id}@contoso.example` });

function store(): FakeFlashStore {
  return {
    events: [],
    participants: [],
    mentors: Array.from({ length: 4 }, (_, i) => person(`mentor-${i + 1}`, `Mentor ${String.fromCharCode(65 + i)}`)),
    directory: Array.from({ length: 14 }, (_, i) => person(`mentee-${i + 1}`, `Mentee ${i + 1}`)),
  };
}

function renderScreen(data: FakeFlashStore, viewer: { id?: string; isProgramManager: boolean }, openRequest?: (prefill: RequestPrefill) => void) {
  const flashEvents = fakeFlashEventsPort(data, viewer.id ?? 'viewer-1', () => FAKE_NOW);
  renderWithPorts(
    <OpenRequestContext.Provider value={openRequest}>
      <EventsScreen />
    </OpenRequestContext.Provider>,
    fakeTabPorts({ flashEvents, viewer }),
  );
}

function field(testId: string): HTMLInputElement {
  const el = screen.getByTestId(testId);
  return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input, textarea')) as HTMLInputElement;
}

const EVENT: FlashEventRecord = {
  itemId: '1', key: 'flash-1', organizerId: 'viewer-1', status: 'open', title: 'New joiners', start: FAKE_NOW + 7 * 86_400_000, zone: 'Europe/London',
  roundMinutes: 10, rounds: 3, breakMinutes: 5, topics: TOPICS, registrationCloses: FAKE_NOW + 6 * 86_400_000, meetings: {},
};

describe('EventsScreen for a program manager', () => {
  it('creates an event, saying what is wrong at each field first', async () => {
    const data = store();
    renderScreen(data, { isProgramManager: true });
    fireEvent.click(await screen.findByTestId('new-event'));
    fireEvent.change(field('event-date'), { target: { value: '2026-03-01' } }); // yesterday
    fireEvent.click(screen.getByTestId('event-create'));
    expect(await screen.findByText('Give the event a title.')).toBeTruthy();
    expect(screen.getByText('This start has passed. Pick a later date or time.')).toBeTruthy();
    expect(screen.getByText('Offer at least one topic.')).toBeTruthy();
    expect(data.events).toHaveLength(0);

    fireEvent.change(field('event-title'), { target: { value: 'New joiners <b>March</b>' } });
    fireEvent.change(field('event-date'), { target: { value: '2026-03-10' } });
    fireEvent.change(field('event-topics'), { target: { value: TOPICS.join('\n') } });
    fireEvent.change(field('event-registrationCloses'), { target: { value: '2026-03-09T17:00' } });
    fireEvent.click(screen.getByTestId('event-create'));
    const panel = await screen.findByTestId('event-panel');
    expect(within(panel).getByRole('heading', { name: 'New joiners <b>March</b>' })).toBeTruthy(); // shown as text
    expect(data.events[0]).toMatchObject({ start: Date.parse('2026-03-10T14:00:00Z'), rounds: 3, roundMinutes: 10, topics: TOPICS });
  });

  it("invites a whole group as mentees (this month's new joiners), everyone new ticked, anyone untickable", async () => {
    const data = store();
    data.events.push(EVENT);
    data.groups = [{ id: 'g-1', name: 'New joiners this month', members: data.directory.slice(0, 5) }];
    renderScreen(data, { isProgramManager: true });
    fireEvent.click(await screen.findByRole('button', { name: /New joiners/ }));
    await screen.findByTestId('event-panel');
    fireEvent.change(field('group-search'), { target: { value: 'nobody' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find groups' }));
    await screen.findByText('No group starts with “nobody”.');
    fireEvent.change(field('group-search'), { target: { value: 'New' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find groups' }));
    fireEvent.click(await screen.findByRole('button', { name: 'New joiners this month' }));
    await screen.findByLabelText('Mentee 1');
    for (let i = 1; i <= 5; i++) expect((screen.getByLabelText(`Mentee ${i}`) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Mentee 5'));
    fireEvent.click(screen.getByTestId('invite-mentees-send'));
    await waitFor(() => expect(data.participants.filter((p) => p.role === 'mentee').map((p) => p.userId)).toEqual(['mentee-1', 'mentee-2', 'mentee-3', 'mentee-4']));
  });

  it('invites mentors and mentees, plans the rounds as a grid with the fit beside random, and publishes', async () => {
    const data = store();
    data.events.push(EVENT);
    renderScreen(data, { isProgramManager: true });
    fireEvent.click(await screen.findByRole('button', { name: /New joiners/ }));
    await screen.findByTestId('event-panel');
    expect((screen.getByTestId('plan-rounds') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Choose mentors from the Mentors list' }));
    await screen.findByLabelText('Mentor A');
    for (const name of ['Mentor A', 'Mentor B', 'Mentor C', 'Mentor D']) fireEvent.click(screen.getByLabelText(name));
    fireEvent.click(screen.getByTestId('invite-mentors-send'));
    expect(await within(await screen.findByTestId('mentor-list')).findAllByText('invited')).toHaveLength(4);

    fireEvent.change(field('mentee-search'), { target: { value: 'Mentee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByLabelText('Mentee 1');
    for (let i = 1; i <= 12; i++) fireEvent.click(screen.getByLabelText(`Mentee ${i}`));
    fireEvent.click(screen.getByTestId('invite-mentees-send'));
    await screen.findByTestId('mentee-list');

    // Everyone registers (in their own tabs).
    data.participants.forEach((p, i) => Object.assign(p, { status: 'registered', topics: [TOPICS[i % 4]!] }));
    fireEvent.click(screen.getByRole('button', { name: '← All events' }));
    fireEvent.click(await screen.findByRole('button', { name: /New joiners/ }));
    fireEvent.click(await screen.findByTestId('plan-rounds'));
    const grid = await screen.findByTestId('plan-grid');
    expect([...grid.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['Round', 'Mentor A', 'Mentor B', 'Mentor C', 'Mentor D']);
    expect(within(screen.getByTestId('plan-round-2')).getAllByText(/^Mentee \d+/)).toHaveLength(12);
    expect(screen.getByTestId('plan-fit').textContent).toMatch(/Topic fit of the plan: [\d.]+ over 36 conversations; pairing at random would give [\d.]+\./);

    fireEvent.click(screen.getByTestId('publish'));
    expect((await screen.findByTestId('publish-outcome')).textContent).toBe('Published: 4 table meetings created, 4 updated with attendees and schedules.');
    expect(data.events[0]!.status).toBe('published');

    // A mentee taken off: the screen says the plan is out of date until it is planned again.
    expect(screen.queryByTestId('plan-stale')).toBeNull();
    expect(within(screen.getByTestId('plan-grid')).getAllByText(/^Mentee 1$/)).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Take Mentee 1 off the event' }));
    await screen.findByTestId('plan-stale');
    fireEvent.click(screen.getByTestId('plan-rounds'));
    await screen.findByRole('button', { name: 'Plan the rounds again' });
    expect(screen.queryByTestId('plan-stale')).toBeNull();
    expect(within(screen.getByTestId('plan-grid')).queryAllByText(/^Mentee 1$/)).toEqual([]);
  });

  it('a failed plan says why, and Try again plans', async () => {
    const data = store();
    data.events.push(EVENT);
    data.participants.push({ ...person('mentor-1', 'Mentor A'), eventKey: 'flash-1', role: 'mentor', status: 'registered', topics: [TOPICS[0]!], zone: 'UTC' });
    data.participants.push({ ...person('mentee-1', 'Mentee 1'), eventKey: 'flash-1', role: 'mentee', status: 'registered', topics: [TOPICS[0]!], zone: 'UTC' });
    const flashEvents = fakeFlashEventsPort(data, 'viewer-1', () => FAKE_NOW);
    const real = flashEvents.plan;
    let fail = true;
    flashEvents.plan = async (id) => (fail ? Promise.reject({ code: 'throttled', message: 'Microsoft 365 is busy.', retryAfterMs: 30_000 }) : real(id));
    renderWithPorts(<EventsScreen />, fakeTabPorts({ flashEvents, viewer: { isProgramManager: true } }));
    fireEvent.click(await screen.findByRole('button', { name: /New joiners/ }));
    fireEvent.click(await screen.findByTestId('plan-rounds'));
    expect((await screen.findByTestId('error-state')).textContent).toContain('Try again in about 30 seconds.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // 3 rounds with one mentor: the mentee can meet them once only, and the screen says so.
    expect((await screen.findByTestId('error-state')).textContent).toContain('Plan at most 1 rounds, or add mentors.');
  });
});

describe('EventsScreen for an invited mentee', () => {
  it('registers with up to three topics; a fourth cannot be ticked', async () => {
    const data = store();
    data.events.push({ ...EVENT, organizerId: 'someone-else' });
    data.participants.push({ ...person('viewer-1', 'Ada'), eventKey: 'flash-1', role: 'mentee', status: 'invited', topics: [], zone: 'UTC' });
    renderScreen(data, { isProgramManager: false });
    const card = await screen.findByTestId('invitation');
    expect(screen.queryByTestId('new-event')).toBeNull();
    fireEvent.click(within(card).getByTestId('register'));
    expect(await within(card).findByText('Pick at least one topic you would like to talk about.')).toBeTruthy();
    for (const t of TOPICS.slice(0, 3)) fireEvent.click(within(card).getByRole('checkbox', { name: t }));
    expect((within(card).getByRole('checkbox', { name: TOPICS[3] }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(card).getByTestId('register'));
    expect((await within(card).findByTestId('registered')).textContent).toContain('public speaking, negotiation, career pivot');
    expect(data.participants[0]).toMatchObject({ status: 'registered', topics: TOPICS.slice(0, 3) });
  });
});

describe('EventsScreen once an event is published', () => {
  function published(start: number) {
    const data = store();
    const people = [
      ...data.mentors.map((m, i) => ({ ...m, eventKey: 'flash-1', role: 'mentor' as const, status: 'registered' as const, topics: [TOPICS[i]!], zone: 'UTC' })),
      ...data.directory.slice(0, 11).map((m, i) => ({ ...m, eventKey: 'flash-1', role: 'mentee' as const, status: 'registered' as const, topics: [TOPICS[i % 4]!], zone: 'UTC' })),
      { ...person('viewer-1', 'Ada'), eventKey: 'flash-1', role: 'mentee' as const, status: 'registered' as const, topics: [TOPICS[0]!], zone: 'UTC' },
    ];
    const event = { ...EVENT, start, registrationCloses: start - 86_400_000 };
    const plan = planFlashEvent(event, people, 'flash-1');
    const meetings = Object.fromEntries(plan.mentorIds.map((id) => [id, { eventId: `ev-${id}`, joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` }]));
    data.events.push({ ...event, plan, meetings, status: 'published' });
    data.participants.push(...people);
    return { data, plan };
  }

  it("shows an invited mentee their rounds in their zone, each table's name and join link", async () => {
    const { data, plan } = published(EVENT.start);
    const names = Object.fromEntries(data.participants.map((p) => [p.userId, p.name]));
    renderScreen(data, { isProgramManager: false });
    const schedule = await screen.findByTestId('my-schedule');
    const rows = within(schedule).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    const first = plan.rounds[0]!.pairs.find((p) => p.menteeId === 'viewer-1')!.mentorId;
    expect(rows[0]!.textContent).toBe(`Round 1, 08:00–08:10: ${names[first]}'s table · Join`); // 8:00 London, 7 days on
    expect(within(rows[0]!).getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(`https://teams.microsoft.com/l/meetup-join/${first}`);
  });

  it("tells the program manager which round is running", async () => {
    const { data } = published(FAKE_NOW - 17 * 60_000); // round 2 runs from minute 15 to 25
    renderScreen(data, { isProgramManager: true });
    fireEvent.click(await screen.findByRole('button', { name: /New joiners/ }));
    expect((await screen.findByTestId('round-status')).textContent).toBe('Round 2 of 3 is running, until 08:08.');
  });

  it('after the event a mentee says which rounds were useful; a round still to come cannot be rated', async () => {
    const { data } = published(FAKE_NOW - 27 * 60_000); // rounds 1 and 2 have ended, round 3 runs
    renderScreen(data, { isProgramManager: false });
    const rows = within(await screen.findByTestId('my-schedule')).getAllByRole('listitem');
    expect(within(rows[2]!).queryByRole('button', { name: 'Useful' })).toBeNull();
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Useful' }));
    await waitFor(() => expect(within(rows[0]!).getByRole('button', { name: 'Useful' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Not useful' }));
    await waitFor(() => expect(data.participants.find((p) => p.userId === 'viewer-1')!.feedback).toEqual({ '1': 'useful', '2': 'not-useful' }));
  });

  it('after a useful round a mentee can ask that mentor for a full session, the request prefilled', async () => {
    const { data } = published(FAKE_NOW - 27 * 60_000);
    const openRequest = jest.fn();
    renderScreen(data, { isProgramManager: false }, openRequest);
    const rows = within(await screen.findByTestId('my-schedule')).getAllByRole('listitem');
    expect(within(rows[0]!).queryByRole('button', { name: /for a full session/ })).toBeNull();
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Useful' }));
    fireEvent.click(await within(rows[0]!).findByRole('button', { name: /^Ask .+ for a full session$/ }));
    expect(openRequest).toHaveBeenCalledTimes(1);
    expect(openRequest.mock.calls[0]![0]).toMatchObject({ goal: '', context: 'We met at “New joiners” (round 1).' });
    expect(openRequest.mock.calls[0]![0].mentorId).toEqual(expect.any(String));
    // A round marked not useful offers nothing.
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Not useful' }));
    await waitFor(() => expect(within(rows[1]!).getByRole('button', { name: 'Not useful' }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(rows[1]!).queryByRole('button', { name: /for a full session/ })).toBeNull();
  });
});

