// A Teams meeting as Outlook makes one for `isOnlineMeeting` events: the online meeting, its
// meeting chat (members: organizer plus the attendees who belong to the organisation), the join URL
// and the join block Outlook appends to the event body.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { isoUtc } from './date-time-zone';
import type { UserRow } from './http-types';
import { userById } from './user-access';

/** The demo organisation's Entra tenant. */
export const TENANT_ID = '6d3a5c1e-8f0b-4c52-9a1e-2b7d4e8f0c11';

export interface OnlineMeetingRow {
  id: string;
  event_id: string | null;
  organizer_id: string;
  join_url: string;
  chat_id: string;
  subject: string;
  start_ms: number;
  end_ms: number;
  created_ms: number;
}

/** `19:meeting_<base64 of a GUID>@thread.v2`, as Teams names meeting chats. */
export function newMeetingThreadId(): string {
  for (;;) {
    const token = Buffer.from(randomUUID()).toString('base64').replace(/=+$/, '');
    if (/^[A-Za-z0-9]+$/.test(token)) return `19:meeting_${token}@thread.v2`;
  }
}

/** Teams percent-encodes with lower-case hex (`19%3ameeting_…%40thread.v2`). */
function teamsEncode(text: string): string {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (s) => s.toLowerCase());
}

export function joinUrlFor(threadId: string, organizerId: string): string {
  const context = teamsEncode(JSON.stringify({ Tid: TENANT_ID, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/${teamsEncode(threadId)}/0?context=${context}`;
}

/** Graph's meeting id: base64 of `1*{organizer}*0**{thread}` (URL-safe here, so it fits a path segment). */
function meetingIdFor(organizerId: string, threadId: string): string {
  return Buffer.from(`1*${organizerId}*0**${threadId}`).toString('base64url');
}

const RULE = '<div style="width:100%; height:20px"><span style="white-space:nowrap; color:gray; opacity:.36">________________________________________________________________________________</span></div>';

/** The HTML Outlook appends to an online meeting's body. */
export function joinBlockHtml(joinUrl: string, threadId: string, organizerId: string): string {
  const options = `https://teams.microsoft.com/meetingOptions/?organizerId=${organizerId}&amp;tenantId=${TENANT_ID}&amp;threadId=${threadId.replace(':', '_')}&amp;messageId=0&amp;language=en-GB`;
  return [
    RULE,
    '<div class="me-email-text" style="color:#252424; font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif">',
    `<div style="margin-top:24px; margin-bottom:10px"><a class="me-email-headline" href="${joinUrl}" target="_blank" rel="noreferrer noopener" style="font-size:18px; text-decoration:underline; color:#6264a7">Join Microsoft Teams Meeting</a></div>`,
    `<div style="margin-bottom:24px"><a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">Learn more about Teams</a> | <a class="me-email-link" target="_blank" href="${options}" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">Meeting options</a></div>`,
    '</div>',
    RULE,
  ].join('\r\n');
}

/** Creates the online meeting and its chat; returns the meeting row. */
export function createTeamsMeeting(
  db: Database,
  input: { eventId: string; organizer: UserRow; memberIds: string[]; subject: string; startMs: number; endMs: number; now: number },
): OnlineMeetingRow {
  const threadId = newMeetingThreadId();
  const row: OnlineMeetingRow = {
    id: meetingIdFor(input.organizer.id, threadId),
    event_id: input.eventId,
    organizer_id: input.organizer.id,
    join_url: joinUrlFor(threadId, input.organizer.id),
    chat_id: threadId,
    subject: input.subject,
    start_ms: input.startMs,
    end_ms: input.endMs,
    created_ms: input.now,
  };
  db.prepare(
    `INSERT INTO online_meetings (id, event_id, organizer_id, join_url, chat_id, subject, start_ms, end_ms, created_ms)
     VALUES (@id, @event_id, @organizer_id, @join_url, @chat_id, @subject, @start_ms, @end_ms, @created_ms)`,
  ).run(row);
  db.prepare("INSERT INTO chats (id, topic, chat_type, online_meeting_id, created_ms, modified_ms) VALUES (?, ?, 'meeting', ?, ?, ?)").run(
    threadId,
    input.subject,
    row.id,
    input.now,
    input.now,
  );
  syncChatMembers(db, threadId, input.organizer.id, input.memberIds);
  return row;
}

/** Makes the meeting chat's members exactly the organizer plus `memberIds`. */
export function syncChatMembers(db: Database, chatId: string, organizerId: string, memberIds: string[]): void {
  const wanted = new Set([organizerId, ...memberIds]);
  const current = (db.prepare('SELECT user_id FROM chat_members WHERE chat_id = ?').all(chatId) as { user_id: string }[]).map((r) => r.user_id);
  const remove = db.prepare('DELETE FROM chat_members WHERE chat_id = ? AND user_id = ?');
  for (const id of current) if (!wanted.has(id)) remove.run(chatId, id);
  const add = db.prepare('INSERT OR IGNORE INTO chat_members (chat_id, user_id, roles) VALUES (?, ?, ?)');
  for (const id of wanted) add.run(chatId, id, JSON.stringify(id === organizerId ? ['owner'] : []));
}

/** Keeps the meeting and its chat in step with an edited event. */
export function updateTeamsMeeting(db: Database, eventId: string, change: { subject: string; startMs: number; endMs: number; now: number }): void {
  const meeting = db.prepare('SELECT * FROM online_meetings WHERE event_id = ?').get(eventId) as OnlineMeetingRow | undefined;
  if (!meeting) return;
  db.prepare('UPDATE online_meetings SET subject = ?, start_ms = ?, end_ms = ? WHERE id = ?').run(change.subject, change.startMs, change.endMs, meeting.id);
  db.prepare('UPDATE chats SET topic = ?, modified_ms = ? WHERE id = ?').run(change.subject, change.now, meeting.chat_id);
}

function identity(db: Database, userId: string): { upn: string | null; role: string; identity: { user: { id: string; displayName: string | null; tenantId: string } } } {
  const user = userById(db, userId);
  return { upn: user?.upn ?? null, role: 'attendee', identity: { user: { id: userId, displayName: user?.display_name ?? null, tenantId: TENANT_ID } } };
}

/** Graph's onlineMeeting resource. */
export function onlineMeetingJson(db: Database, row: OnlineMeetingRow): Record<string, unknown> {
  const members = (db.prepare('SELECT user_id FROM chat_members WHERE chat_id = ? ORDER BY rowid').all(row.chat_id) as { user_id: string }[])
    .map((m) => m.user_id)
    .filter((id) => id !== row.organizer_id);
  return {
    id: row.id,
    creationDateTime: isoUtc(row.created_ms),
    startDateTime: isoUtc(row.start_ms),
    endDateTime: isoUtc(row.end_ms),
    joinWebUrl: row.join_url,
    subject: row.subject,
    isBroadcast: false,
    autoAdmittedUsers: 'everyoneInCompany',
    allowedPresenters: 'everyone',
    isEntryExitAnnounced: true,
    allowMeetingChat: 'enabled',
    chatInfo: { threadId: row.chat_id, messageId: '0', replyChainMessageId: null },
    participants: {
      organizer: { ...identity(db, row.organizer_id), role: 'presenter' },
      attendees: members.map((id) => identity(db, id)),
    },
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    joinMeetingIdSettings: null,
    externalId: null,
  };
}
