// The program site's Pilots list (its columns are the app's schema, src/domain/program-schema.ts): one
// item per pilot a program manager starts (a name, its dates, its people and its goal), and one demo
// pilot of the program manager's that began six weeks before this month, so the seeded history's last
// sessions count toward it. PilotKey enforces unique values (a retried create finds the first item).
import type { Database } from 'better-sqlite3';
import { hasList, seededItems } from './program-site-lists';
import type { Person } from './seed-people';
import { offsetMinutes, wallToUtc } from './time-zones';

export const PILOTS_LIST_ID = 'd7f2a3b4-6c5d-4e8f-9a01-2b3c4d5e6f70';
export const DEMO_PILOT_KEY = 'demo-pilot-product-design';
export const DEMO_PILOT_NAME = 'Product & Design pilot';

const DAY = 86_400_000;
const MINUTE = 60_000;

export function seedPilotLists(db: Database, input: { now: number; mentors: Person[]; owner: Person; created: number }): void {
  if (!hasList(db, PILOTS_LIST_ID)) return;
  const zone = input.owner.timeZone;
  // From midnight (owner's zone) six weeks before this month to two weeks ahead: the demo's history of
  // sessions ends before the seed's month (seed.ts), so its last six weeks count toward the pilot.
  const today = Math.floor((input.now + offsetMinutes(zone, input.now) * MINUTE) / DAY) * DAY;
  const day = new Date(input.now);
  const firstOfMonth = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const from = wallToUtc(firstOfMonth - 42 * DAY, zone);
  const to = wallToUtc(today + 14 * DAY, zone);
  const mentors = input.mentors.slice(0, 12).map((m) => m.id);
  const mentorIds = new Set(input.mentors.map((m) => m.id));
  // The demo mentee and her department's people who do not mentor, in id order (deterministic).
  const mentees = (db.prepare("SELECT id, persona FROM users WHERE department = (SELECT department FROM users WHERE persona = 'mentee') ORDER BY (persona = 'mentee') DESC, id").all() as { id: string; persona: string | null }[])
    .filter((u) => !mentorIds.has(u.id) && u.id !== input.owner.id)
    .map((u) => u.id);
  seededItems(db, PILOTS_LIST_ID, 1, input.now);
  const at = from - DAY;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)').run(
    PILOTS_LIST_ID,
    1,
    JSON.stringify({
      Title: DEMO_PILOT_NAME,
      PilotKey: DEMO_PILOT_KEY,
      StartUtc: iso(from),
      EndUtc: iso(to),
      TimeZone: zone,
      People: JSON.stringify([...mentors, ...mentees]),
      GoalSessions: 20,
      GoalMetOrPartly: 70,
      StartedById: input.owner.id,
      Archived: false,
    }),
    input.owner.id,
    input.owner.id,
    at,
    at,
  );
}
