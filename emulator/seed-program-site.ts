// The Micromentor programme site in SharePoint: the Mentors list (one item per mentor) and the
// empty Sessions list the app writes to, with Graph columnDefinition objects for their columns.
import type { Database } from 'better-sqlite3';
import type { Prng } from './prng';
import type { Person } from './seed-people';
import { seedFlashLists } from './seed-flash-lists';
import { seedInsightLists } from './seed-insight-lists';
import { seedPilotLists } from './seed-pilot-lists';
import { seedSignupLists } from './seed-signup-lists';
import { seedStoryLists } from './seed-story-lists';

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
/**
 * The Topics column offers the app's whole vocabulary (src/domain/topics.ts), so a mentor can pick
 * any of them in "My offer"; the seed hands out the first twelve.
 */
export const TOPIC_CHOICES = [
  ...TOPICS,
  'giving feedback',
  'first-time manager',
  'prioritization',
  'meeting facilitation',
  'product strategy',
  'technical writing',
  'code review',
  'networking',
  'budgeting',
] as const;
const SESSION_LENGTHS = ['30', '45', '60'] as const;

const text = (name: string, displayName = name, allowMultipleLines = false) => ({ name, displayName, text: { allowMultipleLines, maxLength: 255 } });
const note = (name: string, displayName = name) => ({ name, displayName, text: { allowMultipleLines: true } });
const multiChoice = (name: string, displayName: string, choices: readonly string[]) => ({ name, displayName, choice: { allowTextEntry: false, choices, displayAs: 'checkBoxes' } });
const number = (name: string, displayName = name) => ({ name, displayName, number: {} });
const bool = (name: string, displayName = name) => ({ name, displayName, boolean: {} });
/** The natural key: SharePoint refuses a second item with the same value, so a session exists once however many create it at once. */
const uniqueKey = (name: string, displayName = name) => ({ ...text(name, displayName), indexed: true, enforceUniqueValues: true });
/** Filtered on by every query of a person's sessions: SharePoint lists large lists only by indexed columns. */
const indexedText = (name: string, displayName = name) => ({ ...text(name, displayName), indexed: true });
const dateTime = (name: string, displayName = name) => ({ name, displayName, dateTime: { displayAs: 'standard', format: 'dateTime' } });

export const MENTORS_COLUMNS = [
  text('Title'),
  // One profile a mentor: a second opt-in (another tab) is refused by the list and reads the first.
  uniqueKey('MentorUserId', 'Mentor user id'),
  text('MentorUpn', 'Mentor UPN'),
  multiChoice('Topics', 'Topics', TOPIC_CHOICES),
  number('CapacityPerWeek', 'Capacity per week'),
  number('CapacityPerMonth', 'Capacity per month'),
  multiChoice('SessionLengths', 'Session lengths', SESSION_LENGTHS),
  note('Bio'),
  bool('Active'),
  number('NoticeMinutes', 'Minimum notice (minutes)'),
  number('BufferMinutes', 'Buffer between sessions (minutes)'),
];

/** Minimum notice and buffer a mentor asks for; picked by position so the seed's random sequence is unchanged. */
const NOTICE_MINUTES = [240, 1440, 720, 2880] as const;
const BUFFER_MINUTES = [0, 10, 15, 5] as const;

export const SESSIONS_COLUMNS = [
  text('Title'),
  uniqueKey('SessionKey', 'Session key'),
  indexedText('MenteeId', 'Mentee id'),
  indexedText('MentorId', 'Mentor id'),
  text('Topic'),
  note('Goal'),
  note('Context'),
  note('Success'),
  text('Format'),
  number('TimeBoxMinutes', 'Time box (minutes)'),
  dateTime('StartUtc', 'Start (UTC)'),
  dateTime('EndUtc', 'End (UTC)'),
  text('EventId', 'Event id'),
  note('JoinUrl', 'Join URL'),
  // The meeting side panel finds its session by the meeting's chat id.
  indexedText('ChatId', 'Chat id'),
  text('MeetingId', 'Meeting id'),
  text('Status'),
  note('Checklists'),
  note('AgreedActions', 'Agreed actions'),
  note('Result'),
  bool('ThankYouSent', 'Thank-you sent'),
  // The program manager's success stories read the consented sessions: filtered on, so indexed.
  { ...bool('ShareStory', 'Share story'), indexed: true },
  bool('ShareDepartment', 'Share department'),
  note('Progress'),
  note('TimeBox', 'Time box'),
  note('FollowUp', 'Follow-up'),
  // A skill sequence's key, overall goal and result (JSON); its sessions are grouped after the MenteeId filter, so not indexed.
  note('Sequence'),
];

/** Daniel, the demo mentor: presentation help in one-hour sessions. */
const DEMO_MENTOR_OFFER = {
  topics: ['public speaking', 'portfolio review', 'presentation coaching', 'career pivot'],
  lengths: ['60'],
};

const BIO_OPENERS = ['Happy to help with', 'Ask me about', 'I enjoy coaching on', 'Glad to share what I learned about'];

export function seedProgramSite(db: Database, rng: Prng, input: { now: number; mentors: Person[]; owner: Person }): void {
  const created = input.now - 120 * 86_400_000;
  const site = db.prepare('INSERT INTO sites (id, name, display_name, web_url, is_root, created_ms) VALUES (?, ?, ?, ?, ?, ?)');
  site.run(ROOT_SITE.id, ROOT_SITE.name, ROOT_SITE.displayName, ROOT_SITE.webUrl, 1, created);
  site.run(PROGRAM_SITE.id, PROGRAM_SITE.name, PROGRAM_SITE.displayName, PROGRAM_SITE.webUrl, 0, created);

  const list = db.prepare(
    'INSERT INTO lists (id, site_id, name, display_name, description, columns, next_item_id, created_ms, modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  list.run(MENTORS_LIST_ID, PROGRAM_SITE.id, 'Mentors', 'Mentors', 'People who offer micro-mentoring sessions, their topics and capacity.', JSON.stringify(MENTORS_COLUMNS), input.mentors.length + 1, created, input.now);
  list.run(SESSIONS_LIST_ID, PROGRAM_SITE.id, 'Sessions', 'Sessions', 'One item per mentoring session, from request to result.', JSON.stringify(SESSIONS_COLUMNS), 1, created, created);

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
  seedSignupLists(db, rng, { now: input.now, mentor: input.mentors.find((m) => m.persona === 'mentor'), created });
  seedFlashLists(db, rng, { now: input.now, mentors: input.mentors, owner: input.owner, created });
  seedInsightLists(db, { created });
  seedStoryLists(db, { created });
  seedPilotLists(db, { now: input.now, mentors: input.mentors, owner: input.owner, created });
}
