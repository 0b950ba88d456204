// The demo meeting the workbench opens in the meeting surfaces: Priya's booked session with Daniel,
// starting at the next quarter hour after the seed, so `npm start` shows a live session at once
// (an event in both calendars with its Teams meeting and meeting chat, and the Sessions record
// holding them, `scheduled`). Beside it, a Teams meeting Daniel set up himself that holds no session,
// and a session of his that has no meeting yet: what the side panel's attach flow needs.
import type { Database } from 'better-sqlite3';
import type { Prng } from './prng';
import { CalendarSeeder } from './seed-calendars';
import type { Person } from './seed-people';
import { SESSIONS_LIST_ID } from './seed-program-site';
import { joinBlockHtml, joinUrlFor, syncChatMembers } from './teams-meeting';

const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;

/** Priya and Daniel's session: its meeting chat thread and what the mentee asked. */
export const DEMO_MEETING = {
  chatId: '19:meeting_TWljcm9tZW50b3ItZGVtby1zZXNzaW9u@thread.v2',
  subject: 'Micro-mentoring: presentation coaching',
  sessionKey: 'demo-session-priya-daniel',
  topic: 'presentation coaching',
  goal: 'Could you help me tighten the opening of my quarterly results talk so it lands in two minutes?',
  context: 'I present the quarterly results to the leadership team next week. My first run-through took five minutes before I reached the numbers.',
  success: 'An opening I can deliver in two minutes, and the one slide I should cut.',
  timeBoxMinutes: 45,
} as const;

/** A Teams meeting Daniel organised himself, with no Micromentor session (the attach flow). */
export const ATTACH_MEETING = {
  chatId: '19:meeting_TWljcm9tZW50b3ItYXR0YWNoLWRlbW8x@thread.v2',
  subject: 'Catch-up: career pivot',
  /** Daniel's session with the same colleague that has no meeting yet: what the panel offers to attach. */
  sessionKey: 'demo-session-to-attach',
  topic: 'career pivot',
  goal: 'Could you tell me which skills carried over when you moved from engineering to product?',
  success: 'Two skills to build first, and one person to talk to next.',
  timeBoxMinutes: 30,
} as const;

/** When the demo session starts: the next quarter hour strictly after the seed's "now". */
export function demoMeetingStart(now: number): number {
  return Math.floor(now / QUARTER_HOUR) * QUARTER_HOUR + QUARTER_HOUR;
}

/**
 * Teams' meeting id, as `app.getContext().meeting.id` gives it in a meeting's frames: base64 of
 * `0#{chat thread id}#0`. It is not Graph's onlineMeeting id; the app only passes it through.
 */
export function teamsMeetingIdOf(chatId: string): string {
  return Buffer.from(`0#${chatId}#0`).toString('base64');
}

/** Graph's onlineMeeting id: base64 of `1*{organizer}*0**{thread}` (URL-safe, as the emulator's own meetings). */
function onlineMeetingIdOf(organizerId: string, chatId: string): string {
  return Buffer.from(`1*${organizerId}*0**${chatId}`).toString('base64url');
}

export interface DemoMeetingInput {
  now: number;
  mentee: Person;
  mentor: Person;
  /** Someone who is neither persona nor mentor: the other person in Daniel's meeting without a session. */
  colleague: Person;
}

/** What was seeded, for tests and the workbench. */
export interface SeededDemoMeetings {
  session: { eventId: string; joinUrl: string; chatId: string; onlineMeetingId: string; teamsMeetingId: string; start: number; end: number; itemId: number };
  attach: { eventId: string; joinUrl: string; chatId: string; onlineMeetingId: string; teamsMeetingId: string; start: number; end: number; draftItemId: number };
}

interface MeetingSpec {
  organizer: Person;
  attendee: Person;
  chatId: string;
  subject: string;
  start: number;
  end: number;
  bodyHtml: string;
}

/** Seeds both meetings and both Sessions records; `rng` is this seed's own stream (event ids, uids, change keys). */
export function seedDemoMeeting(db: Database, rng: Prng, input: DemoMeetingInput): SeededDemoMeetings {
  const calendars = new CalendarSeeder(db, rng, input.now);
  const start = demoMeetingStart(input.now);
  const end = start + DEMO_MEETING.timeBoxMinutes * 60_000;
  const session = addTeamsMeeting(db, calendars, input.now, {
    organizer: input.mentee,
    attendee: input.mentor,
    chatId: DEMO_MEETING.chatId,
    subject: DEMO_MEETING.subject,
    start,
    end,
    bodyHtml: `<p>${DEMO_MEETING.goal}</p><p>What success looks like: ${DEMO_MEETING.success}</p>`,
  });
  const itemId = addSession(db, input.now, input.mentee.id, {
    SessionKey: DEMO_MEETING.sessionKey,
    MenteeId: input.mentee.id,
    MentorId: input.mentor.id,
    Topic: DEMO_MEETING.topic,
    Goal: DEMO_MEETING.goal,
    Context: DEMO_MEETING.context,
    Success: DEMO_MEETING.success,
    TimeBoxMinutes: DEMO_MEETING.timeBoxMinutes,
    StartUtc: sharePointInstant(start),
    EndUtc: sharePointInstant(end),
    EventId: session.eventId,
    JoinUrl: session.joinUrl,
    ChatId: DEMO_MEETING.chatId,
    MeetingId: session.teamsMeetingId,
    Status: 'scheduled',
  });

  // Tomorrow at the same time, organised by Daniel: a plain Teams meeting, no session holds it.
  const attachStart = start + DAY;
  const attachEnd = attachStart + ATTACH_MEETING.timeBoxMinutes * 60_000;
  const attach = addTeamsMeeting(db, calendars, input.now, {
    organizer: input.mentor,
    attendee: input.colleague,
    chatId: ATTACH_MEETING.chatId,
    subject: ATTACH_MEETING.subject,
    start: attachStart,
    end: attachEnd,
    bodyHtml: '<p>A quick catch-up.</p>',
  });
  const draftItemId = addSession(db, input.now, input.colleague.id, {
    SessionKey: ATTACH_MEETING.sessionKey,
    MenteeId: input.colleague.id,
    MentorId: input.mentor.id,
    Topic: ATTACH_MEETING.topic,
    Goal: ATTACH_MEETING.goal,
    Context: '',
    Success: ATTACH_MEETING.success,
    TimeBoxMinutes: ATTACH_MEETING.timeBoxMinutes,
    StartUtc: sharePointInstant(attachStart),
    EndUtc: sharePointInstant(attachEnd),
    Status: 'draft',
  });
  return { session: { ...session, start, end, itemId }, attach: { ...attach, start: attachStart, end: attachEnd, draftItemId } };
}

/** An event in both calendars with its Teams meeting and meeting chat (members: both people), as Outlook makes one. */
function addTeamsMeeting(db: Database, calendars: CalendarSeeder, now: number, spec: MeetingSpec) {
  const joinUrl = joinUrlFor(spec.chatId, spec.organizer.id);
  const eventId = calendars.add({
    organizer: spec.organizer,
    subject: spec.subject,
    location: 'Microsoft Teams Meeting',
    startMs: spec.start,
    endMs: spec.end,
    attendees: [spec.attendee],
    online: { joinUrl, chatId: spec.chatId },
    bodyHtml: `${spec.bodyHtml}\r\n${joinBlockHtml(joinUrl, spec.chatId, spec.organizer.id)}`,
  });
  const onlineMeetingId = onlineMeetingIdOf(spec.organizer.id, spec.chatId);
  const created = now - DAY;
  db.prepare('INSERT INTO online_meetings (id, event_id, organizer_id, join_url, chat_id, subject, start_ms, end_ms, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    onlineMeetingId,
    eventId,
    spec.organizer.id,
    joinUrl,
    spec.chatId,
    spec.subject,
    spec.start,
    spec.end,
    created,
  );
  db.prepare("INSERT INTO chats (id, topic, chat_type, online_meeting_id, created_ms, modified_ms) VALUES (?, ?, 'meeting', ?, ?, ?)").run(spec.chatId, spec.subject, onlineMeetingId, created, created);
  syncChatMembers(db, spec.chatId, spec.organizer.id, [spec.attendee.id]);
  return { eventId, joinUrl, chatId: spec.chatId, onlineMeetingId, teamsMeetingId: teamsMeetingIdOf(spec.chatId) };
}

/** SharePoint gives dateTime columns back to the second, in UTC. */
function sharePointInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One item in the Sessions list, with the columns the app writes for a fresh record. Only columns
 * the list has are written (MeetingId once the list has that column).
 */
function addSession(db: Database, now: number, createdBy: string, fields: Record<string, string | number>): number {
  const list = db.prepare('SELECT columns, next_item_id FROM lists WHERE id = ?').get(SESSIONS_LIST_ID) as { columns: string; next_item_id: number } | undefined;
  // An empty program site has no Sessions list yet: the meeting is there, its record is not.
  if (!list) return 0;
  const columns = new Set(['Title', ...(JSON.parse(list.columns) as { name: string }[]).map((c) => c.name)]);
  const all: Record<string, string | number | boolean | null> = {
    Title: String(fields.Goal).slice(0, 255),
    Format: 'one-time',
    Checklists: JSON.stringify({ items: {} }),
    AgreedActions: '[]',
    ThankYouSent: false,
    ShareStory: false,
    Progress: JSON.stringify({ checklistMessageId: null, chatPosts: {} }),
    ...fields,
  };
  const stored = Object.fromEntries(Object.entries(all).filter(([name]) => columns.has(name)));
  const id = list.next_item_id;
  const created = now - DAY;
  db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)').run(
    SESSIONS_LIST_ID,
    id,
    JSON.stringify(stored),
    createdBy,
    createdBy,
    created,
    created,
  );
  db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(id + 1, SESSIONS_LIST_ID);
  return id;
}

/** The demo session's meeting when this store has it (seeded with `demoMeeting`), for the workbench's default. */
export function seededDemoMeeting(db: Database): { chatId: string; joinUrl: string } | undefined {
  const row = db.prepare('SELECT chat_id, join_url FROM online_meetings WHERE chat_id = ?').get(DEMO_MEETING.chatId) as { chat_id: string; join_url: string } | undefined;
  return row && { chatId: row.chat_id, joinUrl: row.join_url };
}
