// The tab's Events port over the emulator, built as the tab builds it: the demo mentee finds her
// invitation to the seeded flash event and registers; the program manager plans and publishes it,
// creates an event of her own (a retried create finds the first), and finds people to invite.
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { NOW, portsAs } from './tab-harness';

jest.setTimeout(60000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

describe('the Events port', () => {
  it('the demo mentee registers for the seeded event with up to three topics', async () => {
    const mentee = await portsAs(emu, 'mentee');
    const [invitation, ...others] = await mentee.flashEvents.myInvitations();
    expect(others).toEqual([]);
    expect(invitation!.me).toMatchObject({ role: 'mentee', status: 'invited' });
    const topics = invitation!.event.topics;
    await expect(mentee.flashEvents.register(invitation!.event.key, topics.slice(0, 4))).rejects.toMatchObject({ code: 'invalid', message: 'Pick at most 3 topics.' });
    const registered = await mentee.flashEvents.register(invitation!.event.key, topics.slice(0, 2));
    expect(registered.me).toMatchObject({ status: 'registered', topics: topics.slice(0, 2), zone: mentee.viewer.zone });
    expect((await mentee.flashEvents.myInvitations())[0]!.me.status).toBe('registered');
  });

  it('the program manager plans and publishes the seeded event: one meeting per mentor table', async () => {
    const manager = await portsAs(emu, 'manager');
    expect(manager.viewer.isProgramManager).toBe(true);
    const [event] = await manager.flashEvents.listMine();
    const planned = await manager.flashEvents.plan(event!.itemId);
    // 4 mentors and the 11 mentees who registered (the demo mentee has not yet).
    expect(planned.event.plan!.mentorIds).toHaveLength(4);
    expect(planned.event.plan!.rounds.map((r) => r.pairs.length)).toEqual([11, 11, 11]);
    const progress: string[] = [];
    const published = await manager.flashEvents.publish(event!.itemId, (p) => progress.push(`${p.step} ${p.done}/${p.total}`));
    expect(published).toMatchObject({ created: 4, updated: 4, tables: 4 });
    expect(progress.at(-1)).toBe('schedules 4/4');
    expect(await manager.flashEvents.publish(event!.itemId, () => undefined)).toMatchObject({ created: 0, updated: 0 });
  });

  it('the program manager creates an event once, and finds mentors and people to invite', async () => {
    const manager = await portsAs(emu, 'manager');
    const input = { title: 'Onboarding', date: '2030-01-20', startTime: '10:00', zone: 'Europe/London', roundMinutes: 15, rounds: 2, breakMinutes: 0, topics: ['negotiation'], registrationCloses: '2030-01-19T12:00' };
    const first = await manager.flashEvents.create(input, 'flash-onboarding-1');
    const again = await manager.flashEvents.create(input, 'flash-onboarding-1');
    expect(again.event.itemId).toBe(first.event.itemId);
    await expect(manager.flashEvents.create({ ...input, date: '2029-12-01' }, 'flash-past')).rejects.toMatchObject({ code: 'invalid' });
    const mentors = await manager.flashEvents.mentors();
    expect(mentors.length).toBeGreaterThan(10);
    const found = await manager.flashEvents.searchPeople('Dan');
    expect(found.some((p) => p.name === 'Daniel Okafor')).toBe(true);
    const invited = await manager.flashEvents.invite(first.event.itemId, [mentors[0]!], 'mentor');
    expect(invited.participants).toMatchObject([{ userId: mentors[0]!.userId, role: 'mentor', status: 'invited' }]);
  });
});
