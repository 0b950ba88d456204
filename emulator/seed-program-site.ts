// The Micromentor programme site in SharePoint: its lists, created from the app's schema the
// emulator is given (program-site-lists.ts; none on an empty site, which the app's set-up fills),
// and the demo's items: one Mentors item per mentor, then each part's own seed.
import type { Database } from 'better-sqlite3';
import type { Prng } from './prng';
import type { Person } from './seed-people';
import { createProgramLists, seededItems, type ProgramSiteLists } from './program-site-lists';
import { FLASH_EVENTS_LIST_ID, FLASH_PARTICIPANTS_LIST_ID, seedFlashLists } from './seed-flash-lists';
import { TOPIC_SEARCHES_LIST_ID } from './seed-insight-lists';
import { PILOTS_LIST_ID, seedPilotLists } from './seed-pilot-lists';
import { SIGNUP_CLAIMS_LIST_ID, SIGNUP_SHEETS_LIST_ID, seedSignupLists } from './seed-signup-lists';
import { SUCCESS_STORIES_LIST_ID } from './seed-story-lists';

export const ROOT_SITE = {
  id: 'contoso.sharepoint.com,0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6,1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'Contoso',
  displayName: 'Contoso',
  webUrl: 'https://contoso.sharepoint.com',
};
export const PROGRAM_SITE = {
  id: 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e',
  name: 'micromentor',
  displayName: 'Micromentor Program',
  webUrl: 'https://contoso.sharepoint.com/sites/micromentor',
};
export const MENTORS_LIST_ID = '5f1d2c3b-7a6e-4d8f-9b0c-1e2d3f4a5b6c';
export const SESSIONS_LIST_ID = '6a2e3d4c-8b7f-4e90-8c1d-2f3e4a5b6c7d';

export const TOPICS = [
  'public speaking',
  'data visualization',
  'portfolio review',
  'stakeholder conversations',
  'project kickoff',
  'business case',
  'resume review',
  'presentation coaching',
  'negotiation',
  'career pivot',
  'hiring interviews',
  'writing for executives',
] as const;
const SESSION_LENGTHS = ['30', '45', '60'] as const;

/** Minimum notice and buffer a mentor asks for; picked by position so the seed's random sequence is unchanged. */
const NOTICE_MINUTES = [240, 1440, 720, 2880] as const;
const BUFFER_MINUTES = [0, 10, 15, 5] as const;

/** Daniel, the demo mentor: presentation help in one-hour sessions. */
const DEMO_MENTOR_OFFER = {
  topics: ['public speaking', 'portfolio review', 'presentation coaching', 'career pivot'],
  lengths: ['60'],
};

const BIO_OPENERS = ['Happy to help with', 'Ask me about', 'I enjoy coaching on', 'Glad to share what I learned about'];

/** The demo's items are written into these lists by id; other lists of the schema get an id of their own. */
function demoListIds(): Record<string, string> {
  return {
    Mentors: MENTORS_LIST_ID,
    Sessions: SESSIONS_LIST_ID,
    SignupSheets: SIGNUP_SHEETS_LIST_ID,
    SignupClaims: SIGNUP_CLAIMS_LIST_ID,
    FlashEvents: FLASH_EVENTS_LIST_ID,
    FlashParticipants: FLASH_PARTICIPANTS_LIST_ID,
    TopicSearches: TOPIC_SEARCHES_LIST_ID,
    SuccessStories: SUCCESS_STORIES_LIST_ID,
    Pilots: PILOTS_LIST_ID,
  };
}

/** Whether the site has its lists (false for an empty site: nothing else of the program is seeded). */
export function seedProgramSite(db: Database, rng: Prng, input: { now: number; mentors: Person[]; owner: Person; schema?: ProgramSiteLists }): boolean {
  const created = input.now - 120 * 86_400_000;
  const site = db.prepare('INSERT INTO sites (id, name, display_name, web_url, is_root, created_ms) VALUES (?, ?, ?, ?, ?, ?)');
  site.run(ROOT_SITE.id, ROOT_SITE.name, ROOT_SITE.displayName, ROOT_SITE.webUrl, 1, created);
  site.run(PROGRAM_SITE.id, PROGRAM_SITE.name, PROGRAM_SITE.displayName, PROGRAM_SITE.webUrl, 0, created);

  if (!input.schema) return false;
  createProgramLists(db, { siteId: PROGRAM_SITE.id, schema: input.schema, ids: demoListIds(), created });
  recordSchemaVersion(db, input.schema, input.owner.id, created);

  const item = db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)');
  input.mentors.forEach((mentor, index) => {
    const drawn = { topics: rng.sample(TOPICS, rng.int(2, 4)), lengths: rng.sample(SESSION_LENGTHS, rng.int(1, 3)) };
    // The demo mentor's offer is the one the README's walk-through and the browser tests book.
    const { topics, lengths } = mentor.persona === 'mentor' ? DEMO_MENTOR_OFFER : drawn;
    const perWeek = rng.int(1, 3);
    const fields = {
      Title: mentor.displayName,
      MentorUserId: mentor.id,
      MentorUpn: mentor.upn,
      Topics: topics,
      CapacityPerWeek: perWeek,
      CapacityPerMonth: Math.max(perWeek * 2, rng.int(2, 8)),
      SessionLengths: lengths,
      Bio: `${mentor.jobTitle} in ${mentor.officeLocation}. ${rng.pick(BIO_OPENERS)} ${topics[0]} and ${topics[1]}.`,
      // Most mentors are taking requests; a few have paused (Daniel never, the demo needs him).
      Active: mentor.persona === 'mentor' || rng.chance(0.88),
      NoticeMinutes: NOTICE_MINUTES[index % NOTICE_MINUTES.length],
      BufferMinutes: BUFFER_MINUTES[index % BUFFER_MINUTES.length],
    };
    const at = created + (index % 60) * 3_600_000;
    item.run(MENTORS_LIST_ID, index + 1, JSON.stringify(fields), input.owner.id, input.owner.id, at, at);
  });
  seededItems(db, MENTORS_LIST_ID, input.mentors.length, input.now);
  seedSignupLists(db, rng, { now: input.now, mentor: input.mentors.find((m) => m.persona === 'mentor'), created });
  seedFlashLists(db, rng, { now: input.now, mentors: input.mentors, owner: input.owner, created });
  seedPilotLists(db, { now: input.now, mentors: input.mentors, owner: input.owner, created });
  return true;
}

/** A site seeded ready is a site set up with this schema: its version item says so, as set-up writes it. */
function recordSchemaVersion(db: Database, schema: ProgramSiteLists, ownerId: string, at: number): void {
  const list = db.prepare('SELECT id FROM lists WHERE site_id = ? AND name = ?').get(PROGRAM_SITE.id, schema.versionRecord.list) as { id: string } | undefined;
  if (!list) return;
  const fields = { Title: schema.versionRecord.title, [schema.versionRecord.key]: schema.versionRecord.title, [schema.versionRecord.column]: schema.version };
  db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, 1, ?, 1, ?, ?, ?, ?)').run(list.id, JSON.stringify(fields), ownerId, ownerId, at, at);
  seededItems(db, list.id, 1, at);
}
