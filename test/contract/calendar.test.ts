// Contract: Outlook calendar through the real Graph client — Teams meetings, transactionId dedup
// after a committed-but-failed create, calendarView, update and delete rules.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Chat, Event } from '@microsoft/microsoft-graph-types';
import { graphError, startTestEmulator, type TestEmulator } from './harness';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const MENTOR = 'daniel.okafor@contoso.example';
const MANAGER = 'sofia.lindqvist@contoso.example';
// The seed fills the 4 weeks after NOW; these tests work in a later, empty week.
const WEEK = 'startDateTime=2027-01-25T00:00:00Z&endDateTime=2027-02-01T00:00:00Z';

let emu: TestEmulator;
let mentee: Client;
let mentor: Client;

beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
  mentee = await emu.client('mentee');
  mentor = await emu.client('mentor');
});
afterEach(async () => {
  await emu.close();
});

function session(overrides: Partial<Event> = {}): Event {
  return {
    subject: 'Micromentor: pricing review',
    body: { contentType: 'html', content: '<p>Bring the deck.</p>' },
    start: { dateTime: '2027-01-26T09:00:00', timeZone: 'Europe/London' },
    end: { dateTime: '2027-01-26T09:30:00', timeZone: 'Europe/London' },
    attendees: [{ emailAddress: { address: MENTOR, name: 'Daniel Okafor' }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...overrides,
  };
}


async function view(client: Client, query = WEEK): Promise<Event[]> {
  return ((await client.api(`/me/calendarView?${query}`).get()) as { value: Event[] }).value;
}

describe('creating a Teams meeting', () => {
  it('answers 201 with the event, its join URL and the join block in the body', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    expect(event.id).toMatch(/^AAMkA[\w-]+$/);
    expect(event['@odata.etag' as keyof Event]).toBe(`W/"${event.changeKey}"`);
    expect(event.subject).toBe('Micromentor: pricing review');
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(event.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9]+%40thread\.v2\/0\?context=/);
    expect(event.body?.contentType).toBe('html');
    expect(event.body?.content).toContain('Bring the deck.');
    expect(event.body?.content).toContain(event.onlineMeeting!.joinUrl!);
    expect(event.bodyPreview).toContain('Bring the deck.');
    // No Prefer header: Outlook answers in UTC (London is on GMT in January).
    expect(event.start).toEqual({ dateTime: '2027-01-26T09:00:00.0000000', timeZone: 'UTC' });
    expect(event.originalStartTimeZone).toBe('Europe/London');
    expect(event.organizer?.emailAddress).toEqual({ name: 'Priya Natarajan', address: 'priya.natarajan@contoso.example' });
    expect(event.attendees).toEqual([
      { type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: { name: 'Daniel Okafor', address: MENTOR } },
    ]);
    expect(event.isOrganizer).toBe(true);
    expect(event.isCancelled).toBe(false);
    expect(event.type).toBe('singleInstance');
    expect(event.seriesMasterId).toBeNull();
    expect(event.transactionId).toBeUndefined();
  });

  it('puts the meeting in the attendee mentor’s calendarView, busy', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    const mentorsWeek = await view(mentor);
    expect(mentorsWeek.map((e) => e.id)).toEqual([event.id]);
    expect(mentorsWeek[0]).toMatchObject({ showAs: 'busy', isOrganizer: false, responseStatus: { response: 'notResponded' } });
    expect((await view(mentee)).map((e) => e.id)).toEqual([event.id]);
    // The manager was not invited.
    expect(await view(await emu.client('manager'))).toEqual([]);
  });

  it('honours Prefer: outlook.timezone with Windows zone names', async () => {
    const event = (await mentee
      .api('/me/events')
      .header('Prefer', 'outlook.timezone="Pacific Standard Time"')
      .post(session({ start: { dateTime: '2027-01-26T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2027-01-26T10:00:00', timeZone: 'UTC' } }))) as Event;
    expect(event.start).toEqual({ dateTime: '2027-01-26T01:00:00.0000000', timeZone: 'Pacific Standard Time' });
    const res = await emu.fetch(`/v1.0/me/calendarView?${WEEK}`, { user: 'mentor', headers: { prefer: 'outlook.timezone="Europe/Berlin"' } });
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="Europe/Berlin"');
    const body = (await res.json()) as { value: Event[] };
    expect(body.value[0]?.start).toEqual({ dateTime: '2027-01-26T10:00:00.0000000', timeZone: 'Europe/Berlin' });
  });

  it('rejects an end before the start and a missing start with 400', async () => {
    const backwards = await graphError(mentee.api('/me/events').post(session({ end: { dateTime: '2027-01-26T08:00:00', timeZone: 'Europe/London' } })));
    expect(backwards.statusCode).toBe(400);
    const noStart = await graphError(mentee.api('/me/events').post(session({ start: undefined })));
    expect(noStart.statusCode).toBe(400);
    const badZone = await graphError(mentee.api('/me/events').post(session({ start: { dateTime: '2027-01-26T09:00:00', timeZone: 'Mars/Olympus' } })));
    expect(badZone).toMatchObject({ statusCode: 400, code: 'TimeZoneNotSupportedException' });
    expect(await view(mentee)).toEqual([]);
  });
});

describe('transactionId', () => {
  it('An event created twice with one transactionId, the second time after an afterCommit fault, exists once', async () => {
    await emu.faults([{ method: 'POST', path: '^/v1\\.0/me/events$', status: 503, times: 1, afterCommit: true }]);
    const body = session({ transactionId: '6f1c1e0e-6a7d-4c64-9c8e-2a4f0e6b9d11' });
    const first = await graphError(mentee.api('/me/events').post(body));
    expect(first.statusCode).toBe(503);

    const retried = (await mentee.api('/me/events').post(body)) as Event;
    expect(retried.transactionId).toBe('6f1c1e0e-6a7d-4c64-9c8e-2a4f0e6b9d11');
    const week = await view(mentee);
    expect(week.map((e) => e.id)).toEqual([retried.id]);
    expect((await view(mentor)).map((e) => e.id)).toEqual([retried.id]);
    const chats = (await mentee.api('/me/chats').get()) as { value: Chat[] };
    expect(chats.value.filter((c) => c.topic === body.subject)).toHaveLength(1);
    expect(emu.emulator.db.prepare('SELECT COUNT(*) FROM online_meetings WHERE subject = ?').pluck().get(body.subject)).toBe(1);
    expect((await emu.requests()).filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([503, 201]);
  });

  it('also holds when the Graph client’s RetryHandler does the retry', async () => {
    await emu.faults([{ method: 'POST', path: '^/v1\\.0/me/events$', status: 503, times: 1, afterCommit: true, retryAfterSeconds: 0 }]);
    const retrying = await emu.client('mentee', { retries: 2 });
    const event = (await retrying.api('/me/events').post(session({ transactionId: 'tx-auto-retry' }))) as Event;
    expect((await view(mentee)).map((e) => e.id)).toEqual([event.id]);
  });

  it('is per organizer: another organizer may use the same transactionId', async () => {
    const a = (await mentee.api('/me/events').post(session({ transactionId: 'shared', attendees: [] }))) as Event;
    const b = (await mentor.api('/me/events').post(session({ transactionId: 'shared', attendees: [] }))) as Event;
    expect(a.id).not.toBe(b.id);
  });
});

describe('calendarView', () => {
  it('needs startDateTime and endDateTime', async () => {
    const error = await graphError(mentee.api('/me/calendarView').get());
    expect(error).toMatchObject({ statusCode: 400, code: 'ErrorInvalidParameter' });
  });

  it('lists overlapping events by start, pages with @odata.nextLink and honours $select', async () => {
    for (const day of ['27', '25', '26']) {
      await mentee.api('/me/events').post(session({
        subject: `Session ${day}`,
        isOnlineMeeting: false,
        start: { dateTime: `2027-01-${day}T14:00:00`, timeZone: 'UTC' },
        end: { dateTime: `2027-01-${day}T15:00:00`, timeZone: 'UTC' },
      }));
    }
    const first = (await mentee.api(`/me/calendarView?${WEEK}`).top(2).select('subject,start').get()) as { value: Event[]; '@odata.nextLink'?: string };
    expect(first.value.map((e) => e.subject)).toEqual(['Session 25', 'Session 26']);
    expect(Object.keys(first.value[0]!).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    expect(first['@odata.nextLink']).toContain('skiptoken=');
    const next = first['@odata.nextLink']!.replace(`${emu.graphUrl}`, '');
    const second = (await mentee.api(next).get()) as { value: Event[]; '@odata.nextLink'?: string };
    expect(second.value.map((e) => e.subject)).toEqual(['Session 27']);
    expect(second['@odata.nextLink']).toBeUndefined();
    // A window that ends when the first session starts does not overlap it.
    expect(await view(mentee, 'startDateTime=2027-01-25T00:00:00Z&endDateTime=2027-01-25T14:00:00Z')).toEqual([]);
  });

  it('is private: the mentee may not read the mentor’s calendarView', async () => {
    const mentorId = (emu.emulator.personas().find((p) => p.role === 'mentor'))!.id;
    const error = await graphError(mentee.api(`/users/${mentorId}/calendarView?${WEEK}`).get());
    expect(error).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
  });
});

describe('reading, updating and deleting an event', () => {
  it('404s an unknown event with Outlook’s message', async () => {
    const error = await graphError(mentee.api('/me/events/AAMkAdoesnotexist').get());
    expect(error).toMatchObject({ statusCode: 404, code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' });
  });

  it('lets an attendee read but not change the event', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    const seen = (await mentor.api(`/me/events/${event.id}`).get()) as Event;
    expect(seen.subject).toBe(event.subject);
    const error = await graphError(mentor.api(`/me/events/${event.id}`).patch({ subject: 'Hijacked' }));
    expect(error).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
    const deleting = await graphError(mentor.api(`/me/events/${event.id}`).delete());
    expect(deleting.statusCode).toBe(403);
    const manager = await emu.client('manager');
    expect((await graphError(manager.api(`/me/events/${event.id}`).get())).statusCode).toBe(404);
  });

  it('lets the organizer update subject, time and attendees; the meeting chat follows', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    const updated = (await mentee.api(`/me/events/${event.id}`).patch({
      subject: 'Micromentor: pricing review (moved)',
      start: { dateTime: '2027-01-26T11:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-01-26T11:30:00', timeZone: 'UTC' },
      attendees: [
        { emailAddress: { address: MENTOR, name: 'Daniel Okafor' }, type: 'required' },
        { emailAddress: { address: MANAGER, name: 'Sofia Lindqvist' }, type: 'optional' },
      ],
    } satisfies Event)) as Event;
    expect(updated.changeKey).not.toBe(event.changeKey);
    expect(updated.start?.dateTime).toBe('2027-01-26T11:00:00.0000000');
    expect(updated.onlineMeeting?.joinUrl).toBe(event.onlineMeeting?.joinUrl);
    const manager = await emu.client('manager');
    expect((await view(manager)).map((e) => e.subject)).toEqual(['Micromentor: pricing review (moved)']);
    const chatId = emu.emulator.db.prepare('SELECT chat_id FROM events WHERE id = ?').pluck().get(event.id) as string;
    const chat = (await manager.api(`/chats/${chatId}`).get()) as Chat;
    expect(chat.topic).toBe('Micromentor: pricing review (moved)');

    const dropped = (await mentee.api(`/me/events/${event.id}`).patch({ attendees: [{ emailAddress: { address: MENTOR }, type: 'required' }] } satisfies Event)) as Event;
    expect(dropped.attendees?.map((a) => a.emailAddress?.address)).toEqual([MENTOR]);
    expect(await view(manager)).toEqual([]);
    expect((await graphError(manager.api(`/chats/${chatId}`).get())).statusCode).toBe(403);
  });

  it('does not let isOnlineMeeting be turned off', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    const error = await graphError(mentee.api(`/me/events/${event.id}`).patch({ isOnlineMeeting: false }));
    expect(error.statusCode).toBe(400);
  });

  it('rejects properties Graph does not have', async () => {
    const error = await graphError(mentee.api('/me/events').post({ ...session(), colour: 'blue' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'RequestBodyRead' });
  });

  it('DELETE by the organizer removes the meeting from the attendee’s calendar', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    expect(await view(mentor)).toHaveLength(1);
    const res = await emu.fetch(`/v1.0/me/events/${event.id}`, { user: 'mentee', method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await view(mentor)).toEqual([]);
    expect(await view(mentee)).toEqual([]);
    expect((await graphError(mentor.api(`/me/events/${event.id}`).get())).statusCode).toBe(404);
  });

  it('cancel (organizer) answers 202 and removes the meeting everywhere', async () => {
    const event = (await mentee.api('/me/events').post(session())) as Event;
    const res = await emu.fetch(`/v1.0/me/events/${event.id}/cancel`, { user: 'mentee', method: 'POST', body: JSON.stringify({ Comment: 'Something came up.' }) });
    expect(res.status).toBe(202);
    expect(await view(mentor)).toEqual([]);
  });
});

it('401s a request without a token', async () => {
  const res = await emu.fetch('/v1.0/me/events');
  expect(res.status).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
});
