// The items of the program site's lists for flash-mentoring events (their columns are the app's
// schema): FlashEvents (one item per event, with its plan
// and the publishing progress) and FlashParticipants (one item per person invited to an event), and
// one upcoming demo event of the program manager with 4 mentors and 12 mentees, most registered.
//
// EventKey and ParticipantKey enforce unique values, so a retried create finds the first item;
// EventKey, UserId and OrganizerId are indexed because the app filters on them.
import type { Database } from 'better-sqlite3';
import type { Prng } from './prng';
import type { Person } from './seed-people';
import { hasList, seededItems } from './program-site-lists';
import { TOPICS } from './seed-program-site';
import { offsetMinutes, wallToUtc } from './time-zones';

export const FLASH_EVENTS_LIST_ID = '9d5b6a7f-be0c-4bc3-9f4a-5c6d7e8f9a01';
export const FLASH_PARTICIPANTS_LIST_ID = 'ae6c7b8a-cf1d-4cd4-8a5b-6d7e8f9a0b12';

const DAY = 86_400_000;
const MINUTE = 60_000;
export const DEMO_FLASH_EVENT_KEY = 'demo-flash-onboarding';

interface UserRow {
  id: string;
  display_name: string;
  upn: string;
  time_zone: string;
}

export function seedFlashLists(db: Database, rng: Prng, input: { now: number; mentors: Person[]; owner: Person; created: number }): void {
  // Read here, not at load: seed-program-site imports this module.
  const DEMO_TOPICS = TOPICS.slice(0, 6);
  if (!hasList(db, FLASH_EVENTS_LIST_ID)) return;
  const mentors = input.mentors.slice(0, 4);
  const mentorIds = new Set(input.mentors.map((m) => m.id));
  // Mentees: the demo mentee, then people who are not mentors, in id order (deterministic).
  const others = (db.prepare('SELECT id, display_name, upn, time_zone, persona FROM users ORDER BY (persona = \'mentee\') DESC, id').all() as (UserRow & { persona: string | null })[])
    .filter((u) => !mentorIds.has(u.id) && u.id !== input.owner.id && u.persona !== 'manager')
    .slice(0, 12);
  const people = mentors.length + others.length;
  seededItems(db, FLASH_EVENTS_LIST_ID, 1, input.now);
  seededItems(db, FLASH_PARTICIPANTS_LIST_ID, people, input.now);

  // A week ahead at 14:00 in the organiser's zone, registration closing the day before at 17:00.
  const zone = input.owner.timeZone;
  const today = Math.floor((input.now + offsetMinutes(zone, input.now) * MINUTE) / DAY) * DAY;
  const start = wallToUtc(today + 7 * DAY + 14 * 60 * MINUTE, zone);
  const closes = wallToUtc(today + 6 * DAY + 17 * 60 * MINUTE, zone);
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const item = db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)');
  const at = input.now - 2 * DAY;
  item.run(FLASH_EVENTS_LIST_ID, 1, JSON.stringify({
    Title: 'New joiners: flash mentoring',
    EventKey: DEMO_FLASH_EVENT_KEY,
    OrganizerId: input.owner.id,
    Status: 'open',
    StartUtc: iso(start),
    TimeZone: zone,
    RoundMinutes: 10,
    Rounds: 3,
    BreakMinutes: 5,
    Topics: JSON.stringify(DEMO_TOPICS),
    RegistrationClosesUtc: iso(closes),
    Plan: '',
    Meetings: '',
  }), input.owner.id, input.owner.id, at, at);
  let id = 1;
  const participant = (user: UserRow, role: 'mentor' | 'mentee', status: string, topics: string[]) =>
    item.run(FLASH_PARTICIPANTS_LIST_ID, id++, JSON.stringify({
      Title: user.display_name,
      ParticipantKey: `${DEMO_FLASH_EVENT_KEY}:${user.id}`,
      EventKey: DEMO_FLASH_EVENT_KEY,
      UserId: user.id,
      Email: user.upn,
      Role: role,
      Status: status,
      Topics: JSON.stringify(topics),
      TimeZone: user.time_zone,
    }), input.owner.id, input.owner.id, at, at);
  for (const m of mentors) {
    participant({ id: m.id, display_name: m.displayName, upn: m.upn, time_zone: m.timeZone }, 'mentor', 'registered', rng.sample(DEMO_TOPICS, 3));
  }
  // The demo mentee is invited and registers in the tab; the others have registered already.
  for (const u of others) participant(u, 'mentee', u.persona === 'mentee' ? 'invited' : 'registered', u.persona === 'mentee' ? [] : rng.sample(DEMO_TOPICS, rng.int(1, 3)));
}
