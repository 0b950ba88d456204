// The tab's booking through its ports, against the emulator: the saga end to end as the mentee,
// resumed after a failure, and the two ways a slot can stop being bookable.
import type { ChatMessage, Event, ListItem, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import { bookingReducer, initialBookingState, type BookingEvent, type BookingState } from '../../src/domain/booking-saga';
import type { PreciseRequest } from '../../src/domain/precise-request';
import { DAY } from '../../src/domain/zone-time';
import type { BookingInput, MentorListing, TabPorts } from '../../src/ui/common/tab-ports';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE } from './gateway-harness';
import { DANIEL_ID, NOW, findMentor, mutualSlots, portsAs } from './tab-harness';

jest.setTimeout(60000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

const SITE = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}`;

function request(topic: string): PreciseRequest {
  return {
    goal: 'Review the storyline of my board deck for the Q3 budget review',
    context: 'Deck: https://contoso.sharepoint.com/sites/marketing/board-q3.pptx',
    success: 'A storyline I can present in ten minutes, with three slides cut',
    topic,
    timeBox: 45,
  };
}

async function book(ports: TabPorts, input: BookingInput, from: BookingState = initialBookingState()): Promise<{ state: BookingState; events: BookingEvent[] }> {
  let state = from;
  const events: BookingEvent[] = [];
  await ports.booking.book(input, state, (event) => {
    events.push(event);
    state = bookingReducer(state, event);
  });
  return { state, events };
}

async function get<T>(path: string, user: string): Promise<T> {
  const res = await emu.fetch(path, { user });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function sessionEvents(user: string, start: number): Promise<Event[]> {
  const from = new Date(start - DAY).toISOString();
  const to = new Date(start + DAY).toISOString();
  const page = await get<{ value: Event[] }>(`/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, user);
  return page.value.filter((e) => e.subject?.startsWith('Micro-mentoring'));
}

async function sessionItems(key: string): Promise<ListItem[]> {
  const filter = encodeURIComponent(`fields/SessionKey eq '${key}'`);
  return (await get<{ value: ListItem[] }>(`${SITE}/lists/Sessions/items?$expand=fields&$filter=${filter}`, 'mentee')).value;
}

async function chatOf(chatId: string): Promise<{ messages: ChatMessage[]; pins: PinnedChatMessageInfo[] }> {
  const chat = `/v1.0/chats/${encodeURIComponent(chatId)}`;
  const messages = (await get<{ value: ChatMessage[] }>(`${chat}/messages`, 'mentor')).value;
  const pins = (await get<{ value: PinnedChatMessageInfo[] }>(`${chat}/pinnedMessages?$expand=message`, 'mentor')).value;
  return { messages, pins };
}

async function setup(): Promise<{ ports: TabPorts; daniel: MentorListing; slots: number[]; input: (key: string, start: number) => BookingInput }> {
  const ports = await portsAs(emu, 'mentee');
  const daniel = await findMentor(ports, DANIEL_ID);
  const slots = await mutualSlots(ports, daniel);
  expect(slots.length).toBeGreaterThan(2);
  const input = (key: string, start: number): BookingInput => ({ request: request(daniel.topics[0]!), mentor: daniel, start, timeBoxMinutes: 45, sessionKey: key });
  return { ports, daniel, slots, input };
}

describe('booking from the tab', () => {
  it('books end to end: one Teams meeting in both calendars, the checklist pinned once, the record scheduled', async () => {
    const { ports, slots, input } = await setup();
    const start = slots[0]!;
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    const { state, events } = await book(ports, input('booking-1', start));
    // Round trips as the bench counts them: HTTP requests (a $batch is one, its inner requests are not).
    const roundTrips = (await emu.requests()).filter((r) => r.batchId === undefined && r.path.startsWith('/v1.0/'));

    expect(state.phase).toBe('booked');
    expect(events.filter((e) => e.type === 'step-done').map((e) => (e as { step: string }).step)).toEqual(['record', 'meeting', 'chat', 'checklist', 'schedule']);
    const [menteeEvent, ...moreMentee] = await sessionEvents('mentee', start);
    const mentorEvents = await sessionEvents('mentor', start);
    expect(moreMentee).toHaveLength(0);
    expect(mentorEvents).toHaveLength(1);
    expect(menteeEvent!.isOnlineMeeting).toBe(true);
    expect(menteeEvent!.body?.content).toContain('Review the storyline of my board deck');
    expect(Date.parse(`${menteeEvent!.start!.dateTime}Z`)).toBe(start);

    const [item, ...others] = await sessionItems('booking-1');
    expect(others).toHaveLength(0);
    const fields = item!.fields as Record<string, unknown>;
    expect(fields).toMatchObject({ Status: 'scheduled', EventId: menteeEvent!.id, JoinUrl: menteeEvent!.onlineMeeting?.joinUrl, ChatId: expect.stringMatching(/^19:/) });
    const { messages, pins } = await chatOf(String(fields.ChatId));
    expect(messages).toHaveLength(1);
    expect(pins).toHaveLength(1);
    expect(pins[0]!.message?.attachments?.[0]?.content).toContain('Prepare for your micro-mentoring session');
    expect(state.session).toMatchObject({ status: 'scheduled', eventId: menteeEvent!.id, chatId: fields.ChatId });
    expect(roundTrips.length).toBeLessThanOrEqual(10);
    // 'scheduled' is written with the pin: no request of its own after it.
    expect(roundTrips).toHaveLength(9);
  });

  it('resumes at the failed step after a 503 that came after Graph created the meeting: one meeting, one checklist, one session', async () => {
    const { ports, slots, input } = await setup();
    const start = slots[1]!;
    await emu.faults([{ method: 'POST', path: '^/v1\\.0/me/events$', status: 503, times: 4, afterCommit: true }]);
    const failed = await book(ports, input('booking-503', start));
    expect(failed.state.phase).toBe('failed');
    expect(failed.state.failure).toMatchObject({ step: 'meeting', code: 'unavailable', message: expect.stringContaining('Teams meeting') });
    expect(failed.state.steps.record).toBe('done');

    const resumed = await book(ports, input('booking-503', start), bookingReducer(failed.state, { type: 'retry' }));
    expect(resumed.state.phase).toBe('booked');
    expect(resumed.events.some((e) => e.type === 'step-started' && e.step === 'record')).toBe(false);
    expect(await sessionEvents('mentee', start)).toHaveLength(1);
    expect(await sessionEvents('mentor', start)).toHaveLength(1);
    const items = await sessionItems('booking-503');
    expect(items).toHaveLength(1);
    const { messages, pins } = await chatOf(String((items[0]!.fields as Record<string, unknown>).ChatId));
    expect(messages).toHaveLength(1);
    expect(pins).toHaveLength(1);
  });

  it('says the slot was taken, with new slots, when the mentor\'s calendar filled it meanwhile', async () => {
    const { ports, slots, input } = await setup();
    const start = slots[0]!;
    const busy = await emu.fetch('/v1.0/me/events', {
      user: 'mentor',
      method: 'POST',
      body: JSON.stringify({
        subject: 'Design review',
        start: { dateTime: new Date(start).toISOString().slice(0, 19), timeZone: 'UTC' },
        end: { dateTime: new Date(start + 3_600_000).toISOString().slice(0, 19), timeZone: 'UTC' },
      }),
    });
    expect(busy.status).toBe(201);
    const { state } = await book(ports, input('booking-taken', start));
    expect(state.phase).toBe('slot-taken');
    expect(state.nextSlots!.length).toBeGreaterThan(0);
    expect(state.nextSlots).not.toContain(start);
    expect(await sessionItems('booking-taken')).toHaveLength(0);
  });

  it('says the mentor is at capacity, with other mentors of the topic, and a cancellation frees the place', async () => {
    // Daniel takes one session a week.
    const mentorsItem = `${SITE}/lists/Mentors/items/1/fields`;
    expect((await emu.fetch(mentorsItem, { user: 'manager', method: 'PATCH', body: JSON.stringify({ CapacityPerWeek: 1, CapacityPerMonth: 8 }) })).status).toBe(200);
    const { ports, slots, input } = await setup();
    const first = slots[0]!;
    const sameWeek = slots.find((s) => s > first + 2 * 3_600_000 && s - first < 2 * DAY && new Date(s).getUTCDay() >= new Date(first).getUTCDay())!;
    expect((await book(ports, input('cap-1', first))).state.phase).toBe('booked');

    const second = await book(ports, input('cap-2', sameWeek));
    expect(second.state.phase).toBe('at-capacity');
    expect(second.state.capacity).toMatchObject({ period: 'week' });
    expect(second.state.capacity!.alternatives).not.toContain(DANIEL_ID);
    expect(second.state.capacity!.alternatives.length).toBeGreaterThan(0);

    // Cancel the first as the mentee: the meeting leaves both calendars and the place is free again.
    const [booked] = (await ports.mySessions.list('mentee')).filter((v) => v.session.key === 'cap-1');
    const cancelled = await ports.mySessions.cancel(booked!, 'Something came up; I will book another time.');
    expect(cancelled.session.status).toBe('cancelled');
    expect(await sessionEvents('mentee', first)).toHaveLength(0);
    expect(await sessionEvents('mentor', first)).toHaveLength(0);
    const relisted = await findMentor(ports, DANIEL_ID);
    expect(relisted.bookedThisWeek).toBe(0);
    expect((await book(ports, { ...input('cap-3', sameWeek), mentor: relisted })).state.phase).toBe('booked');
  });
});
