// Success stories against the emulator: the program manager (Sofia) drafts from consented sessions
// only, publishing twice makes one story, a channel post retried after a lost answer is one message,
// and withdrawn consent unpublishes the story: through the side panel's save, and, should that step
// have failed, on every later read.
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import type { HostContext } from '../../src/domain/host-context';
import { readMe } from '../../src/graph/me';
import { createSession, readSession, saveSession, type StoredSession } from '../../src/graph/sessions-store';
import { findStoryByKey } from '../../src/graph/story-store';
import { createSessionPanelPorts } from '../../src/hosts/side-panel/session-panel-ports';
import { readProgramConfig } from '../../src/hosts/tab/program-config';
import type { StoryEntry } from '../../src/ui/common/story-ports';
import type { TabPorts } from '../../src/ui/common/tab-ports';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';
import { portsAs } from './tab-harness';

jest.setTimeout(120_000);

const program = readProgramConfig({});
const STORIES = { siteId: program.siteId, list: program.storiesList };
const SECRET = 'An unconsented goal nobody else may read';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
});
afterAll(() => emu.close());

let n = 0;
/** A held session of Priya's with Daniel, with a result; consented or not. */
async function heldSession(consent: boolean, goal = 'Could Daniel Okafor check my board slides?'): Promise<StoredSession> {
  const graph = connectAs(emu, 'mentee');
  const stored = await createSession(graph, PROGRAM_SITE, { ...draftSession(`story-${++n}`), goal }, noWait);
  const outcome = await saveSession(graph, PROGRAM_SITE, stored, { ...stored.session, status: 'completed', result: 'met', shareStory: consent, agreedActions: [{ id: 'a1', text: 'Cut three slides', owner: 'Priya', role: 'mentee' }] });
  if (outcome.kind !== 'saved') throw new Error('could not record the result');
  return outcome.stored;
}

async function entryOf(ports: TabPorts, key: string): Promise<StoryEntry | undefined> {
  return (await ports.stories!.toPublish()).entries.find((e) => e.story.sessionKey === key);
}

async function storyItems(key: string): Promise<unknown[]> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(program.siteId)}/lists/SuccessStories/items?$expand=fields&$filter=${encodeURIComponent(`fields/SessionKey eq '${key}'`)}`, { user: 'manager' });
  return ((await res.json()) as { value: unknown[] }).value;
}

describe('success stories', () => {
  it('drafts only from consented sessions, anonymised; publishing twice at once makes one story, which a mentee reads', async () => {
    const consented = await heldSession(true);
    const secret = await heldSession(false, SECRET);
    const sofia = await portsAs(emu, 'manager');
    const found = await sofia.stories!.toPublish();
    expect(JSON.stringify(found)).not.toContain(SECRET);
    expect(found.entries.some((e) => e.story.sessionKey === secret.session.key)).toBe(false);
    const entry = found.entries.find((e) => e.story.sessionKey === consented.session.key)!;
    expect(entry.story.goal).toBe('Could someone check my board slides?');
    expect(entry.story.department).toBeUndefined();

    // Two tabs (or a retry) publish the same new draft at once: one item.
    const [a, b] = await Promise.all([sofia.stories!.save(entry, entry.story, 'published'), sofia.stories!.save(entry, entry.story, 'published')]);
    expect(a.status).toBe('published');
    expect(b.status).toBe('published');
    expect(await storyItems(consented.session.key)).toHaveLength(1);

    const anyone = await portsAs(emu, 'mentor');
    const read = await anyone.stories!.published();
    expect(read.map((s) => s.sessionKey)).toContain(consented.session.key);
    expect(JSON.stringify(read)).not.toContain(SECRET);
    expect((await anyone.stories!.published('negotiation')).map((s) => s.sessionKey)).not.toContain(consented.session.key);
    expect((await anyone.stories!.published('presentation coaching')).map((s) => s.sessionKey)).toContain(consented.session.key);
  });

  it('posts to a channel once, though the first answer was lost and the share was asked again', async () => {
    const consented = await heldSession(true);
    const sofia = await portsAs(emu, 'manager');
    const entry = await sofia.stories!.save((await entryOf(sofia, consented.session.key))!, (await entryOf(sofia, consented.session.key))!.story, 'published');
    const channel = (await sofia.stories!.channels()).find((c) => c.channelName === 'Success stories')!;
    await emu.faults([{ method: 'POST', path: '/channels/[^/]+/messages$', status: 503, times: 1, afterCommit: true }]);
    const shared = await sofia.stories!.share(entry, channel);
    expect(shared.sharedTo).toBe('Contoso › Success stories');
    await sofia.stories!.share(shared, channel);
    const res = await emu.fetch(`/v1.0/teams/${channel.teamId}/channels/${encodeURIComponent(channel.channelId)}/messages?$top=50`, { user: 'manager' });
    const itemId = (await findStoryByKey(connectAs(emu, 'manager'), STORIES, consented.session.key))?.itemId;
    const posted = ((await res.json()) as { value: ChatMessage[] }).value.filter((m) => m.attachments?.some((att) => att.id === `micromentor-story-${itemId}`));
    expect(posted).toHaveLength(1);
  });

  it('unpublishes and erases the story when the mentee withdraws consent in the side panel', async () => {
    const consented = await heldSession(true);
    const sofia = await portsAs(emu, 'manager');
    const entry = (await entryOf(sofia, consented.session.key))!;
    await sofia.stories!.save(entry, entry.story, 'published');

    const graph = connectAs(emu, 'mentee');
    const context: HostContext = { host: 'teams', surface: 'side-panel', frame: 'sidePanel', user: { id: consented.session.menteeId, displayName: 'Priya', userPrincipalName: '' }, theme: 'default' };
    const panel = await createSessionPanelPorts({ graph, me: readMe(graph) }, context, { layout: 'side-panel', program, wait: noWait });
    const latest = await readSession(graph, PROGRAM_SITE, consented.session.itemId!);
    await panel.sessions.save({ session: latest.session, version: latest.etag, mentee: { id: 'x', displayName: 'Priya' }, mentor: { id: 'y', displayName: 'Daniel' } }, [{ type: 'share-story', consent: false }]);

    const story = await findStoryByKey(connectAs(emu, 'manager'), STORIES, consented.session.key);
    expect(story?.record).toMatchObject({ status: 'unpublished', erased: true, story: { goal: '', success: '', actions: [] } });
    expect((await (await portsAs(emu, 'mentor')).stories!.published()).map((s) => s.sessionKey)).not.toContain(consented.session.key);
  });

  it('leaves out, and then withdraws, a story whose consent was withdrawn without the side panel', async () => {
    const consented = await heldSession(true);
    const sofia = await portsAs(emu, 'manager');
    const entry = (await entryOf(sofia, consented.session.key))!;
    await sofia.stories!.save(entry, entry.story, 'published');
    // Consent taken back by a write that never reached the stories (a hand edit, or the withdrawal failed).
    const graph = connectAs(emu, 'mentee');
    const latest = await readSession(graph, PROGRAM_SITE, consented.session.itemId!);
    await saveSession(graph, PROGRAM_SITE, latest, { ...latest.session, shareStory: false });

    expect((await (await portsAs(emu, 'mentor')).stories!.published()).map((s) => s.sessionKey)).not.toContain(consented.session.key);
    const again = await sofia.stories!.toPublish();
    expect(again.withdrawn).toBeGreaterThanOrEqual(1);
    expect(again.entries.some((e) => e.story.sessionKey === consented.session.key)).toBe(false);
    expect((await findStoryByKey(connectAs(emu, 'manager'), STORIES, consented.session.key))?.record).toMatchObject({ status: 'unpublished', erased: true });
    // Publishing the stale entry is refused: there is no consent.
    await expect(sofia.stories!.save(entry, entry.story, 'published')).rejects.toMatchObject({ code: 'conflict' });
  });
});
