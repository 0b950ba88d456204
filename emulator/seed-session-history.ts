// A program's past: finished, cancelled and upcoming sessions in the Sessions list, written straight
// into the store (a program of 10,000 sessions seeds in well under a second, where 10,000 POSTs
// would take minutes). Columns as the app writes them (src/graph/session-fields.ts; emulator/ shares
// no code with src/). Deterministic for a seed; used by the dashboard's tests and benchmarks.
import type { Database } from 'better-sqlite3';
import { Prng } from './prng';
import { MENTORS_LIST_ID, SESSIONS_LIST_ID } from './seed-program-site';

const DAY = 86_400_000;
const RESULTS = ['met', 'met', 'partly', 'not-yet'] as const;

export interface HistoryOptions {
  /** How many sessions to add. */
  count: number;
  /** The seed's "today": sessions spread over the year before it, a few in the fortnight after. */
  now: number;
  seed?: number;
}

interface MentorRow {
  id: string;
  topics: string[];
}

/** Adds `count` sessions between the program's mentors and its other people; returns how many were written. */
export function seedSessionHistory(db: Database, options: HistoryOptions): number {
  const rng = new Prng(options.seed ?? 0x5e55);
  const mentors = (db.prepare('SELECT fields FROM list_items WHERE list_id = ?').all(MENTORS_LIST_ID) as { fields: string }[])
    .map((r) => JSON.parse(r.fields) as { MentorUserId?: string; Topics?: string[] })
    .filter((f): f is { MentorUserId: string; Topics: string[] } => typeof f.MentorUserId === 'string' && Array.isArray(f.Topics) && f.Topics.length > 0)
    .map((f): MentorRow => ({ id: f.MentorUserId, topics: f.Topics }));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const mentees = (db.prepare('SELECT id FROM users ORDER BY id').all() as { id: string }[]).map((r) => r.id).filter((id) => !mentorIds.has(id));
  if (mentors.length === 0 || mentees.length === 0 || options.count <= 0) return 0;

  const list = db.prepare('SELECT next_item_id FROM lists WHERE id = ?').get(SESSIONS_LIST_ID) as { next_item_id: number };
  const insert = db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)');
  const write = db.transaction(() => {
    for (let i = 0; i < options.count; i++) {
      const mentor = rng.pick(mentors);
      const menteeId = rng.pick(mentees);
      const length = rng.pick([30, 45, 60] as const);
      // Mostly the past year, on the hour in working time; one in twenty in the next fortnight.
      const upcoming = rng.chance(0.05);
      const day = upcoming ? rng.int(1, 14) : -rng.int(1, 365);
      const start = Math.floor((options.now + day * DAY) / DAY) * DAY + rng.int(8, 16) * 3_600_000;
      const requested = start - rng.int(1, 21) * DAY + rng.int(0, 8) * 3_600_000;
      const cancelled = rng.chance(0.08);
      const status = cancelled ? 'cancelled' : upcoming ? 'scheduled' : 'completed';
      const result = status === 'completed' && rng.chance(0.8) ? rng.pick(RESULTS) : null;
      const fields = {
        Title: `Session ${i + 1}`,
        SessionKey: `history-${(options.seed ?? 0x5e55).toString(36)}-${i + 1}`,
        MenteeId: menteeId,
        MentorId: mentor.id,
        Topic: rng.pick(mentor.topics),
        Goal: 'A past session of the demo program',
        Context: '',
        Success: 'What the mentee said success would be',
        Format: 'one-time',
        TimeBoxMinutes: length,
        StartUtc: new Date(start).toISOString(),
        EndUtc: new Date(start + length * 60_000).toISOString(),
        Status: status,
        Result: result,
        Checklists: '{"items":{}}',
        AgreedActions: '[]',
        ThankYouSent: result !== null && rng.chance(0.6),
        ShareStory: result === 'met' && rng.chance(0.3),
      };
      insert.run(SESSIONS_LIST_ID, list.next_item_id + i, JSON.stringify(fields), menteeId, menteeId, requested, requested);
    }
    db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(list.next_item_id + options.count, SESSIONS_LIST_ID);
  });
  write();
  return options.count;
}

