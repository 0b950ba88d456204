// My sessions and My offer through the tab's ports, against the emulator: a session moved keeps
// its meeting; a mentor's offer change reaches the directory; a concurrent edit is merged or named.
import type { Event } from '@microsoft/microsoft-graph-types';
import { bookingReducer, initialBookingState, type BookingState } from '../../src/domain/booking-saga';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE } from './gateway-harness';
import { DANIEL_ID, NOW, findMentor, mutualSlots, portsAs } from './tab-harness';

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
