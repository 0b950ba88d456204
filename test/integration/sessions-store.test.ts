// Session records under concurrent edits and failed writes: nothing lost, nothing doubled.
import { tick } from '../../src/domain/checklists';
import { newSession } from '../../src/domain/session';
import { createSession, readSession, saveSession } from '../../src/graph/sessions-store';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, noWait } from './gateway-harness';

jest.setTimeout(30000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator();
});
afterEach(() => emu.close());

const draft = (key: string) =>
  newSession({
    key,
    menteeId: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01',
    mentorId: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02',
    topic: 'presentation coaching',
    goal: 'Could I get your feedback on my slides for the board review?',
    context: 'Deck: https://contoso.sharepoint.com/board.pptx',
    success: 'A clear storyline and three slides cut',
    format: 'one-time',
    timeBoxMinutes: 45,
    start: Date.parse('2030-01-08T10:00:00Z'),
    end: Date.parse('2030-01-08T10:45:00Z'),
  });

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

  it('says which record is broken when someone cleared its start in Microsoft Lists', async () => {
    const graph = connectAs(emu, 'mentee');
    const stored = await createSession(graph, PROGRAM_SITE, draft('k-4'), noWait);
    const path = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items/${stored.session.itemId}/fields`;
    expect((await emu.fetch(path, { method: 'PATCH', user: 'manager', body: JSON.stringify({ StartUtc: null }) })).status).toBe(200);
    await expect(readSession(graph, PROGRAM_SITE, stored.session.itemId!)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('missing its key, start or end') });
  });
});
