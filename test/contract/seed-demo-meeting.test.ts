// The live demo meeting: a booked session from the next quarter hour, in both calendars, with its
// Teams meeting, chat and Sessions record; and a meeting of Daniel's that holds no session.
import { PROGRAM_SITE_LISTS } from '../../scripts/program-site-lists';
import { ATTACH_MEETING, DEMO_MEETING, demoMeetingStart, seededDemoMeeting, teamsMeetingIdOf } from '../../emulator/seed-demo-meeting';
import { PERSONAS } from '../../emulator/seed';
import { SESSIONS_LIST_ID } from '../../emulator/seed-program-site';
import { openStore, type Database } from '../../emulator/store';

const NOW = Date.UTC(2026, 10, 23, 8, 7);
const [MENTEE, MENTOR] = PERSONAS;

const all = (db: Database, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[];
const one = (db: Database, sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as Record<string, unknown>;

function sessionItems(db: Database): Record<string, unknown>[] {
  return all(db, 'SELECT fields FROM list_items WHERE list_id = ? ORDER BY id', SESSIONS_LIST_ID).map((r) => JSON.parse(r.fields as string) as Record<string, unknown>);
}

describe('the demo meeting', () => {
  let db: Database;
  beforeAll(() => {
    db = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW, demoMeeting: true });
  });
  afterAll(() => db.close());

  it('starts at the next quarter hour after the seed', () => {
    expect(demoMeetingStart(NOW)).toBe(Date.UTC(2026, 10, 23, 8, 15));
    expect(demoMeetingStart(Date.UTC(2026, 10, 23, 8, 15))).toBe(Date.UTC(2026, 10, 23, 8, 30));
  });

  it("is in both people's calendars as a Teams meeting, with its online meeting and a chat of both", () => {
    const event = one(db, 'SELECT * FROM events WHERE chat_id = ?', DEMO_MEETING.chatId);
    expect(event).toMatchObject({ organizer_id: MENTEE.id, is_online_meeting: 1, online_meeting_provider: 'teamsForBusiness', subject: DEMO_MEETING.subject });
    expect(event.start_ms).toBe(Date.UTC(2026, 10, 23, 8, 15));
    expect(event.end_ms).toBe(Date.UTC(2026, 10, 23, 9, 0));
    expect(event.body_content).toContain(String(event.join_url));
    expect(all(db, 'SELECT user_id FROM event_attendees WHERE event_id = ?', event.id)).toEqual([{ user_id: MENTOR.id }]);
    expect(one(db, 'SELECT event_id, join_url FROM online_meetings WHERE chat_id = ?', DEMO_MEETING.chatId)).toEqual({ event_id: event.id, join_url: event.join_url });
    expect(one(db, 'SELECT chat_type FROM chats WHERE id = ?', DEMO_MEETING.chatId)).toEqual({ chat_type: 'meeting' });
    expect(all(db, 'SELECT user_id FROM chat_members WHERE chat_id = ? ORDER BY user_id', DEMO_MEETING.chatId).map((r) => r.user_id)).toEqual([MENTEE.id, MENTOR.id].sort());
    expect(seededDemoMeeting(db)).toEqual({ chatId: DEMO_MEETING.chatId, joinUrl: event.join_url });
  });

  it('has a scheduled session record naming the event, join URL and chat', () => {
    const event = one(db, 'SELECT id, join_url FROM events WHERE chat_id = ?', DEMO_MEETING.chatId);
    const session = sessionItems(db).find((f) => f.SessionKey === DEMO_MEETING.sessionKey)!;
    expect(session).toMatchObject({
      Status: 'scheduled',
      MenteeId: MENTEE.id,
      MentorId: MENTOR.id,
      Topic: DEMO_MEETING.topic,
      Goal: DEMO_MEETING.goal,
      Context: DEMO_MEETING.context,
      Success: DEMO_MEETING.success,
      Format: 'one-time',
      TimeBoxMinutes: 45,
      StartUtc: '2026-11-23T08:15:00Z',
      EndUtc: '2026-11-23T09:00:00Z',
      EventId: event.id,
      JoinUrl: event.join_url,
      ChatId: DEMO_MEETING.chatId,
    });
    expect(JSON.parse(String(session.Checklists))).toEqual({ items: {} });
    expect(JSON.parse(String(session.AgreedActions))).toEqual([]);
    // The list numbers its next item after the seeded ones.
    expect(one(db, 'SELECT next_item_id FROM lists WHERE id = ?', SESSIONS_LIST_ID).next_item_id).toBe(sessionItems(db).length + 1);
  });

  it("gives Teams' meeting id: base64 of 0#thread#0", () => {
    expect(Buffer.from(teamsMeetingIdOf(DEMO_MEETING.chatId), 'base64').toString()).toBe(`0#${DEMO_MEETING.chatId}#0`);
  });

  it('has a Teams meeting of the mentor that no session holds, and a session of his with no meeting to attach', () => {
    const event = one(db, 'SELECT * FROM events WHERE chat_id = ?', ATTACH_MEETING.chatId);
    expect(event).toMatchObject({ organizer_id: MENTOR.id, is_online_meeting: 1 });
    expect(sessionItems(db).filter((f) => f.ChatId === ATTACH_MEETING.chatId)).toEqual([]);
    const draft = sessionItems(db).find((f) => f.SessionKey === ATTACH_MEETING.sessionKey)!;
    expect(draft).toMatchObject({ MentorId: MENTOR.id, Status: 'draft' });
    expect(draft.ChatId).toBeUndefined();
    expect(all(db, 'SELECT user_id FROM chat_members WHERE chat_id = ?', ATTACH_MEETING.chatId).map((r) => r.user_id)).toContain(draft.MenteeId);
  });

  it('is the same on every run, and leaves the rest of the organisation as it was', () => {
    const again = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW, demoMeeting: true });
    const without = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW });
    try {
      for (const table of ['events', 'event_attendees', 'list_items', 'online_meetings', 'chats', 'chat_members']) {
        expect(all(again, `SELECT * FROM ${table} ORDER BY 1, 2`)).toEqual(all(db, `SELECT * FROM ${table} ORDER BY 1, 2`));
      }
      const demoChats = [DEMO_MEETING.chatId, ATTACH_MEETING.chatId];
      const others = (d: Database) => all(d, 'SELECT * FROM events WHERE chat_id IS NULL OR chat_id NOT IN (?, ?) ORDER BY 1', ...demoChats);
      expect(others(db)).toEqual(others(without));
      // The program's history is the same with or without the demo meeting; the meeting's records come after it.
      const sessions = (d: Database) => all(d, 'SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id', SESSIONS_LIST_ID);
      expect(sessions(db).slice(0, sessions(without).length)).toEqual(sessions(without));
      expect(sessions(db).length).toBeGreaterThan(sessions(without).length);
    } finally {
      again.close();
      without.close();
    }
  });
});
