// The meeting chat: find it from the join URL, post a message once, pin it in place of the previous
// pin of the same kind. Chat posts cannot be de-duplicated by Graph, so every post first checks
// what is already there: a retry after a lost response finds the first copy instead of adding one.
// Two clients at once are a different matter: chat-post-claim.ts serialises them.
import type { ChatMessage, OnlineMeeting, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import { escapeAttribute } from '../domain/render-html';
import type { ChatPostKind } from '../domain/session';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';

export type { ChatPostKind };

export interface ChatPost {
  kind: ChatPostKind;
  /** The session's list item id (digits); it goes into the card's attachment id. */
  sessionId: string;
  /** Bumped when the content changes, so an edited summary is a new post. */
  revision: number;
  /** The message as Graph takes it: body plus adaptive card attachments (domain rendering). */
  message: { body: { contentType: 'html'; content: string }; attachments: { id: string; contentType: string; content: string }[] };
}

/** How many recent messages to look through for an earlier copy. */
const LOOK_BACK = 50;
const MAX_POST_TRIES = 3;

/** Our marker on every card we post: the attachment id says what it is and for which session. */
export function postMarker(post: Pick<ChatPost, 'kind' | 'sessionId' | 'revision'>): string {
  checkId('session item id', post.sessionId);
  if (!Number.isSafeInteger(post.revision) || post.revision < 1) throw new GatewayError('invalid', `A chat post's revision must be a whole number from 1; got ${post.revision}.`, undefined, undefined, undefined, 'revision');
  return `micromentor-${post.kind}-${post.sessionId}-r${post.revision}`;
}

const ATTACHMENT_TAG = /<attachment id="[^"]*"><\/attachment>/;

/** The message with our marker as its card's id, in the attachment and in the body's tag. */
function markedMessage(post: ChatPost, marker: string): ChatPost['message'] {
  const tag = `<attachment id="${escapeAttribute(marker)}"></attachment>`;
  const content = post.message.body.content;
  const at = ATTACHMENT_TAG.exec(content);
  return {
    ...post.message,
    attachments: post.message.attachments.map((a, i) => (i === 0 ? { ...a, id: marker } : a)),
    // Spliced by index, not String.replace: its "$&" and "$'" patterns would rewrite the text.
    body: { ...post.message.body, content: at ? content.slice(0, at.index) + tag + content.slice(at.index + at[0].length) : content },
  };
}

function kindOfMarker(id: string | null | undefined): ChatPostKind | undefined {
  const m = /^micromentor-(checklist|summary)-/.exec(id ?? '');
  return m ? (m[1] as ChatPostKind) : undefined;
}

export async function findMeetingChatId(graph: GraphConnection, joinUrl: string): Promise<string> {
  let meetings: { value: OnlineMeeting[] };
  try {
    meetings = (await graph.client.api(meetingByJoinUrlPath(joinUrl)).get()) as { value: OnlineMeeting[] };
  } catch (error) {
    throw toGatewayError(error, 'finding the meeting chat');
  }
  const chatId = chatIdOf(meetings);
  if (!chatId) throw new GatewayError('not-found', 'Teams has no chat for this meeting yet, or you are not invited to it.');
  return chatId;
}

/** The path that finds a meeting by its join URL (also used inside a $batch). */
export function meetingByJoinUrlPath(joinUrl: string): string {
  return `/me/onlineMeetings?$filter=${filterParam(`JoinWebUrl eq ${odataString(joinUrl)}`)}`;
}

/** The chat id in an answer to meetingByJoinUrlPath, or undefined when Teams has none yet. */
export function chatIdOf(meetings: { value?: OnlineMeeting[] } | undefined): string | undefined {
  const threadId = meetings?.value?.[0]?.chatInfo?.threadId;
  return threadId ? checkId('chat id', threadId) : undefined;
}

async function findPosted(graph: GraphConnection, chatId: string, marker: string): Promise<ChatMessage | undefined> {
  let page: { value: ChatMessage[]; '@odata.nextLink'?: string };
  try {
    page = (await graph.client.api(`/chats/${encodeURIComponent(chatId)}/messages`).top(LOOK_BACK).get()) as typeof page;
  } catch (error) {
    throw toGatewayError(error, 'reading the meeting chat');
  }
  return page.value.find((m) => m.attachments?.some((a) => a.id === marker));
}

/** Posts the message unless an earlier try already did; returns the message id either way. */
export async function postOnce(
  graph: GraphConnection,
  chatId: string,
  post: ChatPost,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  /** The caller knows no earlier try can have posted it (a first claim): the first look is skipped. */
  known: { unposted?: boolean } = {},
): Promise<string> {
  checkId('chat id', chatId);
  const marker = postMarker(post);
  const message = markedMessage(post, marker);
  for (let attempt = 1; ; attempt++) {
    const existing = attempt === 1 && known.unposted ? undefined : await findPosted(graph, chatId, marker);
    if (existing?.id) return checkId('message id', existing.id);
    try {
      const created = (await graph.client.api(`/chats/${encodeURIComponent(chatId)}/messages`).post(message)) as ChatMessage;
      if (created.id) return checkId('message id', created.id);
    } catch (error) {
      const failure = toGatewayError(error, 'posting to the meeting chat');
      const transient = failure.code === 'throttled' || failure.code === 'unavailable' || failure.code === 'offline';
      if (!transient || attempt >= MAX_POST_TRIES) throw failure;
      await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
    }
  }
}

/** Pins the message, unpinning an earlier Micromentor pin of the same kind. Safe to repeat. */
export async function pinInPlace(
  graph: GraphConnection,
  chatId: string,
  messageId: string,
  kind: ChatPostKind,
  /** The caller knows nothing of this kind was ever pinned (a first claim): the pins are not read. */
  known: { nothingPinned?: boolean } = {},
): Promise<void> {
  checkId('chat id', chatId);
  checkId('message id', messageId);
  const chat = `/chats/${encodeURIComponent(chatId)}`;
  const pins = known.nothingPinned ? [] : await listPins(graph, chat);
  const already = pins.some((p) => p.message?.id === messageId);
  for (const pin of pins) {
    if (pin.message?.id === messageId || !pin.id) continue;
    if (!pin.message?.attachments?.some((a) => kindOfMarker(a.id) === kind)) continue;
    try {
      await graph.client.api(`${chat}/pinnedMessages/${encodeURIComponent(pin.id)}`).delete();
    } catch (error) {
      const failure = toGatewayError(error, 'unpinning the previous message');
      if (failure.code !== 'not-found') throw failure;
    }
  }
  if (already) return;
  try {
    await graph.client.api(`${chat}/pinnedMessages`).post({ 'message@odata.bind': `https://graph.microsoft.com/v1.0${chat}/messages/${messageId}` });
  } catch (error) {
    const failure = toGatewayError(error, 'pinning the message');
    // 409: pinned by an earlier try whose answer was lost.
    if (failure.status !== 409) throw failure;
  }
}

async function listPins(graph: GraphConnection, chat: string): Promise<PinnedChatMessageInfo[]> {
  try {
    let page = (await graph.client.api(`${chat}/pinnedMessages`).expand('message').get()) as { value: PinnedChatMessageInfo[]; '@odata.nextLink'?: string };
    let pins = page.value;
    while (page['@odata.nextLink']) {
      page = (await graph.client.api(nextLinkPath(page['@odata.nextLink'])).get()) as typeof page;
      pins = pins.concat(page.value);
    }
    return pins;
  } catch (error) {
    throw toGatewayError(error, 'reading the pinned messages');
  }
}
