// A session started from a meeting written in Outlook: one draft however often it is saved, linked
// to the sent event through Graph so the side panel finds it by the meeting chat; a meeting sent
// without Teams is recorded but not scheduled, with what to do.
import type { Event } from '@microsoft/microsoft-graph-types';
import { composeSessionKey } from '../../src/domain/compose-draft';
import { createComposeDraft, GONE_MESSAGE, linkByMeetingChat, linkComposedMeeting, NOT_ONLINE_MESSAGE } from '../../src/graph/compose-session';
import type { GraphConnection } from '../../src/graph/graph-client';
import { findMeetingChatId } from '../../src/graph/meeting-chat';
import { findSessionByChatId, sessionsWithoutMeeting } from '../../src/graph/meeting-sessions';
import { findSessionByKey, readSession } from '../../src/graph/sessions-store';
import { keepComposedSession, linkComposedItem } from '../../src/hosts/outlook/compose-session-link';
import { createComposeSessionPort, KEPT_MESSAGE } from '../../src/hosts/outlook/compose-session-port';
import { fakeCompose } from '../../src/ui/compose/fake-compose';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';

jest.setTimeout(30000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
});
afterEach(() => emu.close());

const COMPOSE_ITEM = 'AAMkADraftOfTheMentee/+=';

async function countSessions(): Promise<number> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items`, { user: 'mentee' });
  return ((await res.json()) as { value: unknown[] }).value.length;
}

/** The meeting as the workbench compose form sends it: the mentee's event, Teams toggle on or off. */
async function sendMeeting(graph: GraphConnection, online: boolean): Promise<string> {
  const event = (await graph.client.api('/me/events').post({
    subject: 'Micromentor: feedback on my board slides',
    body: { contentType: 'html', content: '<p>Goal: feedback on my slides</p>' },
    start: { dateTime: '2030-01-08T10:00:00', timeZone: 'UTC' },
    end: { dateTime: '2030-01-08T10:45:00', timeZone: 'UTC' },
    attendees: [{ emailAddress: { address: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' }, type: 'required' }],
    isOnlineMeeting: online,
    ...(online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
  })) as Event;
  return event.id!;
}

describe('a session made from a meeting being written', () => {
  it('is stored once when the save is retried after a 503 Graph had already committed', async () => {
    const graph = connectAs(emu, 'mentee');
    const key = composeSessionKey(COMPOSE_ITEM);
    await emu.faults([{ method: 'POST', path: '/lists/Sessions/items$', status: 503, times: 1, afterCommit: true }]);
    const first = await createComposeDraft(graph, PROGRAM_SITE, draftSession(key), noWait);
    const again = await createComposeDraft(graph, PROGRAM_SITE, draftSession(composeSessionKey(COMPOSE_ITEM)), noWait);
    expect(again.session.itemId).toBe(first.session.itemId);
    expect(first.session.status).toBe('draft');
    expect(await countSessions()).toBe(1);
  });

  it('is scheduled with the meeting chat once linked to an online meeting, and the side panel finds it', async () => {
    const graph = connectAs(emu, 'mentee');
    const draft = await createComposeDraft(graph, PROGRAM_SITE, draftSession(composeSessionKey(COMPOSE_ITEM)));
    const eventId = await sendMeeting(graph, true);
    const outcome = await linkComposedMeeting(graph, PROGRAM_SITE, draft, eventId);
    expect(outcome.kind).toBe('linked');
    expect(outcome.stored.session).toMatchObject({ eventId, status: 'scheduled' });
    expect(outcome.stored.session.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    const chatId = outcome.stored.session.chatId!;
    expect(chatId).toMatch(/^19:/);
    // The mentor's side panel in that meeting finds the session by the chat.
    const found = await findSessionByChatId(connectAs(emu, 'mentor'), PROGRAM_SITE, chatId);
    expect(found?.session.itemId).toBe(draft.session.itemId);
  });

  it('records an offline meeting without scheduling it and says how to fix it', async () => {
    const graph = connectAs(emu, 'mentee');
    const draft = await createComposeDraft(graph, PROGRAM_SITE, draftSession(composeSessionKey(COMPOSE_ITEM)));
    const eventId = await sendMeeting(graph, false);
    const outcome = await linkComposedMeeting(graph, PROGRAM_SITE, draft, eventId);
    expect(outcome).toMatchObject({ kind: 'not-online', message: NOT_ONLINE_MESSAGE });
    expect(NOT_ONLINE_MESSAGE).toMatch(/switch on Teams meeting, send the update/);
    const stored = await readSession(graph, PROGRAM_SITE, draft.session.itemId!);
    expect(stored.session).toMatchObject({ eventId, status: 'draft' });
    expect(stored.session.chatId).toBeUndefined();
  });

  it('changes nothing when linked twice, and keeps one record through a 503 after the save', async () => {
    const graph = connectAs(emu, 'mentee');
    const draft = await createComposeDraft(graph, PROGRAM_SITE, draftSession(composeSessionKey(COMPOSE_ITEM)));
    const eventId = await sendMeeting(graph, true);
    await emu.faults([{ method: 'PATCH', path: '/lists/Sessions/items/\\d+/fields$', status: 503, times: 1, afterCommit: true }]);
    const first = await linkComposedMeeting(graph, PROGRAM_SITE, draft, eventId);
    expect(first.kind).toBe('linked');
    // The 503 came after the save; the retry's If-Match was then stale (412), and the re-read showed it done.
    expect((await emu.requests()).filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([503, 412]);
    const patchesBefore = (await emu.requests()).filter((r) => r.method === 'PATCH').length;
    // Linked again from the stale draft (a pane that never saw the answer): read, nothing to write.
    const second = await linkComposedMeeting(graph, PROGRAM_SITE, draft, eventId);
    expect(second.stored.session).toEqual(first.stored.session);
    const third = await linkComposedMeeting(graph, PROGRAM_SITE, second.stored, eventId);
    expect(third.stored.etag).toBe(second.stored.etag);
    const patches = (await emu.requests()).filter((r) => r.method === 'PATCH');
    expect(patches.length - patchesBefore).toBe(1); // the stale one refused (412), nothing else written
    expect(await countSessions()).toBe(1);
  });
});

describe('a meeting discarded without sending', () => {
  it('leaves a draft that no longer offers itself for attaching once its start has passed', async () => {
    const graph = connectAs(emu, 'mentee');
    const draft = await createComposeDraft(graph, PROGRAM_SITE, draftSession(composeSessionKey(COMPOSE_ITEM)));
    const mentee = draft.session.menteeId;
    expect((await sessionsWithoutMeeting(graph, PROGRAM_SITE, mentee, draft.session.start - 1)).map((s) => s.session.itemId)).toEqual([draft.session.itemId]);
    expect(await sessionsWithoutMeeting(graph, PROGRAM_SITE, mentee, draft.session.start)).toEqual([]);
  });
});

describe("the Outlook pane's steps", () => {
  it('keep one draft per compose item and link it by the item id', async () => {
    const graph = connectAs(emu, 'mentee');
    const eventId = await sendMeeting(graph, true);
    const item = fakeCompose('', { saveAndGetItemId: async () => eventId }).port;
    const { key: _key, ...fields } = draftSession('unused');
    const kept = await keepComposedSession(item, graph, PROGRAM_SITE, fields);
    expect((await keepComposedSession(item, graph, PROGRAM_SITE, fields)).session.itemId).toBe(kept.session.itemId);
    expect(kept.session.key).toBe(composeSessionKey(eventId));
    const outcome = await linkComposedItem(item, graph, PROGRAM_SITE, kept);
    expect(outcome.stored.session).toMatchObject({ eventId, status: 'scheduled' });
    expect(await countSessions()).toBe(1);
  });
});

describe('the side panel of a meeting written in Outlook', () => {
  /** The pane's keep step, then the meeting sent with Teams on: the chat of that meeting. */
  async function keptAndSent(): Promise<{ graph: GraphConnection; draftId: string; chatId: string; eventId: string }> {
    const graph = connectAs(emu, 'mentee');
    const eventId = await sendMeeting(graph, true);
    const item = fakeCompose('', { saveAndGetItemId: async () => eventId }).port;
    const { key: _key, eventId: _none, ...fields } = draftSession('unused');
    const kept = await keepComposedSession(item, graph, PROGRAM_SITE, fields);
    const event = (await graph.client.api(`/me/events/${eventId}`).get()) as Event;
    return { graph, draftId: kept.session.itemId!, chatId: await findMeetingChatId(graph, event.onlineMeeting!.joinUrl!), eventId };
  }

  it('links the draft by the meeting chat for the mentor, who cannot read the organiser’s calendar', async () => {
    const { draftId, chatId, eventId } = await keptAndSent();
    const mentor = connectAs(emu, 'mentor');
    expect(await findSessionByChatId(mentor, PROGRAM_SITE, chatId)).toBeUndefined();
    const linked = await linkByMeetingChat(mentor, PROGRAM_SITE, chatId);
    expect(linked?.session).toMatchObject({ itemId: draftId, eventId, chatId, status: 'scheduled' });
    expect(linked?.session.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect((await findSessionByChatId(mentor, PROGRAM_SITE, chatId))?.session.itemId).toBe(draftId);
  });

  it('writes once when both participants open the panel, and finds nothing for a meeting not written with Micromentor', async () => {
    const { graph, chatId } = await keptAndSent();
    const patchesBefore = (await emu.requests()).filter((r) => r.method === 'PATCH').length;
    const [a, b] = await Promise.all([linkByMeetingChat(graph, PROGRAM_SITE, chatId), linkByMeetingChat(connectAs(emu, 'mentor'), PROGRAM_SITE, chatId)]);
    expect(a?.session.itemId).toBe(b?.session.itemId);
    const patches = (await emu.requests()).filter((r) => r.method === 'PATCH' && r.status < 300);
    expect(patches.length - patchesBefore).toBe(1);
    // Another online meeting, sent by hand in Outlook: no session to link.
    const other = (await graph.client.api(`/me/events/${await sendMeeting(graph, true)}`).get()) as Event;
    expect(await linkByMeetingChat(graph, PROGRAM_SITE, await findMeetingChatId(graph, other.onlineMeeting!.joinUrl!))).toBeUndefined();
    expect(await countSessions()).toBe(1);
  });
});

describe('a meeting deleted after the pane kept its session', () => {
  it('says the meeting is gone and writes nothing', async () => {
    const graph = connectAs(emu, 'mentee');
    const eventId = await sendMeeting(graph, false);
    const item = fakeCompose('', { saveAndGetItemId: async () => eventId }).port;
    const { key: _key, eventId: _none, ...fields } = draftSession('unused');
    const kept = await keepComposedSession(item, graph, PROGRAM_SITE, fields);
    await graph.client.api(`/me/events/${eventId}`).delete();
    const outcome = await linkComposedMeeting(graph, PROGRAM_SITE, kept, eventId);
    expect(outcome).toMatchObject({ kind: 'gone', message: GONE_MESSAGE });
    expect((await readSession(graph, PROGRAM_SITE, kept.session.itemId!)).etag).toBe(kept.etag);
  });
});

describe("the pane's session port", () => {
  const request = { goal: 'Could I get your feedback on my slides?', context: '', success: 'Three slides cut', topic: 'presentation coaching', timeBox: 45 as const };
  const people = { mentorId: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02', menteeId: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01' };
  const start = Date.parse('2030-01-08T10:00:00Z');

  it('keeps one draft for a meeting without Teams, and a second fill with another time updates it', async () => {
    const graph = connectAs(emu, 'mentee');
    const eventId = await sendMeeting(graph, false);
    const port = createComposeSessionPort(fakeCompose('', { saveAndGetItemId: async () => eventId, isOnlineMeeting: async () => false }).port, graph, PROGRAM_SITE);
    expect(await port.keep({ request, ...people, start })).toEqual({ kind: 'kept', message: KEPT_MESSAGE });
    expect(await port.keep({ request: { ...request, timeBox: 30 }, ...people, start: start + 3_600_000 })).toMatchObject({ kind: 'kept' });
    expect(await countSessions()).toBe(1);
    const stored = await findSessionByKeyOf(graph, eventId);
    expect(stored.session).toMatchObject({ status: 'draft', eventId, start: start + 3_600_000, end: start + 3_600_000 + 30 * 60_000, timeBoxMinutes: 30 });
  });

  it('links at once when the meeting is a Teams meeting', async () => {
    const graph = connectAs(emu, 'mentee');
    const eventId = await sendMeeting(graph, true);
    const port = createComposeSessionPort(fakeCompose('', { saveAndGetItemId: async () => eventId, isOnlineMeeting: async () => true }).port, graph, PROGRAM_SITE);
    expect(await port.keep({ request, ...people, start })).toEqual({ kind: 'linked' });
    expect((await findSessionByKeyOf(graph, eventId)).session).toMatchObject({ status: 'scheduled', eventId });
  });

  it("rejects with the compose item's own sentence when Outlook cannot save the meeting", async () => {
    const graph = connectAs(emu, 'mentee');
    const item = fakeCompose('', { saveAndGetItemId: () => Promise.reject({ code: 'failed', message: 'Outlook could not save the meeting: the mailbox is full.' }) }).port;
    await expect(createComposeSessionPort(item, graph, PROGRAM_SITE).keep({ request, ...people, start })).rejects.toMatchObject({ message: 'Outlook could not save the meeting: the mailbox is full.' });
    expect(await countSessions()).toBe(0);
  });
});

async function findSessionByKeyOf(graph: GraphConnection, eventId: string) {
  const found = await findSessionByKey(graph, PROGRAM_SITE, composeSessionKey(eventId));
  if (!found) throw new Error('no session for that meeting');
  return found;
}
