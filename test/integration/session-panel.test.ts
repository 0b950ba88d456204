// The meeting side panel's ports against the emulator, as mentor and mentee use them in the same
// meeting: finding the session by the meeting chat, attaching one, a hand-edited record, ticks and
// actions from both sides at once, the shared timer, pinning the summary, the thank-you note.
import type { ChatMessage, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import type { HostContext } from '../../src/domain/host-context';
import { view } from '../../src/domain/time-box-reducer';
import type { SessionEdit } from '../../src/domain/session-edits';
import { readMe } from '../../src/graph/me';
import { findMeetingChatId } from '../../src/graph/meeting-chat';
import { createSessionMeeting } from '../../src/graph/session-meeting';
import { createSession, readSession, saveSession, type StoredSession } from '../../src/graph/sessions-store';
import { createSessionPanelPorts } from '../../src/hosts/side-panel/session-panel-ports';
import { readProgramConfig } from '../../src/hosts/tab/program-config';
import type { PanelSession, SessionPanelPorts } from '../../src/ui/common/session-panel-ports';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';

jest.setTimeout(120_000);

const START = Date.parse('2030-01-08T10:00:00Z');
const MENTEE_ID = '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01';
const MENTOR_ID = '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02';
const program = readProgramConfig({});
/** Waits between reads of someone else's claim, kept short. */
const shortWait = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 30)));

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
});
afterAll(() => emu.close());

let keys = 0;

/** A stored session with its Teams meeting and chat, as booking leaves it. */
async function bookedSession(): Promise<StoredSession> {
  const graph = connectAs(emu, 'mentee');
  const stored = await createSession(graph, PROGRAM_SITE, draftSession(`panel-${++keys}`), noWait);
  const ref = await createSessionMeeting(graph, { sessionId: stored.session.itemId!, subject: 'Micromentor: board slides', bodyHtml: '<p>Board slides</p>', start: START, end: START + 45 * 60_000, mentor: { email: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' } }, noWait);
  const chatId = await findMeetingChatId(graph, ref.joinUrl);
  const outcome = await saveSession(graph, PROGRAM_SITE, stored, { ...stored.session, eventId: ref.eventId, joinUrl: ref.joinUrl, chatId, status: 'scheduled' });
  if (outcome.kind !== 'saved') throw new Error('could not record the chat');
  return outcome.stored;
}

/** A Teams meeting of the mentee's with no session in it. */
async function bareMeetingChat(): Promise<string> {
  const graph = connectAs(emu, 'mentee');
  const ref = await createSessionMeeting(graph, { sessionId: String(9000 + ++keys), subject: 'Coffee', bodyHtml: '<p>Coffee</p>', start: START, end: START + 30 * 60_000, mentor: { email: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' } }, noWait);
  return findMeetingChatId(graph, ref.joinUrl);
}

async function portsFor(user: 'mentee' | 'mentor', chatId: string | undefined): Promise<SessionPanelPorts> {
  const graph = connectAs(emu, user);
  const context: HostContext = {
    host: 'teams',
    surface: 'side-panel',
    frame: 'sidePanel',
    user: { id: user === 'mentee' ? MENTEE_ID : MENTOR_ID, displayName: user, userPrincipalName: '' },
    theme: 'default',
    ...(chatId ? { chatId, meetingId: 'MCMxOTptZWV0aW5nX3Rlc3RAdGhyZWFkLnYyIzA=' } : {}),
  };
  return createSessionPanelPorts({ graph, me: readMe(graph) }, context, { layout: 'side-panel', program, wait: shortWait });
}

async function found(ports: SessionPanelPorts): Promise<PanelSession> {
  const lookup = await ports.sessions.find();
  if (lookup.kind !== 'found') throw new Error(`expected the session, got ${lookup.kind}`);
  return lookup.found;
}

async function both(chatId: string): Promise<{ mentee: SessionPanelPorts; mentor: SessionPanelPorts }> {
  const [mentee, mentor] = await Promise.all([portsFor('mentee', chatId), portsFor('mentor', chatId)]);
  return { mentee, mentor };
}

async function chatMessages(chatId: string, kind: string): Promise<ChatMessage[]> {
  const all = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`, { user: 'mentor' })).json()) as { value: ChatMessage[] }).value;
  return all.filter((m) => m.attachments?.some((a) => a.id?.startsWith(`micromentor-${kind}-`)));
}

async function pins(chatId: string): Promise<PinnedChatMessageInfo[]> {
  return ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/pinnedMessages?$expand=message`, { user: 'mentor' })).json()) as { value: PinnedChatMessageInfo[] }).value;
}

const tick = (itemId: string, by: string): SessionEdit => ({ type: 'checklist', itemId, done: true, by, at: START });

describe('finding the session of a meeting', () => {
  it('finds it by the chat id, with who is who', async () => {
    const booked = await bookedSession();
    const ports = await portsFor('mentor', booked.session.chatId);
    const panel = await found(ports);
    expect(panel.session.key).toBe(booked.session.key);
    expect(panel.mentee).toMatchObject({ id: MENTEE_ID, displayName: 'Priya Natarajan' });
    expect(panel.mentor).toMatchObject({ id: MENTOR_ID, displayName: 'Daniel Okafor', email: 'daniel.okafor@contoso.example' });
    expect(ports.viewer.id).toBe(MENTOR_ID);
  });

  it('says when it is opened outside a meeting', async () => {
    expect(await (await portsFor('mentee', undefined)).sessions.find()).toEqual({ kind: 'no-meeting' });
  });

  it('offers the viewer’s sessions without a meeting, and attaches one', async () => {
    const graph = connectAs(emu, 'mentee');
    const loose = await createSession(graph, PROGRAM_SITE, { ...draftSession(`panel-loose-${++keys}`), status: 'scheduled' }, noWait);
    const chatId = await bareMeetingChat();
    const ports = await portsFor('mentee', chatId);
    const lookup = await ports.sessions.find();
    if (lookup.kind !== 'not-a-session') throw new Error(`expected not-a-session, got ${lookup.kind}`);
    const choice = lookup.attachable.find((c) => c.itemId === loose.session.itemId);
    expect(choice).toMatchObject({ topic: 'presentation coaching', withName: 'Daniel Okafor' });

    const attached = await ports.sessions.attach(choice!.itemId);
    expect(attached.session).toMatchObject({ chatId, meetingId: 'MCMxOTptZWV0aW5nX3Rlc3RAdGhyZWFkLnYyIzA=' });
    expect((await found(await portsFor('mentor', chatId))).session.key).toBe(loose.session.key);
  });

  it('names the field of a record edited by hand into a bad state', async () => {
    const booked = await bookedSession();
    const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items/${booked.session.itemId}/fields`, {
      user: 'manager',
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ FollowUp: '{"resource":{"title":"Guide","url":"http://example.com/guide"}}' }),
    });
    expect(res.ok).toBe(true);
    const lookup = await (await portsFor('mentee', booked.session.chatId)).sessions.find();
    expect(lookup).toMatchObject({ kind: 'unusable', error: { code: 'invalid', field: 'FollowUp' } });
    if (lookup.kind === 'unusable') expect(lookup.error.message).toMatch(/Follow-up/);
  });
});

describe('mentor and mentee in the same meeting', () => {
  it('keeps both ticks when both save from the same version (the second meets a 412)', async () => {
    const booked = await bookedSession();
    const { mentee, mentor } = await both(booked.session.chatId!);
    const [a, b] = await Promise.all([found(mentee), found(mentor)]);
    expect(a.version).toBe(b.version);
    await mentee.sessions.save(a, [tick('mentee-question', MENTEE_ID)]);
    const saved = await mentor.sessions.save(b, [tick('mentor-reviewed-goal', MENTOR_ID)]);
    expect(saved.session.checklists.items['mentee-question']?.done).toBe(true);
    expect(saved.session.checklists.items['mentor-reviewed-goal']?.done).toBe(true);

    const seen = await mentee.sessions.read(a);
    expect(Object.keys(seen.session.checklists.items).sort()).toEqual(['mentee-question', 'mentor-reviewed-goal']);
  });

  it('keeps both ticks when both save at the same moment', async () => {
    const booked = await bookedSession();
    const { mentee, mentor } = await both(booked.session.chatId!);
    const [a, b] = await Promise.all([found(mentee), found(mentor)]);
    await Promise.all([mentee.sessions.save(a, [tick('mentee-background', MENTEE_ID)]), mentor.sessions.save(b, [tick('mentor-summarize', MENTOR_ID)])]);
    const latest = await readSession(connectAs(emu, 'manager'), PROGRAM_SITE, booked.session.itemId!);
    expect(latest.session.checklists.items['mentee-background']?.done).toBe(true);
    expect(latest.session.checklists.items['mentor-summarize']?.done).toBe(true);
  });

  it('shows the timer started by one as the same state to the other, and the mentor’s action to the mentee', async () => {
    const booked = await bookedSession();
    const { mentee, mentor } = await both(booked.session.chatId!);
    const [a, b] = await Promise.all([found(mentee), found(mentor)]);
    const at = mentor.now();
    await mentor.sessions.save(b, [
      { type: 'time-box', event: { type: 'start', at, by: MENTOR_ID } },
      { type: 'add-action', action: { id: 'act-1', text: 'Cut the deck to 8 slides', owner: 'Priya Natarajan', role: 'mentee' } },
    ]);
    const seen = await mentee.sessions.read(a);
    expect(seen.session.timeBox).toMatchObject({ status: 'running', startedAt: at, startedBy: MENTOR_ID });
    const probe = at + 10 * 60_000;
    const mentorView = view((await mentor.sessions.read(b)).session.timeBox!, probe);
    expect(view(seen.session.timeBox!, probe)).toEqual(mentorView);
    expect(seen.session.agreedActions).toEqual([{ id: 'act-1', text: 'Cut the deck to 8 slides', owner: 'Priya Natarajan', role: 'mentee', done: false }]);
    // Microsoft 365's clock as both see it: the emulator's own, within a second of the device's here.
    expect(Math.abs(mentee.now() - mentor.now())).toBeLessThan(1000);
  });

  it('pins the summary once when both click at once, and again only once the content changed', async () => {
    const booked = await bookedSession();
    const chatId = booked.session.chatId!;
    const { mentee, mentor } = await both(chatId);
    const [a, b] = await Promise.all([found(mentee), found(mentor)]);
    await Promise.all([mentee.sessions.pin(a, 'summary'), mentor.sessions.pin(b, 'summary'), mentee.sessions.pin(a, 'summary')]);
    expect(await chatMessages(chatId, 'summary')).toHaveLength(1);
    await mentor.sessions.pin(b, 'summary');
    expect(await chatMessages(chatId, 'summary')).toHaveLength(1);
    const summaryPins = (await pins(chatId)).filter((p) => p.message?.attachments?.some((x) => x.id?.startsWith('micromentor-summary-')));
    expect(summaryPins).toHaveLength(1);
    // Not recorded yet, and said so.
    expect(JSON.stringify((await chatMessages(chatId, 'summary'))[0]?.attachments)).toContain('Result not recorded yet');

    const withResult = await mentee.sessions.save(a, [{ type: 'result', result: 'met' }]);
    await mentee.sessions.pin(withResult, 'summary');
    expect(await chatMessages(chatId, 'summary')).toHaveLength(2);
    const after = (await pins(chatId)).filter((p) => p.message?.attachments?.some((x) => x.id?.startsWith('micromentor-summary-')));
    expect(after).toHaveLength(1);
    expect(JSON.stringify(after[0]?.message?.attachments)).toContain('Goal met');
  });

  it('leaves one message when the post is answered 503 after commit and the pin fails, then Retry', async () => {
    const booked = await bookedSession();
    const chatId = booked.session.chatId!;
    const ports = await portsFor('mentee', chatId);
    const panel = await found(ports);
    await emu.faults([
      { method: 'POST', path: '/messages$', status: 503, times: 1, afterCommit: true },
      // Pinning is safe to repeat, so the client retries it itself: it fails past its retries.
      { method: 'POST', path: '/pinnedMessages$', status: 503, times: 4 },
    ]);
    await expect(ports.sessions.pin(panel, 'summary')).rejects.toMatchObject({ code: 'unavailable' });
    expect(await chatMessages(chatId, 'summary')).toHaveLength(1);
    const done = await ports.sessions.pin(panel, 'summary');
    expect(done.session.chatPosts.summary).toMatchObject({ pinned: true });
    expect(await chatMessages(chatId, 'summary')).toHaveLength(1);
  });

  it('sends the thank-you note to the mentor exactly once, through a 503 after commit and a retry, and records it', async () => {
    const booked = await bookedSession();
    const { mentee } = await both(booked.session.chatId!);
    const panel = await found(mentee);
    const subject = `Thank you, Daniel (${booked.session.key})`;
    await emu.faults([{ method: 'POST', path: 'sendMail$', status: 503, times: 1, afterCommit: true }]);
    await expect(mentee.sessions.sendThankYou(panel, { subject, body: 'The board loved the slides.' })).rejects.toMatchObject({ code: 'unavailable' });
    const again = await mentee.sessions.sendThankYou(panel, { subject, body: 'The board loved the slides.' });
    expect(again.session.thankYouSent).toBe(true);
    const inbox = (await (await emu.fetch('/v1.0/me/messages', { user: 'mentor' })).json()) as { value: { subject: string }[] };
    expect(inbox.value.filter((m) => m.subject === subject)).toHaveLength(1);
  });

  it('refuses the thank-you note from the mentor', async () => {
    const booked = await bookedSession();
    const { mentor } = await both(booked.session.chatId!);
    await expect(mentor.sessions.sendThankYou(await found(mentor), { subject: 'x', body: 'y' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('completes the session', async () => {
    const booked = await bookedSession();
    const { mentee } = await both(booked.session.chatId!);
    const saved = await mentee.sessions.save(await found(mentee), [{ type: 'result', result: 'partly' }, { type: 'share-story', consent: true }, { type: 'complete' }]);
    const stored = await readSession(connectAs(emu, 'manager'), PROGRAM_SITE, booked.session.itemId!);
    expect(stored.session).toMatchObject({ status: 'completed', result: 'partly', shareStory: true });
    expect(saved.version).toBe(stored.etag);
  });

  it('offers other mentors for a referral, never the session’s own', async () => {
    const booked = await bookedSession();
    const { mentor } = await both(booked.session.chatId!);
    await found(mentor);
    const experts = await mentor.sessions.experts('presentation coaching');
    expect(experts.length).toBeGreaterThan(0);
    expect(experts.map((e) => e.id)).not.toContain(MENTOR_ID);
  });
});
