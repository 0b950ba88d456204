// Booking's Microsoft 365 steps against the emulator, with the failures that make clients retry:
// whatever fails, there is exactly one meeting, one chat message and one pin.
import type { ChatMessage, Event, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import { GatewayError } from '../../src/graph/gateway-error';
import { findMeetingChatId, pinInPlace, postOnce, type ChatPost } from '../../src/graph/meeting-chat';
import { createSessionMeeting } from '../../src/graph/session-meeting';
import { sendThankYou } from '../../src/graph/thank-you-mail';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { connectAs, noWait } from './gateway-harness';

jest.setTimeout(30000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
});
afterEach(() => emu.close());

const START = Date.parse('2030-01-08T10:00:00Z');
const meeting = (sessionId: string) => ({
  sessionId,
  subject: 'Micromentor: feedback on my board slides',
  bodyHtml: '<p>Goal: feedback on my slides for the board review</p>',
  start: START,
  end: START + 45 * 60_000,
  mentor: { email: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' },
});

async function eventsInWindow(user: string): Promise<Event[]> {
  const res = await emu.fetch(`/v1.0/me/calendarView?startDateTime=2030-01-08T00:00:00Z&endDateTime=2030-01-09T00:00:00Z`, { user });
  return ((await res.json()) as { value: Event[] }).value.filter((e) => e.subject?.startsWith('Micromentor'));
}

function card(text: string, kind: ChatPost['kind'], revision = 1): ChatPost {
  return {
    kind,
    sessionId: '1',
    revision,
    message: {
      body: { contentType: 'html', content: '<attachment id="card"></attachment>' },
      attachments: [{ id: 'card', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] }) }],
    },
  };
}

describe('the session meeting', () => {
  it('is created once even when 503 and 429 hit after Graph already created it', async () => {
    await emu.faults([
      { method: 'POST', path: '^/v1\\.0/me/events$', status: 503, times: 1, afterCommit: true },
      { method: 'POST', path: '^/v1\\.0/me/events$', status: 429, retryAfterSeconds: 2, times: 1, afterCommit: true },
    ]);
    const waits: number[] = [];
    const ref = await createSessionMeeting(connectAs(emu, 'mentee', waits), meeting('s1'), noWait);
    expect(ref.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(waits).toEqual([1000, 2000]); // backoff, then Retry-After
    expect(await eventsInWindow('mentee')).toHaveLength(1);
    expect(await eventsInWindow('mentor')).toHaveLength(1); // the mentor is invited and busy
    // A second booking attempt of the same session, later, still finds the first meeting.
    const again = await createSessionMeeting(connectAs(emu, 'mentee'), meeting('s1'), noWait);
    expect(again.eventId).toBe(ref.eventId);
    expect(await eventsInWindow('mentee')).toHaveLength(1);
  });

  it('reports throttling that outlasts the retries with how long to wait', async () => {
    await emu.faults([{ method: 'POST', path: '^/v1\\.0/me/events$', status: 429, retryAfterSeconds: 7, times: 10 }]);
    const error = (await createSessionMeeting(connectAs(emu, 'mentee'), meeting('s2'), noWait).catch((e: unknown) => e)) as GatewayError;
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'throttled', retryAfterMs: 7000 });
    expect(error.message).toMatch(/Try again in 7 seconds/);
    expect(await eventsInWindow('mentee')).toHaveLength(0);
  });
});

describe('the meeting chat', () => {
  it('finds the chat, posts once and pins once through 503s after commit', async () => {
    const graph = connectAs(emu, 'mentee');
    const ref = await createSessionMeeting(graph, meeting('s1'), noWait);
    const chatId = await findMeetingChatId(graph, ref.joinUrl);
    await emu.faults([
      { method: 'POST', path: '/messages$', status: 503, times: 1, afterCommit: true },
      { method: 'POST', path: '/pinnedMessages$', status: 503, times: 1, afterCommit: true },
    ]);
    const messageId = await postOnce(graph, chatId, card('Prep checklist', 'checklist'), noWait);
    await pinInPlace(graph, chatId, messageId, 'checklist'); // retried: Graph had pinned it and answers 409

    const messages = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`, { user: 'mentor' })).json()) as { value: ChatMessage[] }).value;
    expect(messages).toHaveLength(1);
    const pins = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/pinnedMessages`, { user: 'mentor' })).json()) as { value: PinnedChatMessageInfo[] }).value;
    expect(pins).toHaveLength(1);
  });

  it('posts and pins once when Graph throttles with 429 after committing', async () => {
    const clientWaits: number[] = [];
    const graph = connectAs(emu, 'mentee', clientWaits);
    const chatId = await findMeetingChatId(graph, (await createSessionMeeting(graph, meeting('s1'), noWait)).joinUrl);
    await emu.faults([
      { method: 'POST', path: '/messages$', status: 429, retryAfterSeconds: 3, times: 1, afterCommit: true },
      { method: 'POST', path: '/pinnedMessages$', status: 429, retryAfterSeconds: 3, times: 1, afterCommit: true },
    ]);
    const waits: number[] = [];
    const messageId = await postOnce(graph, chatId, card('Summary', 'summary'), async (ms) => void waits.push(ms));
    expect(waits).toEqual([3000]); // waited as Graph asked, then found the first copy
    await pinInPlace(graph, chatId, messageId, 'summary'); // retried after 3 s; Graph says it is already pinned
    expect(clientWaits).toEqual([3000]);
    const messages = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`, { user: 'mentor' })).json()) as { value: ChatMessage[] }).value;
    const pins = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/pinnedMessages`, { user: 'mentor' })).json()) as { value: PinnedChatMessageInfo[] }).value;
    expect(messages).toHaveLength(1);
    expect(pins).toHaveLength(1);
  });

  it('replaces the earlier pin of the same kind and leaves other pins alone', async () => {
    const graph = connectAs(emu, 'mentee');
    const chatId = await findMeetingChatId(graph, (await createSessionMeeting(graph, meeting('s1'), noWait)).joinUrl);
    const checklist = await postOnce(graph, chatId, card('Prep checklist', 'checklist'), noWait);
    await pinInPlace(graph, chatId, checklist, 'checklist');
    const summary1 = await postOnce(graph, chatId, card('Summary v1', 'summary', 1), noWait);
    await pinInPlace(graph, chatId, summary1, 'summary');
    const summary2 = await postOnce(graph, chatId, card('Summary v2', 'summary', 2), noWait);
    await pinInPlace(graph, chatId, summary2, 'summary');
    const pins = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/pinnedMessages?$expand=message`, { user: 'mentee' })).json()) as { value: PinnedChatMessageInfo[] }).value;
    expect(pins.map((p) => p.message?.id).sort()).toEqual([checklist, summary2].sort());
  });

  it('puts the marker in the markup as it is, leaving "$&" and "$\'" in the text alone', async () => {
    const graph = connectAs(emu, 'mentee');
    const chatId = await findMeetingChatId(graph, (await createSessionMeeting(graph, meeting('s1'), noWait)).joinUrl);
    const post = card('Costs $& and $\' stay', 'summary');
    post.message.body.content = '<p>Price: $& then $\' and $1</p><attachment id="card"></attachment><p>$`</p>';
    const id = await postOnce(graph, chatId, post, noWait);
    const stored = (await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages/${id}`, { user: 'mentor' })).json()) as ChatMessage;
    expect(stored.body?.content).toBe('<p>Price: $& then $\' and $1</p><attachment id="micromentor-summary-1-r1"></attachment><p>$`</p>');
  });

  it('refuses ids that are not the shape Microsoft 365 gives them, before any request', async () => {
    const graph = connectAs(emu, 'mentee');
    await expect(postOnce(graph, '19:x"><b>', card('x', 'checklist'), noWait)).rejects.toMatchObject({ code: 'invalid', field: 'chat id' });
    const chatId = await findMeetingChatId(graph, (await createSessionMeeting(graph, meeting('s1'), noWait)).joinUrl);
    await expect(postOnce(graph, chatId, { ...card('x', 'checklist'), sessionId: '1"><script>' }, noWait)).rejects.toMatchObject({ code: 'invalid', field: 'session item id' });
    await expect(pinInPlace(graph, chatId, "1' or '1", 'checklist')).rejects.toMatchObject({ code: 'invalid', field: 'message id' });
    const messages = ((await (await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`, { user: 'mentor' })).json()) as { value: ChatMessage[] }).value;
    expect(messages).toHaveLength(0);
  });

  it('tells someone outside the meeting that they have no access, and a missing chat is not found', async () => {
    const graph = connectAs(emu, 'mentee');
    const ref = await createSessionMeeting(graph, meeting('s1'), noWait);
    const chatId = await findMeetingChatId(graph, ref.joinUrl);
    await expect(postOnce(connectAs(emu, 'manager'), chatId, card('x', 'checklist'), noWait)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(findMeetingChatId(graph, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_nope%40thread.v2/0')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the thank-you note', () => {
  it('reaches the mentor', async () => {
    await sendThankYou(connectAs(emu, 'mentee'), { to: { email: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' }, subject: 'Thank you!', bodyHtml: '<p>The board loved the slides.</p>' });
    const inbox = (await (await emu.fetch('/v1.0/me/messages', { user: 'mentor' })).json()) as { value: { subject: string }[] };
    expect(inbox.value.map((m) => m.subject)).toContain('Thank you!');
  });

  it('is never sent twice by an automatic retry', async () => {
    await emu.faults([{ method: 'POST', path: 'sendMail$', status: 503, times: 1, afterCommit: true }]);
    await expect(sendThankYou(connectAs(emu, 'mentee'), { to: { email: 'daniel.okafor@contoso.example', name: 'Daniel' }, subject: 'Once', bodyHtml: '<p>x</p>' })).rejects.toMatchObject({ code: 'unavailable' });
    const inbox = (await (await emu.fetch('/v1.0/me/messages', { user: 'mentor' })).json()) as { value: { subject: string }[] };
    expect(inbox.value.filter((m) => m.subject === 'Once')).toHaveLength(1);
  });
});
