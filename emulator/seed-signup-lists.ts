// The items of the program site's lists for Ask-an-Expert sign-up sheets ("Office hours"):
// SignupSheets (one item per sheet) and SignupClaims (one item per claim or place on a waitlist);
// their columns are the app's schema. One open sheet of the demo mentor over the next working days,
// in time his calendar has free.
//
// One claim per slot is the store's to guarantee: ClaimKey enforces unique values and holds the
// slot's key (sheet item id + slot start) while a claim holds the slot; MenteeKey (sheet + mentee)
// keeps one live claim per sheet and mentee. Rows that hold no slot carry a value of their own in
// both, never an empty one, so the design does not depend on how SharePoint treats blanks there.
import type { Database } from 'better-sqlite3';
import { hasList, seededItems } from './program-site-lists';
import type { Prng } from './prng';
import type { Person } from './seed-people';
import { offsetMinutes, wallToUtc } from './time-zones';

export const SIGNUP_SHEETS_LIST_ID = '7b3f4e5d-9c8a-4fa1-9d2e-3a4b5c6d7e8f';
export const SIGNUP_CLAIMS_LIST_ID = '8c4a5f6e-ad9b-4ab2-8e3f-4b5c6d7e8f90';

const DAY = 86_400_000;
const MINUTE = 60_000;
const SLOT_MINUTES = 15;
const SLOTS_PER_DAY = 4;
const SHEET_DAYS = 2;

/** Lists and the demo sheet. The random stream is taken for symmetry with the other seeds; the sheet uses none of it. */
export function seedSignupLists(db: Database, _rng: Prng, input: { now: number; mentor: Person | undefined; created: number }): void {
  const mentor = input.mentor;
  if (!hasList(db, SIGNUP_SHEETS_LIST_ID)) return;
  const slots = mentor ? demoSlots(db, mentor, input.now) : [];
  if (!mentor || slots.length === 0) return;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const fields = {
    Title: `Office hours: public speaking with ${mentor.displayName}`,
    SheetKey: 'demo-office-hours',
    MentorId: mentor.id,
    MentorName: mentor.displayName,
    MentorEmail: mentor.upn,
    Topic: 'public speaking',
    Note: 'Bring one question about a talk you are preparing.',
    Slots: JSON.stringify(slots.map((s) => ({ start: iso(s), end: iso(s + SLOT_MINUTES * MINUTE) }))),
    FirstStartUtc: iso(slots[0]!),
    LastEndUtc: iso(slots[slots.length - 1]! + SLOT_MINUTES * MINUTE),
    Status: 'open',
    PostedBy: mentor.id,
  };
  db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, 1, ?, 1, ?, ?, ?, ?)').run(
    SIGNUP_SHEETS_LIST_ID, JSON.stringify(fields), mentor.id, mentor.id, input.now - DAY, input.now - DAY,
  );
  seededItems(db, SIGNUP_SHEETS_LIST_ID, 1, input.now);
}

/**
 * Four 15-minute slots on each of the mentor's next two working days after tomorrow, from the
 * first free hour of his working day (his calendar as seeded, read from the store).
 */
function demoSlots(db: Database, mentor: Person, now: number): number[] {
  const busy = db
    .prepare(
      `SELECT e.start_ms AS start, e.end_ms AS end FROM events e
       WHERE e.show_as <> 'free' AND (e.organizer_id = ? OR e.id IN (SELECT event_id FROM event_attendees WHERE user_id = ?))`,
    )
    .all(mentor.id, mentor.id) as { start: number; end: number }[];
  const isFree = (start: number, end: number) => !busy.some((b) => b.start < end && b.end > start);
  const [startH, startM] = mentor.workStart.split(':').map(Number);
  const [endH, endM] = mentor.workEnd.split(':').map(Number);
  const dayStart = startH! * 60 + startM!;
  const dayEnd = endH! * 60 + endM!;
  const today = Math.floor((now + offsetMinutes(mentor.timeZone, now) * MINUTE) / DAY) * DAY;
  const out: number[] = [];
  let days = 0;
  for (let d = 2; d < 14 && days < SHEET_DAYS; d++) {
    const wall = today + d * DAY;
    const dayName = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][new Date(wall).getUTCDay()]!;
    if (!mentor.workDays.includes(dayName)) continue;
    for (let m = dayStart; m + SLOTS_PER_DAY * SLOT_MINUTES <= dayEnd; m += SLOT_MINUTES) {
      const first = wallToUtc(wall + m * MINUTE, mentor.timeZone);
      const run = Array.from({ length: SLOTS_PER_DAY }, (_, i) => first + i * SLOT_MINUTES * MINUTE);
      if (run.every((s) => isFree(s, s + SLOT_MINUTES * MINUTE))) {
        out.push(...run);
        days++;
        break;
      }
    }
  }
  return out;
}
