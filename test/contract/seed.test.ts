// Moved from emulator/: the seed needs the app's schema (the program site's lists), which emulator code may not import.
// The demo organisation: deterministic, the size and variety the brief promises, also at 5,000 mentors.
import { PROGRAM_SITE_LISTS } from '../../scripts/program-site-lists';
import { openStore, type Database } from '../../emulator/store';
import { DEMO_SESSION, PERSONAS, historyEnd } from '../../emulator/seed';
import { MENTORS_LIST_ID, PROGRAM_SITE, SESSIONS_LIST_ID, TOPICS } from '../../emulator/seed-program-site';
import { offsetMinutes } from '../../emulator/time-zones';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;

const all = (db: Database, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[];
const one = (db: Database, sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as Record<string, number | string>;

describe('the demo organisation', () => {
  let db: Database;
  beforeAll(() => {
    db = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW });
  });
  afterAll(() => db.close());

  it('is the same on every run with the same options', () => {
    const again = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW });
    try {
      for (const table of ['users', 'events', 'event_attendees', 'lists', 'list_items', 'online_meetings', 'chats', 'chat_members']) {
        expect(all(again, `SELECT * FROM ${table} ORDER BY 1, 2`)).toEqual(all(db, `SELECT * FROM ${table} ORDER BY 1, 2`));
      }
    } finally {
      again.close();
    }
  });

  it('has at least 60 people in at least 6 departments, with managers, titles and seniority', () => {
    expect(one(db, 'SELECT COUNT(*) AS n FROM users').n).toBeGreaterThanOrEqual(60);
    expect(one(db, 'SELECT COUNT(DISTINCT department) AS n FROM users').n).toBeGreaterThanOrEqual(6);
    expect(one(db, 'SELECT COUNT(*) AS n FROM users WHERE job_title IS NULL OR seniority IS NULL').n).toBe(0);
    expect(all(db, 'SELECT DISTINCT seniority FROM users ORDER BY 1').map((r) => r.seniority)).toEqual(['executive', 'junior', 'mid', 'principal', 'senior']);
    expect(one(db, 'SELECT COUNT(*) AS n FROM users WHERE manager_id IS NULL').n).toBe(1);
    expect(one(db, 'SELECT COUNT(*) AS n FROM users u WHERE manager_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users m WHERE m.id = u.manager_id)').n).toBe(0);
  });

  it('keeps the personas as the workbench knows them', () => {
    for (const p of PERSONAS) {
      expect(one(db, 'SELECT id, display_name, upn FROM users WHERE persona = ?', p.role)).toEqual({ id: p.id, display_name: p.displayName, upn: p.upn });
    }
    const mentorIds = all(db, "SELECT json_extract(fields, '$.MentorUserId') AS id FROM list_items WHERE list_id = ?", MENTORS_LIST_ID).map((r) => r.id);
    expect(mentorIds).toContain(PERSONAS[1].id);
    expect(mentorIds).not.toContain(PERSONAS[0].id);
  });

  it('spreads people over at least 4 zones, Kolkata and daylight-saving zones among them', () => {
    const zones = all(db, 'SELECT DISTINCT time_zone FROM users').map((r) => r.time_zone);
    expect(zones.length).toBeGreaterThanOrEqual(4);
    expect(zones).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Australia/Sydney']));
  });

  it('has at least 24 mentors with well-formed list items', () => {
    const items = all(db, 'SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id', MENTORS_LIST_ID).map((r) => JSON.parse(r.fields as string) as Record<string, unknown>);
    expect(items.length).toBeGreaterThanOrEqual(24);
    for (const f of items) {
      expect((f.Topics as string[]).every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true);
      expect(f.CapacityPerWeek).toBeGreaterThanOrEqual(1);
      expect(f.CapacityPerWeek).toBeLessThanOrEqual(3);
      expect(f.CapacityPerMonth).toBeGreaterThanOrEqual(Math.max(2, f.CapacityPerWeek as number));
      expect(f.CapacityPerMonth).toBeLessThanOrEqual(8);
      expect((f.SessionLengths as string[]).length).toBeGreaterThan(0);
      expect(typeof f.Bio).toBe('string');
    }
    expect(items.filter((f) => f.Active).length).toBeGreaterThan(items.length / 2);
    expect(one(db, 'SELECT next_item_id FROM lists WHERE id = ?', MENTORS_LIST_ID).next_item_id).toBe(items.length + 1);
    expect(one(db, 'SELECT site_id FROM lists WHERE id = ?', SESSIONS_LIST_ID).site_id).toBe(PROGRAM_SITE.id);
    expect(one(db, 'SELECT COUNT(*) AS n FROM sites WHERE is_root = 1').n).toBe(1);
  });

  it("seeds the program's past: sessions before this month, without the personas, some with consented stories", () => {
    const sessions = all(db, 'SELECT fields FROM list_items WHERE list_id = ?', SESSIONS_LIST_ID).map((r) => JSON.parse(r.fields as string) as Record<string, unknown>);
    expect(sessions).toHaveLength(300);
    const personas = new Set<string>(PERSONAS.map((p) => p.id));
    for (const f of sessions) {
      expect(Date.parse(f.StartUtc as string)).toBeLessThan(historyEnd(NOW));
      expect(personas.has(f.MenteeId as string) || personas.has(f.MentorId as string)).toBe(false);
      expect(['completed', 'cancelled']).toContain(f.Status);
    }
    const consented = sessions.filter((f) => f.ShareStory === true);
    expect(consented.length).toBeGreaterThanOrEqual(5);
    expect(consented.every((f) => f.Result === 'met' && (JSON.parse(f.AgreedActions as string) as unknown[]).length > 0)).toBe(true);
  });

  it('fills calendars with recurring, tentative, out-of-office and private items', () => {
    expect(one(db, "SELECT COUNT(DISTINCT series_master_id) AS n FROM events WHERE event_type = 'occurrence'").n).toBeGreaterThan(10);
    for (const showAs of ['busy', 'tentative', 'oof']) expect(one(db, 'SELECT COUNT(*) AS n FROM events WHERE show_as = ?', showAs).n).toBeGreaterThan(0);
    expect(one(db, "SELECT COUNT(*) AS n FROM events WHERE sensitivity = 'private'").n).toBeGreaterThan(0);
    expect(one(db, 'SELECT MIN(start_ms) AS lo, MAX(end_ms) AS hi FROM events')).toMatchObject({ lo: expect.any(Number), hi: expect.any(Number) });
    const { lo, hi } = one(db, 'SELECT MIN(start_ms) AS lo, MAX(end_ms) AS hi FROM events') as { lo: number; hi: number };
    expect(lo).toBeGreaterThan(NOW - DAY);
    expect(hi).toBeLessThan(NOW + 30 * DAY);
  });

  it("places timed meetings in their organiser's working hours, in their own zone", () => {
    const rows = all(db, 'SELECT e.start_ms, e.end_ms, u.time_zone, u.work_start, u.work_end FROM events e JOIN users u ON u.id = e.organizer_id WHERE e.is_all_day = 0') as {
      start_ms: number;
      end_ms: number;
      time_zone: string;
      work_start: string;
      work_end: string;
    }[];
    const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    for (const r of rows) {
      const local = (((r.start_ms / 60_000 + offsetMinutes(r.time_zone, r.start_ms)) % 1440) + 1440) % 1440;
      expect(local).toBeGreaterThanOrEqual(minute(r.work_start));
      expect(local + (r.end_ms - r.start_ms) / 60_000).toBeLessThanOrEqual(minute(r.work_end));
    }
  });

  it('is 30–60 % busy in working hours on average', () => {
    const people = all(db, 'SELECT id, work_start, work_end, work_days FROM users') as { id: string; work_start: string; work_end: string; work_days: string }[];
    const hours = people.reduce((sum, p) => sum + ((Number(p.work_end.slice(0, 2)) * 60 + Number(p.work_end.slice(3, 5)) - Number(p.work_start.slice(0, 2)) * 60 - Number(p.work_start.slice(3, 5))) / 60) * (JSON.parse(p.work_days) as string[]).length * 4, 0);
    const busy = (one(db, "SELECT SUM(end_ms - start_ms) AS ms FROM events WHERE is_all_day = 0 AND show_as IN ('busy', 'tentative', 'oof')").ms as number) / 3_600_000;
    expect(busy / hours).toBeGreaterThan(0.3);
    expect(busy / hours).toBeLessThan(0.7);
  });

  it('books the demo session: event, attendee, Teams meeting and meeting chat', () => {
    const event = one(db, 'SELECT * FROM events WHERE join_url = ?', DEMO_SESSION.joinUrl);
    expect(event).toMatchObject({ organizer_id: PERSONAS[0].id, is_online_meeting: 1, online_meeting_provider: 'teamsForBusiness', chat_id: DEMO_SESSION.chatId });
    expect(event.start_ms).toBeGreaterThan(NOW);
    expect(all(db, 'SELECT user_id FROM event_attendees WHERE event_id = ?', event.id)).toEqual([{ user_id: PERSONAS[1].id }]);
    expect(one(db, 'SELECT event_id, chat_id FROM online_meetings WHERE join_url = ?', DEMO_SESSION.joinUrl)).toEqual({ event_id: event.id, chat_id: DEMO_SESSION.chatId });
    expect(one(db, 'SELECT chat_type, topic FROM chats WHERE id = ?', DEMO_SESSION.chatId)).toEqual({ chat_type: 'meeting', topic: event.subject });
    expect(all(db, 'SELECT user_id FROM chat_members WHERE chat_id = ? ORDER BY user_id', DEMO_SESSION.chatId).map((r) => r.user_id)).toEqual([PERSONAS[0].id, PERSONAS[1].id].sort());
  });
});

describe('a large programme (--mentors 5000)', () => {
  // How fast is `npm run bench` (emulator.seed.5000-mentors), never a test: a busy machine is slow.
  it('seeds 5,000 mentors, with mentees and calendars', () => {
    const db = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW, mentors: 5000 });
    try {
      expect(one(db, 'SELECT COUNT(*) AS n FROM list_items WHERE list_id = ?', MENTORS_LIST_ID).n).toBe(5000);
      expect(one(db, 'SELECT COUNT(*) AS n FROM users').n).toBeGreaterThan(5000);
      expect(one(db, 'SELECT COUNT(DISTINCT upn) AS n FROM users').n).toBe(one(db, 'SELECT COUNT(*) AS n FROM users').n);
      expect(one(db, 'SELECT COUNT(DISTINCT organizer_id) AS n FROM events').n).toBeGreaterThan(5000);
    } finally {
      db.close();
    }
  }, 120_000);

  it('seeds exactly the mentors asked for in a small programme', () => {
    const db = openStore({ dbPath: ':memory:', programSite: PROGRAM_SITE_LISTS, now: NOW, mentors: 3 });
    try {
      expect(one(db, 'SELECT COUNT(*) AS n FROM list_items WHERE list_id = ?', MENTORS_LIST_ID).n).toBe(3);
      expect(one(db, 'SELECT COUNT(*) AS n FROM users').n).toBeGreaterThanOrEqual(60);
    } finally {
      db.close();
    }
  });
});
