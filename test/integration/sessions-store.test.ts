// Session records under concurrent edits and failed writes: nothing lost, nothing doubled.
import { tick } from '../../src/domain/checklists';
import { GatewayError } from '../../src/graph/gateway-error';
import { createSession, findSessionByKey, readSession, saveSession } from '../../src/graph/sessions-store';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';

jest.setTimeout(30000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator();
});
afterEach(() => emu.close());

const draft = draftSession;

async function countSessions(): Promise<number> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items`, { user: 'mentee' });
  return ((await res.json()) as { value: unknown[] }).value.length;
}

describe('the sessions store', () => {
  it('stores a session once when the create fails after Graph saved it', async () => {
    await emu.faults([{ method: 'POST', path: '/lists/Sessions/items$', status: 503, times: 1, afterCommit: true }]);
    const stored = await createSession(connectAs(emu, 'mentee'), PROGRAM_SITE, draft('k-1'), noWait);
    expect(stored.session).toMatchObject({ key: 'k-1', goal: draft('k-1').goal, timeBoxMinutes: 45, status: 'draft' });
    expect(await countSessions()).toBe(1);
  });

  it('merges two people ticking different checklist items with the same ETag', async () => {
    const mentee = connectAs(emu, 'mentee');
    const mentor = connectAs(emu, 'mentor');
    const stored = await createSession(mentee, PROGRAM_SITE, draft('k-2'), noWait);
    const seenByMentor = await readSession(mentor, PROGRAM_SITE, stored.session.itemId!);

    const menteeEdit = { ...stored.session, checklists: tick(stored.session.checklists, 'mentee-question', 'mentee', 1) };
    expect((await saveSession(mentee, PROGRAM_SITE, stored, menteeEdit)).kind).toBe('saved');
    const mentorEdit = { ...seenByMentor.session, checklists: tick(seenByMentor.session.checklists, 'mentor-reviewed-goal', 'mentor', 2) };
    const outcome = await saveSession(mentor, PROGRAM_SITE, seenByMentor, mentorEdit); // stale ETag: 412, merged
    expect(outcome.kind).toBe('saved');

    const final = await readSession(mentee, PROGRAM_SITE, stored.session.itemId!);
    expect(final.session.checklists.items['mentee-question']?.done).toBe(true);
    expect(final.session.checklists.items['mentor-reviewed-goal']?.done).toBe(true);
    const log = await emu.requests();
    expect(log.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([200, 412, 200]);
  });

  it('reports a real collision and keeps the stored value', async () => {
    const a = connectAs(emu, 'mentee');
    const stored = await createSession(a, PROGRAM_SITE, draft('k-3'), noWait);
    await saveSession(a, PROGRAM_SITE, stored, { ...stored.session, goal: 'Rehearse the opening of my board talk' });
    const outcome = await saveSession(a, PROGRAM_SITE, stored, { ...stored.session, goal: 'Review my board slides' });
    expect(outcome).toMatchObject({ kind: 'conflict', fields: ['goal'] });
    expect((await readSession(a, PROGRAM_SITE, stored.session.itemId!)).session.goal).toBe('Rehearse the opening of my board talk');
  });

  it('stores a session once when two people create it at the same moment', async () => {
    const [a, b] = await Promise.all([createSession(connectAs(emu, 'mentee'), PROGRAM_SITE, draft('k-5'), noWait), createSession(connectAs(emu, 'mentor'), PROGRAM_SITE, draft('k-5'), noWait)]);
    expect(a.session.itemId).toBe(b.session.itemId);
    expect(await countSessions()).toBe(1);
    // The refused create was a 409 from the store, not a lookup before writing.
    const posts = (await emu.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/items'));
    expect(posts.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});

// A program manager edits the Sessions list by hand in Microsoft Lists; the gateway names what is wrong.
describe('a session edited by hand in Microsoft Lists', () => {
  async function handEdit(fields: Record<string, unknown>): Promise<string> {
    const stored = await createSession(connectAs(emu, 'mentee'), PROGRAM_SITE, draft('k-hand'), noWait);
    const path = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items/${stored.session.itemId}/fields`;
    const res = await emu.fetch(path, { method: 'PATCH', user: 'manager', body: JSON.stringify(fields) });
    expect(res.status).toBe(200);
    return stored.session.itemId!;
  }

  it.each([
    ['Status', { Status: 'Done' }, 'has Status "Done", which Micromentor cannot use. It may be one of: draft, meeting-created, chat-found, checklist-posted, scheduled, completed, cancelled.'],
    ['TimeBoxMinutes', { TimeBoxMinutes: 50 }, 'has Time box (minutes) "50", which Micromentor cannot use. It may be one of: 30, 45, 60.'],
    ['Result', { Result: 'great' }, 'has Result "great", which Micromentor cannot use. It may be one of: met, partly, not-yet.'],
    ['StartUtc', { StartUtc: null }, 'has no Start (UTC), which Micromentor cannot use. It must be a date and time.'],
    ['EndUtc', { EndUtc: '2030-01-08T09:00:00Z' }, 'has End (UTC) "2030-01-08T09:00:00Z", which Micromentor cannot use. It must be after the start'],
    ['JoinUrl', { JoinUrl: 'http://teams.microsoft.com/l/meetup-join/x' }, 'has Join URL "http://teams.microsoft.com/l/meetup-join/x", which Micromentor cannot use. Use a secure link that starts with https://'],
    ['Checklists', { Checklists: '{"items": oops' }, 'has Checklists "{\\"items\\": oops", which Micromentor cannot use.'],
    ['Progress', { Progress: '{"chatPosts":{"summary":{"revision":"two"}}}' }, 'has Progress'],
  ])('refuses %s, naming the record, the value and what it may be', async (field, fields, says) => {
    const itemId = await handEdit(fields);
    const error = await readSession(connectAs(emu, 'mentor'), PROGRAM_SITE, itemId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'invalid', field });
    expect((error as GatewayError).message).toContain(`Session ${itemId} in the Sessions list ${says}`);
    expect((error as GatewayError).message).toMatch(/Ask your program manager to correct it in Microsoft Lists\.$/);
    // Finding it by key says the same: every way in parses the record.
    await expect(findSessionByKey(connectAs(emu, 'mentee'), PROGRAM_SITE, 'k-hand')).rejects.toMatchObject({ code: 'invalid', field });
  });
});
