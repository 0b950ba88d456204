// Office hours against the emulator: the store, not the client, decides who holds a slot. Twenty
// mentees claiming one slot at once give one claim, one meeting and nineteen on the waitlist;
// cancelling offers the slot to the first waiting by mail; a 503 after the store committed a claim
// does not double it; a mentee holds at most one slot per sheet.
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import type { SheetView } from '../../src/ui/common/office-hours-ports';
import { DANIEL_ID, NOW } from './tab-harness';
import { demoPeople, eventsAt, inbox, listItems, officeHoursAs, type Person } from './office-hours-harness';

jest.setTimeout(240_000);

const HOUR = 3_600_000;
const request = (i: number) => ({
  goal: `Could you check the opening of my talk number ${i} for the all-hands?`,
  context: 'Three slides, ten minutes.',
  success: 'A stronger first minute',
});

let emu: TestEmulator;
let people: Person[];
let sheet: SheetView;
const now = () => NOW;

beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
  people = await demoPeople(emu, 24, [DANIEL_ID]);
  const sheets = await officeHoursAs(emu, people[0]!, now).openSheets();
  sheet = sheets.find((s) => s.sheet.mentorId === DANIEL_ID)!;
});
afterAll(() => emu.close());

const claimsOfSlot = async (start: number) =>
  (await listItems(emu, 'SignupClaims')).filter((c) => Date.parse(String(c.SlotStartUtc)) === start && c.SheetId === sheet.sheet.itemId);

describe('Office hours sign-up sheets', () => {
  it('the seed holds an open sheet of the demo mentor in the coming days', () => {
    expect(sheet.sheet).toMatchObject({ status: 'open', topic: 'public speaking', mentorName: 'Daniel Okafor' });
    expect(sheet.sheet.slots.length).toBeGreaterThanOrEqual(4);
    expect(sheet.sheet.slots[0]!.start).toBeGreaterThan(NOW);
  });

  it('20 mentees claiming one slot at once: one claim, one meeting, 19 on the waitlist in order; cancelling offers it to the first by mail', async () => {
    const slot = sheet.sheet.slots[0]!;
    const racers = people.slice(0, 20);
    const results = await Promise.all(racers.map((p, i) => officeHoursAs(emu, p, now).claim(sheet.sheet.itemId!, slot.start, request(i))));

    const booked = results.filter((r) => r.kind === 'booked');
    expect(booked).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'waiting')).toHaveLength(19);
    const rows = await claimsOfSlot(slot.start);
    expect(rows.filter((c) => c.State === 'claimed')).toHaveLength(1);
    expect(rows.filter((c) => c.State === 'waiting')).toHaveLength(19);

    const winner = racers[results.findIndex((r) => r.kind === 'booked')]!;
    const meetings = await eventsAt(emu, 'mentor', slot.start);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.attendees.map((a) => a.emailAddress.address.toLowerCase())).toContain('daniel.okafor@contoso.example');
    const sessions = (await listItems(emu, 'Sessions')).filter((s) => s.Format === 'office-hours');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ Status: 'scheduled', MenteeId: winner.id, MentorId: DANIEL_ID });
    expect(sessions[0]!.ChatId).toBeTruthy();

    // Everyone waiting is told how many are ahead: 0 … 18, each once.
    const aheads = results.flatMap((r) => (r.kind === 'waiting' ? [r.ahead] : [])).sort((a, b) => a - b);
    expect(aheads).toEqual(Array.from({ length: 19 }, (_, i) => i));

    // The winner cancels: the meeting is gone and the first on the waitlist is offered the slot by mail.
    const winnerPort = officeHoursAs(emu, winner, now);
    const winnerClaim = (booked[0] as { claim: { itemId: string } }).claim;
    const after = await winnerPort.cancel(sheet.sheet.itemId!, winnerClaim.itemId, 'Something came up, sorry.');
    expect(await eventsAt(emu, 'mentor', slot.start)).toHaveLength(0);
    const first = results.find((r) => r.kind === 'waiting' && r.ahead === 0)!;
    const firstClaim = after.claims.find((c) => c.itemId === (first as { claim: { itemId: string } }).claim.itemId)!;
    expect(firstClaim.state).toBe('offered');
    expect(firstClaim.offerExpiresAt).toBe(NOW + 24 * HOUR);
    const firstPerson = racers.find((p) => p.id === firstClaim.menteeId)!;
    const mail = (await inbox(emu, firstPerson.upn)).filter((m) => m.subject.startsWith('A slot is free for you'));
    expect(mail).toHaveLength(1);

    // Reading the sheet again sends no second mail; accepting books the slot for the first.
    await officeHoursAs(emu, people[21]!, now).openSheets();
    const accepted = await officeHoursAs(emu, firstPerson, now).accept(sheet.sheet.itemId!, firstClaim.itemId);
    expect(accepted.kind).toBe('booked');
    expect((await inbox(emu, firstPerson.upn)).filter((m) => m.subject.startsWith('A slot is free for you'))).toHaveLength(1);
    expect(await eventsAt(emu, 'mentor', slot.start)).toHaveLength(1);
  });

  it('an offer not accepted by its deadline lapses when the sheet is next read, and the next waiting gets it by mail', async () => {
    // Slot 0 after the race: the first waiting accepted it; 18 still wait. The holder gives it up.
    const slot = sheet.sheet.slots[0]!;
    const rows = await claimsOfSlot(slot.start);
    const holder = people.find((p) => p.id === rows.find((c) => c.State === 'claimed')!.MenteeId)!;
    const view = await officeHoursAs(emu, holder, now).openSheets();
    const held = view.find((v) => v.sheet.itemId === sheet.sheet.itemId)!.claims.find((c) => c.menteeId === holder.id && c.state === 'claimed')!;
    const after = await officeHoursAs(emu, holder, now).cancel(sheet.sheet.itemId!, held.itemId, '');
    const offered = after.claims.find((c) => c.state === 'offered' && c.slotStart === slot.start)!;
    const queue = after.claims.filter((c) => c.state === 'waiting' && c.slotStart === slot.start).sort((a, b) => a.joinedAt - b.joinedAt || Number(a.itemId) - Number(b.itemId));

    // A day later nobody accepted: whoever reads the sheet lapses the offer and offers the slot to the next.
    const later = () => NOW + 25 * HOUR;
    const reread = await officeHoursAs(emu, people[23]!, later).openSheets();
    const claims = reread.find((v) => v.sheet.itemId === sheet.sheet.itemId)!.claims;
    expect(claims.find((c) => c.itemId === offered.itemId)!.state).toBe('expired');
    const next = claims.find((c) => c.itemId === queue[0]!.itemId)!;
    expect(next).toMatchObject({ state: 'offered', offerExpiresAt: NOW + 49 * HOUR });
    const nextPerson = people.find((p) => p.id === next.menteeId)!;
    expect((await inbox(emu, nextPerson.upn)).filter((m) => m.subject.startsWith('A slot is free for you'))).toHaveLength(1);

    // The lapsed offer cannot be accepted any more.
    const late = await officeHoursAs(emu, people.find((p) => p.id === offered.menteeId)!, later).accept(sheet.sheet.itemId!, offered.itemId);
    expect(late.kind).toBe('unavailable');
  });

  it('a 503 after the store committed a claim does not double it', async () => {
    const slot = sheet.sheet.slots[2]!;
    const mentee = people[22]!;
    await emu.faults([{ method: 'POST', path: '/lists/SignupClaims/items$', status: 503, times: 1, afterCommit: true }]);
    const result = await officeHoursAs(emu, mentee, now).claim(sheet.sheet.itemId!, slot.start, request(22));
    expect(result.kind).toBe('booked');
    const rows = (await claimsOfSlot(slot.start)).filter((c) => c.MenteeId === mentee.id);
    expect(rows).toHaveLength(1);
    expect(await eventsAt(emu, 'mentor', slot.start)).toHaveLength(1);
  });

  it('a mentee holds one slot per sheet: a second claim answers with the first', async () => {
    const mentee = people[22]!;
    const slot = sheet.sheet.slots[3]!;
    const second = await officeHoursAs(emu, mentee, now).claim(sheet.sheet.itemId!, slot.start, request(23));
    expect(second.kind).toBe('already');
    expect(second.kind === 'already' && second.claim.slotStart).toBe(sheet.sheet.slots[2]!.start);
    expect((await claimsOfSlot(slot.start)).filter((c) => c.MenteeId === mentee.id)).toHaveLength(0);
  });

  it('a mentor posts a sheet of their free times only; withdrawing it tells the claimant, whose next read cancels the meeting', async () => {
    const daniel = { id: DANIEL_ID, upn: 'daniel.okafor@contoso.example', displayName: 'Daniel Okafor' };
    const mentorPort = officeHoursAs(emu, daniel, now, { isMentor: true });
    const [me] = await mentorPort.postableMentors();
    expect(me).toMatchObject({ id: DANIEL_ID, topics: expect.arrayContaining(['public speaking']) });

    // Offered: only free times, and none of the slots already on his open sheet.
    const day = Math.floor(sheet.sheet.slots[0]!.start / (24 * HOUR)) * 24 * HOUR;
    const free = await mentorPort.freeSlots(me!, day, day + 24 * HOUR, 15);
    expect(free.length).toBeGreaterThan(0);
    const onSheet = new Set(sheet.sheet.slots.map((s) => s.start));
    expect(free.some((s) => onSheet.has(s.start))).toBe(false);

    // A time outside his working hours is refused at the slots field.
    const night = { start: day + 26 * HOUR, end: day + 26 * HOUR + 15 * 60_000 };
    const refused = await mentorPort.post(me!, { topic: 'public speaking', note: '', slots: [night] }, 'posted-night');
    expect(refused.kind === 'invalid' && refused.errors.map((e) => e.code)).toEqual(['slot-not-free']);

    const posted = await mentorPort.post(me!, { topic: 'portfolio review', note: 'Bring <one> portfolio piece.', slots: free.slice(0, 2) }, 'posted-once');
    const again = await mentorPort.post(me!, { topic: 'portfolio review', note: 'Bring <one> portfolio piece.', slots: free.slice(0, 2) }, 'posted-once');
    expect(posted.kind === 'posted' && again.kind === 'posted' && again.view.sheet.itemId).toBe(posted.kind === 'posted' && posted.view.sheet.itemId);
    const newSheet = (posted as { view: SheetView }).view.sheet;

    const mentee = people[23]!;
    const menteePort = officeHoursAs(emu, mentee, now);
    const claimed = await menteePort.claim(newSheet.itemId!, newSheet.slots[0]!.start, request(30));
    expect(claimed.kind).toBe('booked');
    expect(await eventsAt(emu, 'mentor', newSheet.slots[0]!.start)).toHaveLength(1);

    const withdrawn = await mentorPort.withdraw(newSheet.itemId!, 'Travelling, sorry.');
    expect(withdrawn.sheet.status).toBe('withdrawn');
    const told = (await inbox(emu, mentee.upn)).filter((m) => m.subject.startsWith('Office hours called off'));
    expect(told).toHaveLength(1);
    expect(told[0]!.body.content).toContain('Travelling, sorry.');
    // The mentor's time is free at once: he declined the meeting in his calendar, and the organiser sees his answer.
    const [organised] = await eventsAt(emu, mentee.upn, newSheet.slots[0]!.start);
    const answers = (organised as unknown as { attendees: { emailAddress: { address: string }; status: { response: string } }[] }).attendees;
    expect(answers.find((a) => a.emailAddress.address.toLowerCase() === daniel.upn)?.status.response).toBe('declined');
    const schedule = (await (await emu.fetch('/v1.0/me/calendar/getSchedule', { user: 'mentor', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schedules: [daniel.upn], startTime: { dateTime: new Date(newSheet.slots[0]!.start).toISOString().replace('Z', ''), timeZone: 'UTC' }, endTime: { dateTime: new Date(newSheet.slots[0]!.end).toISOString().replace('Z', ''), timeZone: 'UTC' }, availabilityViewInterval: 15 }) })).json()) as { value: { availabilityView: string }[] };
    expect(schedule.value[0]!.availabilityView).toMatch(/^0+$/);
    // A retried withdraw mails nobody twice.
    await mentorPort.withdraw(newSheet.itemId!, 'Travelling, sorry.');
    expect((await inbox(emu, mentee.upn)).filter((m) => m.subject.startsWith('Office hours called off'))).toHaveLength(1);

    // The mentee organised the meeting: their client cancels it the next time Office hours is read.
    const open = await menteePort.openSheets();
    expect(open.some((v) => v.sheet.itemId === newSheet.itemId)).toBe(false);
    expect(await eventsAt(emu, 'mentor', newSheet.slots[0]!.start)).toHaveLength(0);
    const row = (await listItems(emu, 'SignupClaims')).find((c) => c.SheetId === newSheet.itemId && c.MenteeId === mentee.id);
    expect(row?.State).toBe('cancelled');
  });
});
