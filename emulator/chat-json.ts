// Teams chats, members and messages as rows and as Graph's chat, aadUserConversationMember and
// chatMessage resources.
import type { Database } from 'better-sqlite3';
import { isoUtc } from './date-time-zone';
import { forbidden, notFound } from './graph-error';
import { TENANT_ID, type OnlineMeetingRow } from './teams-meeting';
import { userById } from './user-access';

export interface ChatRow {
  id: string;
  topic: string | null;
  chat_type: string;
  online_meeting_id: string | null;
  created_ms: number;
  modified_ms: number;
}

export interface ChatMessageRow {
  id: string;
  chat_id: string;
  from_user_id: string;
  created_ms: number;
  content_type: string;
  content: string;
  subject: string | null;
  attachments: string;
}

const NEVER = '0001-01-01T00:00:00Z';

/** The chat, if the user is one of its members: 404 for an unknown chat, 403 for an outsider. */
export function memberChat(db: Database, chatId: string, userId: string): ChatRow {
  const chat = db.prepare('SELECT * FROM chats WHERE id = ?').get(chatId) as ChatRow | undefined;
  if (!chat) throw notFound(`No chat with id '${chatId}' was found.`, 'NotFound');
  const member = db.prepare('SELECT 1 FROM chat_members WHERE chat_id = ? AND user_id = ?').get(chatId, userId);
  if (!member) throw forbidden('Forbidden: the signed-in user is not a member of this chat.', 'Forbidden');
  return chat;
}

function meetingOfChat(db: Database, chat: ChatRow): OnlineMeetingRow | undefined {
  return db.prepare('SELECT * FROM online_meetings WHERE chat_id = ? OR id = ? LIMIT 1').get(chat.id, chat.online_meeting_id) as OnlineMeetingRow | undefined;
}

export function chatJson(db: Database, chat: ChatRow): Record<string, unknown> {
  const meeting = chat.chat_type === 'meeting' ? meetingOfChat(db, chat) : undefined;
  const organizer = meeting ? userById(db, meeting.organizer_id) : undefined;
  return {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: isoUtc(chat.created_ms),
    lastUpdatedDateTime: isoUtc(chat.modified_ms),
    chatType: chat.chat_type,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${TENANT_ID}`,
    tenantId: TENANT_ID,
    onlineMeetingInfo: meeting
      ? {
          calendarEventId: meeting.event_id,
          joinWebUrl: meeting.join_url,
          organizer: { id: meeting.organizer_id, displayName: organizer?.display_name ?? null, userIdentityType: 'aadUser', tenantId: TENANT_ID },
        }
      : null,
    viewpoint: null,
  };
}

export function membersJson(db: Database, chatId: string): Record<string, unknown>[] {
  const rows = db.prepare('SELECT user_id, roles FROM chat_members WHERE chat_id = ? ORDER BY rowid').all(chatId) as { user_id: string; roles: string }[];
  return rows.map((r) => {
    const user = userById(db, r.user_id);
    return {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id: Buffer.from(`${chatId}##${r.user_id}`).toString('base64'),
      roles: JSON.parse(r.roles) as string[],
      displayName: user?.display_name ?? null,
      visibleHistoryStartDateTime: NEVER,
      userId: r.user_id,
      email: user?.mail ?? user?.upn ?? null,
      tenantId: TENANT_ID,
    };
  });
}

export function findMessage(db: Database, chatId: string, messageId: string): ChatMessageRow | undefined {
  return db.prepare('SELECT * FROM chat_messages WHERE chat_id = ? AND id = ?').get(chatId, messageId) as ChatMessageRow | undefined;
}

export function messageJson(db: Database, row: ChatMessageRow): Record<string, unknown> {
  const from = userById(db, row.from_user_id);
  const created = isoUtc(row.created_ms);
  return {
    id: row.id,
    replyToId: null,
    etag: row.id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: row.subject,
    summary: null,
    chatId: row.chat_id,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: row.from_user_id, displayName: from?.display_name ?? null, userIdentityType: 'aadUser', tenantId: TENANT_ID },
    },
    body: { contentType: row.content_type, content: row.content },
    attachments: JSON.parse(row.attachments) as unknown[],
    mentions: [],
    reactions: [],
  };
}
