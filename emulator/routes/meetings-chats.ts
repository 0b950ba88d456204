// Teams: online meetings by join URL, meeting chats, their members, messages and pinned messages.
import { readChatMessageInput } from '../chat-message-input';
import { chatJson, findMessage, memberChat, membersJson, messageJson, type ChatMessageRow, type ChatRow } from '../chat-json';
import { collectionBody } from '../collection-query';
import { GraphFault, badRequest, forbidden, notFound } from '../graph-error';
import { json, noContent, type EmuResponse, type HandlerContext } from '../http-types';
import { parseFilter, type FilterNode } from '../odata';
import type { Router } from '../router';
import { onlineMeetingJson, type OnlineMeetingRow } from '../teams-meeting';
import { requireSelf } from '../user-access';

const MAX_MESSAGES_PAGE = 50;

export function register(router: Router): void {
  router.get('/v1.0/users/:userId/onlineMeetings', listOnlineMeetings);
  router.get('/v1.0/users/:userId/onlineMeetings/:meetingId', getOnlineMeeting);
  router.get('/v1.0/users/:userId/chats', listChats);
  router.get('/v1.0/chats/:chatId', getChat);
  router.get('/v1.0/chats/:chatId/members', listMembers);
  router.get('/v1.0/chats/:chatId/messages', listMessages);
  router.post('/v1.0/chats/:chatId/messages', postMessage);
  router.get('/v1.0/chats/:chatId/messages/:messageId', getMessage);
  router.get('/v1.0/chats/:chatId/pinnedMessages', listPins);
  router.post('/v1.0/chats/:chatId/pinnedMessages', pinMessage);
  router.delete('/v1.0/chats/:chatId/pinnedMessages/:pinnedMessageId', unpinMessage);
}

// ---- online meetings ---------------------------------------------------------------------------

/** Percent-decodes until stable, so a join URL compares equal however often the client encoded it. */
function fullyDecoded(text: string): string {
  let current = text;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function joinUrlFromFilter(node: FilterNode): string {
  if (node.kind === 'compare' && node.op === 'eq' && node.property.toLowerCase() === 'joinweburl' && typeof node.value === 'string') return node.value;
  throw badRequest("Filter expression expected - /onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'.", 'BadRequest');
}

function canSeeMeeting(ctx: HandlerContext, meeting: OnlineMeetingRow): boolean {
  if (meeting.organizer_id === ctx.user.id) return true;
  return !!ctx.db.prepare('SELECT 1 FROM chat_members WHERE chat_id = ? AND user_id = ?').get(meeting.chat_id, ctx.user.id);
}

function listOnlineMeetings(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const filter = ctx.req.query.get('$filter');
  if (!filter) throw badRequest("Filter expression expected - /onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'.", 'BadRequest');
  const wanted = fullyDecoded(joinUrlFromFilter(parseFilter(filter)));
  const meetings = (ctx.db.prepare('SELECT * FROM online_meetings').all() as OnlineMeetingRow[]).filter(
    (m) => fullyDecoded(m.join_url) === wanted && canSeeMeeting(ctx, m),
  );
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/onlineMeetings`,
    value: meetings.map((m) => onlineMeetingJson(ctx.db, m)),
  });
}

function getOnlineMeeting(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const meeting = ctx.db.prepare('SELECT * FROM online_meetings WHERE id = ?').get(ctx.params.meetingId) as OnlineMeetingRow | undefined;
  if (!meeting) throw notFound(`No online meeting with id '${ctx.params.meetingId}' was found.`, 'NotFound');
  if (!canSeeMeeting(ctx, meeting)) throw forbidden('Forbidden: only the organizer and invited attendees can read this meeting.', 'Forbidden');
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/onlineMeetings/$entity`,
    ...onlineMeetingJson(ctx.db, meeting),
  });
}

// ---- chats -------------------------------------------------------------------------------------

function listChats(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const chats = ctx.db
    .prepare('SELECT c.* FROM chats c JOIN chat_members m ON m.chat_id = c.id WHERE m.user_id = ? ORDER BY c.modified_ms DESC, c.id')
    .all(ctx.user.id) as ChatRow[];
  const items = chats.map((c) => chatJson(ctx.db, c));
  return json(200, collectionBody(ctx, items, { defaultTop: 20, maxTop: 50, context: `${ctx.baseUrl}/$metadata#chats` }));
}

function getChat(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#chats/$entity`, ...chatJson(ctx.db, chat) });
}

function listMembers(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const members = membersJson(ctx.db, chat.id);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/members`, '@odata.count': members.length, value: members });
}

// ---- messages ----------------------------------------------------------------------------------

function listMessages(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const rows = ctx.db.prepare('SELECT * FROM chat_messages WHERE chat_id = ? ORDER BY created_ms DESC, CAST(id AS INTEGER) DESC').all(chat.id) as ChatMessageRow[];
  const items = rows.map((r) => messageJson(ctx.db, r));
  return json(200, collectionBody(ctx, items, { defaultTop: MAX_MESSAGES_PAGE, maxTop: MAX_MESSAGES_PAGE, context: `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages` }));
}

/** Teams message ids are the creation time in ms; a later message never gets a smaller id. */
function nextMessageId(ctx: HandlerContext): string {
  const row = ctx.db.prepare("SELECT MAX(CAST(id AS INTEGER)) AS max FROM chat_messages WHERE id GLOB '[0-9]*'").get() as { max: number | null };
  return String(Math.max(ctx.now, (row.max ?? 0) + 1));
}

/** Writes the request's message, from the caller, into a chat or a channel (both live in chat_messages). */
export function insertChatMessage(ctx: HandlerContext, chatId: string): ChatMessageRow {
  const input = readChatMessageInput(ctx.req.body);
  const row: ChatMessageRow = {
    id: nextMessageId(ctx),
    chat_id: chatId,
    from_user_id: ctx.user.id,
    created_ms: ctx.now,
    content_type: input.contentType,
    content: input.content,
    subject: input.subject,
    attachments: JSON.stringify(input.attachments),
  };
  ctx.db
    .prepare('INSERT INTO chat_messages (id, chat_id, from_user_id, created_ms, content_type, content, subject, attachments) VALUES (@id, @chat_id, @from_user_id, @created_ms, @content_type, @content, @subject, @attachments)')
    .run(row);
  return row;
}

function postMessage(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const row = ctx.db.transaction(() => {
    const written = insertChatMessage(ctx, chat.id);
    ctx.db.prepare('UPDATE chats SET modified_ms = ? WHERE id = ?').run(ctx.now, chat.id);
    return written;
  })();
  return json(201, { '@odata.context': `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages/$entity`, ...messageJson(ctx.db, row) });
}

function getMessage(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const row = findMessage(ctx.db, chat.id, ctx.params.messageId!);
  if (!row) throw notFound(`No message with id '${ctx.params.messageId}' was found in this chat.`, 'NotFound');
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages/$entity`, ...messageJson(ctx.db, row) });
}

// ---- pinned messages ---------------------------------------------------------------------------

interface PinRow {
  id: string;
  chat_id: string;
  message_id: string;
}

function listPins(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const expand = (ctx.req.query.get('$expand') ?? '').split(',').some((e) => e.trim().toLowerCase() === 'message');
  const pins = ctx.db.prepare('SELECT id, chat_id, message_id FROM pinned_messages WHERE chat_id = ? ORDER BY created_ms DESC, rowid DESC').all(chat.id) as PinRow[];
  const value = pins.map((pin) => {
    const out: Record<string, unknown> = { '@odata.type': '#microsoft.graph.pinnedChatMessageInfo', id: pin.id };
    if (expand) {
      const message = findMessage(ctx.db, chat.id, pin.message_id);
      out.message = message ? messageJson(ctx.db, message) : null;
    }
    return out;
  });
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/pinnedMessages`, value });
}

/** `https://graph.microsoft.com/v1.0/chats/{chatId}/messages/{messageId}` → its two ids. */
function boundMessage(bind: unknown): { chatId: string; messageId: string } {
  const m = typeof bind === 'string' ? /\/chats\/([^/]+)\/messages\/([^/?#]+)\/?$/i.exec(bind) : null;
  if (!m) {
    throw badRequest('The body needs "message@odata.bind": "https://graph.microsoft.com/v1.0/chats/{chatId}/messages/{messageId}".', 'BadRequest');
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { chatId: decode(m[1]!), messageId: decode(m[2]!) };
}

function pinMessage(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const bind = boundMessage((ctx.req.body as Record<string, unknown> | undefined)?.['message@odata.bind']);
  if (bind.chatId.toLowerCase() !== chat.id.toLowerCase()) {
    throw badRequest(`The message to pin must belong to this chat; message@odata.bind names chat '${bind.chatId}'.`, 'BadRequest');
  }
  const message = findMessage(ctx.db, chat.id, bind.messageId);
  if (!message) throw notFound(`No message with id '${bind.messageId}' was found in this chat.`, 'NotFound');
  const existing = ctx.db.prepare('SELECT id FROM pinned_messages WHERE chat_id = ? AND message_id = ?').get(chat.id, message.id);
  if (existing) throw new GraphFault(409, 'Conflict', `The message '${message.id}' is already pinned in this chat.`);
  // The pin's id is the pinned message's id, as in Graph's examples.
  ctx.db.prepare('INSERT INTO pinned_messages (id, chat_id, message_id, pinned_by, created_ms) VALUES (?, ?, ?, ?, ?)').run(message.id, chat.id, message.id, ctx.user.id, ctx.now);
  return json(201, {
    '@odata.context': `${ctx.baseUrl}/$metadata#chats('${encodeURIComponent(chat.id)}')/pinnedMessages/$entity`,
    '@odata.type': '#microsoft.graph.pinnedChatMessageInfo',
    id: message.id,
  });
}

function unpinMessage(ctx: HandlerContext): EmuResponse {
  const chat = memberChat(ctx.db, ctx.params.chatId!, ctx.user.id);
  const result = ctx.db.prepare('DELETE FROM pinned_messages WHERE chat_id = ? AND id = ?').run(chat.id, ctx.params.pinnedMessageId);
  if (result.changes === 0) throw notFound(`No pinned message with id '${ctx.params.pinnedMessageId}' was found in this chat.`, 'NotFound');
  return noContent();
}
