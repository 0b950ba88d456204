// Mailbox items as rows and as Graph's message resource. Each mailbox holds its own copy: the
// sender's in sentitems, each recipient's in inbox.
import type { Database } from 'better-sqlite3';
import { isoUtc } from './date-time-zone';
import { bodyPreview } from './event-json';
import { notFound } from './graph-error';

export interface MailRow {
  id: string;
  owner_id: string;
  folder: string;
  subject: string;
  body_type: string;
  body_content: string;
  from_email: string;
  from_name: string;
  to_recipients: string;
  cc_recipients: string;
  created_ms: number;
  is_read: number;
}

export interface Recipient {
  emailAddress: { name: string; address: string };
}

/** Well-known folder names Graph accepts in place of folder ids. */
export const WELL_KNOWN_FOLDERS = ['inbox', 'sentitems', 'drafts', 'deleteditems', 'archive', 'junkemail', 'outbox'];

export function folderId(ownerId: string, folder: string): string {
  return `AAMkAF${Buffer.from(`${ownerId}:${folder}`).toString('base64url')}`;
}

export function ownMessage(db: Database, ownerId: string, id: string): MailRow {
  const row = db.prepare('SELECT * FROM mail_messages WHERE id = ? AND owner_id = ?').get(id, ownerId) as MailRow | undefined;
  if (!row) throw notFound('The specified object was not found in the store.');
  return row;
}

export function messageJson(row: MailRow): Record<string, unknown> {
  const at = isoUtc(row.created_ms);
  const from = { emailAddress: { name: row.from_name, address: row.from_email } };
  const changeKey = Buffer.from(`${row.id}:${row.is_read}`).toString('base64').slice(-24);
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id: row.id,
    createdDateTime: at,
    lastModifiedDateTime: at,
    changeKey,
    categories: [],
    receivedDateTime: at,
    sentDateTime: at,
    hasAttachments: false,
    internetMessageId: `<${row.id.slice(-20)}@contoso.example>`,
    subject: row.subject,
    bodyPreview: bodyPreview(row.body_type, row.body_content),
    importance: 'normal',
    parentFolderId: folderId(row.owner_id, row.folder),
    conversationId: `AAQkA${Buffer.from(row.subject.replace(/^(re|fw|fwd):\s*/i, '')).toString('base64url').slice(0, 40)}`,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: row.is_read === 1,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(row.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: { contentType: row.body_type, content: row.body_content },
    sender: from,
    from,
    toRecipients: JSON.parse(row.to_recipients) as Recipient[],
    ccRecipients: JSON.parse(row.cc_recipients) as Recipient[],
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}
