// Contract: from a Teams meeting's join URL to its chat, then messages (HTML and adaptive cards)
// and pins, through the real Graph client; outsiders get 403.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Chat, ChatMessage, ConversationMember, Event, OnlineMeeting, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import { graphError, startTestEmulator, type TestEmulator } from './harness';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const MENTOR = 'daniel.okafor@contoso.example';

let emu: TestEmulator;
let mentee: Client;
let mentor: Client;
let manager: Client;
let event: Event;
let chatId: string;


function byJoinUrl(client: Client, joinUrl: string): Promise<{ value: OnlineMeeting[] }> {
  // As Micromentor does it: the join URL URL-encoded inside the filter literal.
  return client.api('/me/onlineMeetings').filter(`JoinWebUrl eq '${encodeURIComponent(joinUrl)}'`).get() as Promise<{ value: OnlineMeeting[] }>;
}

const card = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.4',
  body: [{ type: 'TextBlock', text: 'Goal: tighten the opening of the results talk', wrap: true }],
};

function cardMessage(text = 'Session brief'): ChatMessage {
  return {
    body: { contentType: 'html', content: `<p><b>${text}</b></p><attachment id="brief-1"></attachment>` },
    attachments: [{ id: 'brief-1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }],
  };
}

beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
  mentee = await emu.client('mentee');
  mentor = await emu.client('mentor');
  manager = await emu.client('manager');
  event = (await mentee.api('/me/events').post({
    subject: 'Micromentor: negotiation basics',
    start: { dateTime: '2027-01-26T09:00:00', timeZone: 'Europe/London' },
    end: { dateTime: '2027-01-26T09:30:00', timeZone: 'Europe/London' },
    attendees: [{ emailAddress: { address: MENTOR, name: 'Daniel Okafor' }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
  } satisfies Event)) as Event;
  const meetings = await byJoinUrl(mentee, event.onlineMeeting!.joinUrl!);
  chatId = meetings.value[0]!.chatInfo!.threadId!;
});
afterEach(async () => {
  await emu.close();
});

describe('online meetings by join URL', () => {
  it('finds the meeting for the organizer and the attendee, with chatInfo.threadId', async () => {
    const mine = await byJoinUrl(mentee, event.onlineMeeting!.joinUrl!);
    expect(mine.value).toHaveLength(1);
    const meeting = mine.value[0]!;
    expect(meeting.joinWebUrl).toBe(event.onlineMeeting!.joinUrl);
    expect(meeting.subject).toBe('Micromentor: negotiation basics');
    expect(meeting.startDateTime).toBe('2027-01-26T09:00:00.000Z');
    expect(meeting.chatInfo).toEqual({ threadId: expect.stringMatching(/^19:meeting_[A-Za-z0-9]+@thread\.v2$/), messageId: '0', replyChainMessageId: null });
    expect(meeting.participants?.organizer?.upn).toBe('priya.natarajan@contoso.example');
    expect(meeting.participants?.attendees?.map((a) => a.upn)).toEqual([MENTOR]);

    const theirs = await byJoinUrl(mentor, event.onlineMeeting!.joinUrl!);
    expect(theirs.value.map((m) => m.id)).toEqual([meeting.id]);
    const byId = (await mentor.api(`/me/onlineMeetings/${meeting.id}`).get()) as OnlineMeeting;
    expect(byId.chatInfo?.threadId).toBe(chatId);
  });

  it('also matches a join URL sent without the extra encoding', async () => {
    const raw = (await mentee.api('/me/onlineMeetings').query({ $filter: `JoinWebUrl eq '${event.onlineMeeting!.joinUrl}'` }).get()) as { value: OnlineMeeting[] };
    expect(raw.value).toHaveLength(1);
  });

  it('shows nothing to someone not invited, and requires the filter', async () => {
    expect((await byJoinUrl(manager, event.onlineMeeting!.joinUrl!)).value).toEqual([]);
    expect((await graphError(mentee.api('/me/onlineMeetings').get())).statusCode).toBe(400);
  });
});

describe('the meeting chat', () => {
  it('is a meeting chat with both members and the meeting’s details', async () => {
    const chat = (await mentee.api(`/chats/${chatId}`).get()) as Chat;
    expect(chat).toMatchObject({ id: chatId, topic: 'Micromentor: negotiation basics', chatType: 'meeting' });
    expect(chat.onlineMeetingInfo).toMatchObject({
      calendarEventId: event.id,
      joinWebUrl: event.onlineMeeting!.joinUrl,
      organizer: { id: emu.emulator.personas()[0]!.id, userIdentityType: 'aadUser' },
    });
    const members = (await mentor.api(`/chats/${chatId}/members`).get()) as { value: (ConversationMember & { email: string })[] };
    expect(members.value.map((m) => m.email).sort()).toEqual([MENTOR, 'priya.natarajan@contoso.example']);
  });

  it('is closed to the programme manager, who is not a member', async () => {
    expect(await graphError(manager.api(`/chats/${chatId}`).get())).toMatchObject({ statusCode: 403, code: 'Forbidden' });
    const posting = await graphError(manager.api(`/chats/${chatId}/messages`).post({ body: { contentType: 'text', content: 'Hello' } } satisfies ChatMessage));
    expect(posting).toMatchObject({ statusCode: 403, code: 'Forbidden' });
    expect((await graphError(manager.api(`/chats/${chatId}/pinnedMessages`).get())).statusCode).toBe(403);
  });

  it('404s an unknown chat', async () => {
    expect((await graphError(mentee.api('/chats/19:meeting_nope@thread.v2').get())).statusCode).toBe(404);
  });
});

describe('chat messages', () => {
  it('posts an HTML message with an adaptive card and reads it back', async () => {
    const sent = (await mentee.api(`/chats/${chatId}/messages`).post(cardMessage())) as ChatMessage;
    expect(sent.id).toMatch(/^\d+$/);
    expect(sent).toMatchObject({
      replyToId: null,
      etag: sent.id,
      messageType: 'message',
      chatId,
      body: { contentType: 'html', content: '<p><b>Session brief</b></p><attachment id="brief-1"></attachment>' },
      mentions: [],
      reactions: [],
    });
    expect(sent.from?.user).toMatchObject({ id: emu.emulator.personas()[0]!.id, displayName: 'Priya Natarajan', userIdentityType: 'aadUser' });
    expect(sent.attachments?.[0]).toMatchObject({ id: 'brief-1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) });
    const read = (await mentor.api(`/chats/${chatId}/messages/${sent.id}`).get()) as ChatMessage;
    expect(read.body).toEqual(sent.body);
  });

  it('lists newest first, pages, and caps $top at 50', async () => {
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      ids.push(((await mentee.api(`/chats/${chatId}/messages`).post({ body: { contentType: 'text', content: text } } satisfies ChatMessage)) as ChatMessage).id!);
    }
    expect(new Set(ids).size).toBe(3); // unique even on a pinned clock
    const page = (await mentor.api(`/chats/${chatId}/messages`).top(2).get()) as { value: ChatMessage[]; '@odata.nextLink'?: string };
    expect(page.value.map((m) => m.body?.content)).toEqual(['three', 'two']);
    expect(page['@odata.nextLink']).toBeDefined();
    expect((await graphError(mentor.api(`/chats/${chatId}/messages`).top(51).get())).statusCode).toBe(400);
  });

  it('rejects an empty body, an unreferenced attachment and a card that is not a JSON string', async () => {
    expect((await graphError(mentee.api(`/chats/${chatId}/messages`).post({ body: { contentType: 'html', content: '' } }))).statusCode).toBe(400);
    const unreferenced = cardMessage();
    unreferenced.body!.content = '<p>No reference</p>';
    expect((await graphError(mentee.api(`/chats/${chatId}/messages`).post(unreferenced))).statusCode).toBe(400);
    const objectCard = { ...cardMessage(), attachments: [{ id: 'brief-1', contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
    expect((await graphError(mentee.api(`/chats/${chatId}/messages`).post(objectCard))).statusCode).toBe(400);
  });
});

describe('pinned messages', () => {
  it('pins, lists with $expand=message, refuses a second pin, and unpins', async () => {
    const sent = (await mentee.api(`/chats/${chatId}/messages`).post(cardMessage('Agenda'))) as ChatMessage;
    const pin = (await mentee.api(`/chats/${chatId}/pinnedMessages`).post({
      'message@odata.bind': `https://graph.microsoft.com/v1.0/chats/${chatId}/messages/${sent.id}`,
    })) as PinnedChatMessageInfo;
    expect(pin.id).toBe(sent.id);

    const again = await graphError(mentee.api(`/chats/${chatId}/pinnedMessages`).post({ 'message@odata.bind': `https://graph.microsoft.com/v1.0/chats/${chatId}/messages/${sent.id}` }));
    expect(again.statusCode).toBe(409);

    const plain = (await mentor.api(`/chats/${chatId}/pinnedMessages`).get()) as { value: PinnedChatMessageInfo[] };
    expect(plain.value).toEqual([{ '@odata.type': '#microsoft.graph.pinnedChatMessageInfo', id: sent.id }]);
    const expanded = (await mentor.api(`/chats/${chatId}/pinnedMessages`).expand('message').get()) as { value: PinnedChatMessageInfo[] };
    expect(expanded.value[0]?.message?.body?.content).toContain('Agenda');
    expect(expanded.value[0]?.message?.attachments?.[0]?.id).toBe('brief-1');

    const res = await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/pinnedMessages/${pin.id}`, { user: 'mentee', method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(((await mentee.api(`/chats/${chatId}/pinnedMessages`).get()) as { value: unknown[] }).value).toEqual([]);
    expect((await graphError(mentee.api(`/chats/${chatId}/pinnedMessages/${pin.id}`).delete())).statusCode).toBe(404);
  });

  it('refuses to pin a message that is not in the chat', async () => {
    const missing = await graphError(mentee.api(`/chats/${chatId}/pinnedMessages`).post({ 'message@odata.bind': `https://graph.microsoft.com/v1.0/chats/${chatId}/messages/123` }));
    expect(missing.statusCode).toBe(404);
    const elsewhere = await graphError(mentee.api(`/chats/${chatId}/pinnedMessages`).post({ 'message@odata.bind': 'https://graph.microsoft.com/v1.0/chats/19:other@thread.v2/messages/123' }));
    expect(elsewhere.statusCode).toBe(400);
    expect((await graphError(mentee.api(`/chats/${chatId}/pinnedMessages`).post({}))).statusCode).toBe(400);
  });
});

it('401s a chat request without a token', async () => {
  expect((await emu.fetch(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`)).status).toBe(401);
});
