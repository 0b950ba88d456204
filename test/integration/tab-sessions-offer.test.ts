// My sessions and My offer through the tab's ports, against the emulator: a session moved keeps
// its meeting; a mentor's offer change reaches the directory; a concurrent edit is merged or named.
import type { Event } from '@microsoft/microsoft-graph-types';
import { bookingReducer, initialBookingState, type BookingState } from '../../src/domain/booking-saga';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs } from './gateway-harness';

const MENTEE_ID = '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01';
import { DANIEL_ID, NOW, findMentor, mutualSlots, portsAs } from './tab-harness';
import { NOT_ONLINE_MESSAGE } from '../../src/graph/compose-session';
import { createComposeSessionPort } from '../../src/hosts/outlook/compose-session-port';
import { fakeCompose } from '../../src/ui/compose/fake-compose';

jest.setTimeout(60000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

const MENTORS_ITEM = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Mentors/items/1/fields`;

describe('one mentor by id', () => {
  it('is the same listing the directory pages show, in one query; an unknown or odd id is simply not there', async () => {
    const mentee = await portsAs(emu, 'mentee');
    const listed = await findMentor(mentee, DANIEL_ID);
    await emu.fetch('/_emulator/requests', { method: 'DELETE' });
    expect(await mentee.directory.mentor(DANIEL_ID)).toEqual(listed);
    const requests = ((await (await emu.fetch('/_emulator/requests')).json()) as { value: { path: string; batchId?: number }[] }).value;
    expect(requests.filter((r) => r.path.includes('/lists/Mentors/items') && r.batchId === undefined)).toHaveLength(1);
    expect(await mentee.directory.mentor('no-such-mentor')).toBeUndefined();
    expect(await mentee.directory.mentor("x' or fields/Active eq true or 'a&b#")).toBeUndefined();
  });
});

describe('my sessions', () => {
  it('lists a booked session for both people and moves the same meeting when rescheduled', async () => {
    const mentee = await portsAs(emu, 'mentee');
    const daniel = await findMentor(mentee, DANIEL_ID);
    const [first, , third] = await mutualSlots(mentee, daniel);
    let state: BookingState = initialBookingState();
    const request = { goal: 'Rehearse my budget talk', context: '', success: 'An opening I trust', topic: daniel.topics[0]!, timeBox: 45 as const };
    await mentee.booking.book({ request, mentor: daniel, start: first!, timeBoxMinutes: 45, sessionKey: 'move-1' }, state, (e) => void (state = bookingReducer(state, e)));
    expect(state.phase).toBe('booked');

    const [asMentee] = await mentee.mySessions.list('mentee');
    expect(asMentee).toMatchObject({ otherName: 'Daniel Okafor', session: { key: 'move-1', status: 'scheduled' } });
    const mentor = await portsAs(emu, 'mentor');
    const [asMentor] = await mentor.mySessions.list('mentor');
    expect(asMentor).toMatchObject({ otherName: 'Priya Natarajan', session: { goal: 'Rehearse my budget talk', context: '', success: 'An opening I trust' } });

    const moved = await mentee.mySessions.reschedule(asMentee!, third!);
    expect(moved.session).toMatchObject({ start: third, end: third! + 45 * 60_000, eventId: asMentee!.session.eventId });
    const event = (await (await emu.fetch(`/v1.0/me/events/${encodeURIComponent(asMentee!.session.eventId!)}`, { user: 'mentor' })).json()) as Event;
    expect(Date.parse(`${event.start!.dateTime}Z`)).toBe(third);
    expect(event.onlineMeeting?.joinUrl).toBe(asMentee!.session.joinUrl);
  });

  it('records a cancellation made in Outlook even when the record was edited meanwhile', async () => {
    const mentee = await portsAs(emu, 'mentee');
    const daniel = await findMentor(mentee, DANIEL_ID);
    const [first] = await mutualSlots(mentee, daniel);
    let state: BookingState = initialBookingState();
    const request = { goal: 'Rehearse my budget talk', context: '', success: 'An opening I trust', topic: daniel.topics[0]!, timeBox: 45 as const };
    await mentee.booking.book({ request, mentor: daniel, start: first!, timeBoxMinutes: 45, sessionKey: 'cancel-1' }, state, (e) => void (state = bookingReducer(state, e)));
    const [listed] = await mentee.mySessions.list('mentee');
    // The program manager sets the status by hand in Microsoft Lists while the mentee has the list open.
    const item = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items/${listed!.session.itemId}/fields`;
    expect((await emu.fetch(item, { user: 'manager', method: 'PATCH', body: JSON.stringify({ Status: 'checklist-posted' }) })).status).toBe(200);

    const cancelled = await mentee.mySessions.cancel(listed!, 'Something came up.');
    expect(cancelled.session.status).toBe('cancelled');
    const [again] = await mentee.mySessions.list('mentee');
    expect(again!.session.status).toBe('cancelled');
  });
});

describe('my sessions: meetings written in Outlook', () => {
  /** The pane's fill on a meeting sent with the Teams toggle on or off (the session kept before sending). */
  async function writtenInOutlook(online: boolean, start: number): Promise<string> {
    const graph = connectAs(emu, 'mentee');
    const event = (await graph.client.api('/me/events').post({
      subject: 'Micro-mentoring: presentation coaching',
      start: { dateTime: new Date(start).toISOString().replace('Z', ''), timeZone: 'UTC' },
      end: { dateTime: new Date(start + 45 * 60_000).toISOString().replace('Z', ''), timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' }, type: 'required' }],
      isOnlineMeeting: online,
      ...(online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    })) as Event;
    const item = fakeCompose('', { saveAndGetItemId: async () => event.id!, isOnlineMeeting: async () => false }).port;
    const request = { goal: `Feedback on my slides (${online ? 'Teams' : 'no Teams'})`, context: '', success: 'Three slides cut', topic: 'presentation coaching', timeBox: 45 as const };
    await createComposeSessionPort(item, graph, PROGRAM_SITE).keep({ request, mentorId: DANIEL_ID, menteeId: MENTEE_ID, start });
    return event.id!;
  }

  it('links the one sent with Teams, shows the one without as "No Teams meeting" with what to do, and leaves out a deleted one', async () => {
    const day = NOW + 7 * 86_400_000;
    await writtenInOutlook(true, day);
    await writtenInOutlook(false, day + 3_600_000);
    const deleted = await writtenInOutlook(false, day + 7_200_000);
    await connectAs(emu, 'mentee').client.api(`/me/events/${deleted}`).delete();

    const mentee = await portsAs(emu, 'mentee');
    const listed = await mentee.mySessions.list('mentee');
    expect(listed.map((v) => [v.session.goal, v.session.status, v.meetingProblem?.code])).toEqual([
      ['Feedback on my slides (Teams)', 'scheduled', undefined],
      ['Feedback on my slides (no Teams)', 'draft', 'no-teams'],
    ]);
    expect(listed[1]!.meetingProblem!.message).toBe(NOT_ONLINE_MESSAGE);
    // The mentor sees the linked session only; nothing to attend in the other.
    const mentor = await portsAs(emu, 'mentor');
    expect((await mentor.mySessions.list('mentor')).map((v) => v.session.goal)).toEqual(['Feedback on my slides (Teams)']);
  });
});

describe('my offer', () => {
  it('a change of topics and caps is what mentees then find in the directory', async () => {
    const mentor = await portsAs(emu, 'mentor');
    expect(mentor.viewer).toMatchObject({ isMentor: true, isProgramManager: false, zone: 'Europe/London', locale: 'en-GB' });
    // Outlook names Stockholm's zone "W. Europe Standard Time", whose IANA zone is Berlin's (same clock).
    expect((await portsAs(emu, 'manager')).viewer).toMatchObject({ isProgramManager: true, zone: 'Europe/Berlin', locale: 'sv-SE' });
    const stored = (await mentor.mentorOffer.read())!;
    const saved = await mentor.mentorOffer.save(stored, { ...stored.offer, topics: [...stored.offer.topics, 'budgeting'], capacityPerWeek: 4, capacityPerMonth: 12 });
    expect(saved.kind).toBe('saved');

    const mentee = await portsAs(emu, 'mentee');
    const daniel = await findMentor(mentee, DANIEL_ID);
    expect(daniel.topics).toContain('budgeting');
    expect(daniel).toMatchObject({ capacityPerWeek: 4, capacityPerMonth: 12 });
  });

  it("merges the program manager's edit of another field and names a field both changed", async () => {
    const mentor = await portsAs(emu, 'mentor');
    const stored = (await mentor.mentorOffer.read())!;
    // The program manager edits the bio in Microsoft Lists meanwhile.
    expect((await emu.fetch(MENTORS_ITEM, { user: 'manager', method: 'PATCH', body: JSON.stringify({ Bio: 'Design critique and portfolio reviews.' }) })).status).toBe(200);

    const merged = await mentor.mentorOffer.save(stored, { ...stored.offer, bufferMinutes: 15 });
    expect(merged.kind).toBe('saved');
    expect(merged.kind === 'saved' && merged.stored.offer).toMatchObject({ bio: 'Design critique and portfolio reviews.', bufferMinutes: 15 });

    const conflict = await mentor.mentorOffer.save(stored, { ...stored.offer, bio: 'Portfolio reviews only.' });
    expect(conflict).toMatchObject({ kind: 'conflict', fields: ['bio'], theirs: { offer: { bio: 'Design critique and portfolio reviews.' } } });
  });

  it('creates the item on first opt-in, and the new mentor is listed', async () => {
    const mentee = await portsAs(emu, 'mentee');
    expect(mentee.viewer.isMentor).toBe(false);
    expect(await mentee.mentorOffer.read()).toBeUndefined();
    const offer = { active: true, topics: ['data visualization'], bio: 'Dashboards that people read.', sessionLengths: [30 as const], capacityPerWeek: 1, capacityPerMonth: 3, noticeMinutes: 1440, bufferMinutes: 10 };
    expect((await mentee.mentorOffer.save(undefined, offer)).kind).toBe('saved');
    expect(mentee.viewer.isMentor).toBe(true);
    const other = await portsAs(emu, 'mentor');
    expect(await findMentor(other, mentee.viewer.id)).toMatchObject({ topics: ['data visualization'], noticeMinutes: 1440, bufferMinutes: 10 });
    expect((await mentee.mentorOffer.workingHours())?.zone).toBe('Europe/London');
  });
});
