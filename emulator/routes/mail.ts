// Outlook mail: sendMail delivers a copy to each recipient in the organisation and keeps one in the
// sender's Sent Items; the mailbox lists (all folders, or one well-known folder) and single messages.
import { randomBytes } from 'node:crypto';
import { collectionBody } from '../collection-query';
import { badRequest, notFound } from '../graph-error';
import { json, type EmuResponse, type HandlerContext } from '../http-types';
import { WELL_KNOWN_FOLDERS, messageJson, ownMessage, type MailRow, type Recipient } from '../mail-json';
import { applySelect, readSelect } from '../odata';
import type { Router } from '../router';
import { mailOf, requireSelf, userByEmail } from '../user-access';

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;

export function register(router: Router): void {
  router.post('/v1.0/users/:userId/sendMail', sendMail);
  router.get('/v1.0/users/:userId/messages', listMessages);
  router.get('/v1.0/users/:userId/messages/:messageId', getMessage);
  router.get('/v1.0/users/:userId/mailFolders/:folder/messages', listFolderMessages);
  router.get('/v1.0/users/:userId/mailFolders/:folder/messages/:messageId', getMessage);
}

function newMessageId(): string {
  return `AAMkAGI${randomBytes(30).toString('base64url')}`;
}

function readRecipients(value: unknown, property: string): Recipient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest(`The property '${property}' must be an array of recipients.`, 'RequestBodyRead');
  return value.map((raw, i) => {
    const r = (raw ?? {}) as { emailAddress?: { address?: unknown; name?: unknown } };
    const address = r.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address.trim())) {
      throw badRequest(`${property}[${i}] needs emailAddress.address, a valid SMTP address.`, 'ErrorInvalidRecipients');
    }
    const name = typeof r.emailAddress?.name === 'string' ? r.emailAddress.name : address.trim();
    return { emailAddress: { name, address: address.trim() } };
  });
}

function sendMail(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const body = ctx.req.body as { message?: unknown; saveToSentItems?: unknown } | undefined;
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  const message = body.message as { subject?: unknown; body?: { contentType?: unknown; content?: unknown }; toRecipients?: unknown; ccRecipients?: unknown; bccRecipients?: unknown } | undefined;
  if (!message || typeof message !== 'object') throw badRequest("The sendMail body needs a 'message' object.", 'ErrorInvalidParameter');
  const to = readRecipients(message.toRecipients, 'toRecipients');
  const cc = readRecipients(message.ccRecipients, 'ccRecipients');
  const bcc = readRecipients(message.bccRecipients, 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  if (message.subject !== undefined && message.subject !== null && typeof message.subject !== 'string') throw badRequest("The property 'subject' must be a string.", 'RequestBodyRead');
  const rawType = message.body?.contentType === undefined ? 'text' : String(message.body.contentType).toLowerCase();
  if (rawType !== 'html' && rawType !== 'text') throw badRequest(`Cannot convert the literal '${String(message.body?.contentType)}' to the expected type 'microsoft.graph.bodyType'.`, 'RequestBodyRead');
  const content = message.body?.content === undefined || message.body.content === null ? '' : String(message.body.content);
  const saveToSent = body.saveToSentItems !== false && body.saveToSentItems !== 'false';

  const base = {
    subject: (message.subject as string | undefined) ?? '',
    body_type: rawType,
    body_content: content,
    from_email: mailOf(ctx.user),
    from_name: ctx.user.display_name,
    to_recipients: JSON.stringify(to),
    cc_recipients: JSON.stringify(cc),
    created_ms: ctx.now,
  };
  const insert = ctx.db.prepare(
    `INSERT INTO mail_messages (id, owner_id, folder, subject, body_type, body_content, from_email, from_name, to_recipients, cc_recipients, created_ms, is_read)
     VALUES (@id, @owner_id, @folder, @subject, @body_type, @body_content, @from_email, @from_name, @to_recipients, @cc_recipients, @created_ms, @is_read)`,
  );
  ctx.db.transaction(() => {
    // People outside the organisation are accepted; their mail just leaves the emulator.
    const owners = new Set<string>();
    for (const r of [...to, ...cc, ...bcc]) {
      const user = userByEmail(ctx.db, r.emailAddress.address);
      if (user) owners.add(user.id);
    }
    for (const owner of owners) insert.run({ ...base, id: newMessageId(), owner_id: owner, folder: 'inbox', is_read: 0 });
    if (saveToSent) insert.run({ ...base, id: newMessageId(), owner_id: ctx.user.id, folder: 'sentitems', is_read: 1 });
  })();
  return { status: 202 };
}

function mailbox(ctx: HandlerContext, folder?: string): EmuResponse {
  const rows = (
    folder
      ? ctx.db.prepare('SELECT * FROM mail_messages WHERE owner_id = ? AND folder = ? ORDER BY created_ms DESC, rowid DESC').all(ctx.user.id, folder)
      : ctx.db.prepare('SELECT * FROM mail_messages WHERE owner_id = ? ORDER BY created_ms DESC, rowid DESC').all(ctx.user.id)
  ) as MailRow[];
  const tail = folder ? `mailFolders('${folder}')/messages` : 'messages';
  const items = rows.map(messageJson);
  return json(200, collectionBody(ctx, items, { defaultTop: DEFAULT_PAGE, maxTop: MAX_PAGE, context: `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/${tail}` }));
}

function listMessages(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  return mailbox(ctx);
}

function listFolderMessages(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const folder = ctx.params.folder!.toLowerCase();
  if (!WELL_KNOWN_FOLDERS.includes(folder)) {
    throw notFound(`The emulator knows only the well-known mail folders (${WELL_KNOWN_FOLDERS.join(', ')}); '${ctx.params.folder}' is not one.`);
  }
  return mailbox(ctx, folder);
}

function getMessage(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const row = ownMessage(ctx.db, ctx.user.id, ctx.params.messageId!);
  if (ctx.params.folder && row.folder !== ctx.params.folder.toLowerCase()) throw notFound('The specified object was not found in the store.');
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/messages/$entity`,
    ...applySelect(messageJson(row), readSelect(ctx.req.query)),
  });
}
