// Validates a chatMessage POST body as Teams does: non-empty content within Teams' message size, and
// every attachment both well formed and referenced from the body by `<attachment id="…"></attachment>`
// (and vice versa).
import { GraphFault, badRequest } from './graph-error';
import { checkChatMessageSize } from './request-limits';

export interface ChatMessageInput {
  contentType: 'html' | 'text';
  content: string;
  subject: string | null;
  attachments: Record<string, unknown>[];
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const KNOWN = ['body', 'attachments', 'subject', 'mentions', 'importance', 'messageType', 'hostedContents'];

function readAttachment(raw: unknown, index: number): Record<string, unknown> {
  const a = (raw ?? {}) as Record<string, unknown>;
  const where = `Attachment ${index + 1}`;
  if (typeof a.id !== 'string' || a.id === '') throw badRequest(`${where} needs an "id" string.`);
  if (typeof a.contentType !== 'string' || a.contentType === '') throw badRequest(`${where} ('${a.id}') needs a "contentType".`);
  if (a.contentType === ADAPTIVE_CARD) {
    if (typeof a.content !== 'string') throw badRequest(`${where} ('${a.id}'): an adaptive card's "content" must be the card serialised as a JSON string.`);
    let card: unknown;
    try {
      card = JSON.parse(a.content);
    } catch {
      throw badRequest(`${where} ('${a.id}'): "content" is not valid JSON.`);
    }
    if (!card || typeof card !== 'object' || (card as { type?: unknown }).type !== 'AdaptiveCard') {
      throw badRequest(`${where} ('${a.id}'): "content" must be an Adaptive Card ({"type": "AdaptiveCard", …}).`);
    }
  } else if (a.content !== undefined && a.content !== null && typeof a.content !== 'string') {
    throw badRequest(`${where} ('${a.id}'): "content" must be a string.`);
  } else if (!a.content && typeof a.contentUrl !== 'string') {
    throw badRequest(`${where} ('${a.id}') needs "content" or "contentUrl".`);
  }
  return {
    id: a.id,
    contentType: a.contentType,
    contentUrl: typeof a.contentUrl === 'string' ? a.contentUrl : null,
    content: typeof a.content === 'string' ? a.content : null,
    name: typeof a.name === 'string' ? a.name : null,
    thumbnailUrl: typeof a.thumbnailUrl === 'string' ? a.thumbnailUrl : null,
    teamsAppId: null,
  };
}

export function readChatMessageInput(body: unknown): ChatMessageInput {
  if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) throw badRequest('Empty Payload. JSON content expected.');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (!key.includes('@odata') && !KNOWN.includes(key)) throw badRequest(`Could not find a property named '${key}' on type 'microsoft.graph.chatMessage'.`, 'RequestBodyRead');
  }
  if (Array.isArray(b.mentions) && b.mentions.length > 0) throw new GraphFault(501, 'NotImplemented', 'The emulator does not model @mentions in chat messages.');
  if (Array.isArray(b.hostedContents) && b.hostedContents.length > 0) throw new GraphFault(501, 'NotImplemented', 'The emulator does not model hosted contents (inline images).');
  if (b.importance !== undefined && b.importance !== 'normal') throw new GraphFault(501, 'NotImplemented', 'The emulator only models messages of normal importance.');
  const msgBody = (b.body ?? {}) as { contentType?: unknown; content?: unknown };
  const type = msgBody.contentType === undefined ? 'text' : String(msgBody.contentType).toLowerCase();
  if (type !== 'html' && type !== 'text') throw badRequest(`Cannot convert the literal '${String(msgBody.contentType)}' to the expected type 'microsoft.graph.bodyType'.`, 'RequestBodyRead');
  if (typeof msgBody.content !== 'string' || msgBody.content.trim() === '') throw badRequest('Missing body content: a chat message needs body.content.');
  if (b.attachments !== undefined && !Array.isArray(b.attachments)) throw badRequest("The property 'attachments' must be an array.", 'RequestBodyRead');
  checkChatMessageSize(msgBody.content, ((b.attachments as { content?: unknown }[] | undefined) ?? []).filter(Boolean));
  const attachments = ((b.attachments as unknown[] | undefined) ?? []).map(readAttachment);

  const referenced = [...msgBody.content.matchAll(/<attachment\s+id\s*=\s*["']([^"']+)["'][^>]*>/gi)].map((m) => m[1]!);
  for (const a of attachments) {
    if (!referenced.includes(a.id as string)) {
      throw badRequest(`Attachment '${a.id}' is not referenced in the message body; add <attachment id="${a.id}"></attachment> to body.content.`);
    }
  }
  for (const id of referenced) {
    if (!attachments.some((a) => a.id === id)) throw badRequest(`The message body references attachment '${id}', which is not in "attachments".`);
  }
  const subject = typeof b.subject === 'string' ? b.subject : null;
  return { contentType: type, content: msgBody.content, subject, attachments };
}
