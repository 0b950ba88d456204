// The deterministic demo organisation: same options, same rows. People with managers, offices in
// nine zones and working hours; busy calendars for the 4 weeks after `now`; the programme site with
// its Mentors and Sessions lists; and one booked demo session (event, Teams meeting and its chat).
import type { Database } from 'better-sqlite3';
import { Prng } from './prng';
import { CalendarSeeder, CALENDAR_DAYS, minutes } from './seed-calendars';
import { buildPeople, DEFAULT_MENTORS, PERSONA_PEOPLE, type Person } from './seed-people';
import { seedDemoMeeting } from './seed-demo-meeting';
import type { ProgramSiteLists } from './program-site-lists';
import { seedProgramSite } from './seed-program-site';
import { seedSessionHistory } from './seed-session-history';

export interface SeedOptions {
  /** The seed's "today" (epoch ms): calendars are laid over the 4 weeks after it. */
  now: number;
  /** How many mentors (default: the standard demo organisation's 28). */
  mentors?: number;
  /** Sessions of the program's past for the dashboard (default 300; 0 for none). */
  historySessions?: number;
  /** Also seed the live demo meeting (seed-demo-meeting.ts): Priya and Daniel's session from the next quarter hour. */
  demoMeeting?: boolean;
  /** The program site's lists (the app's schema, given by whoever starts the emulator); without them the site is empty. */
  programSite?: ProgramSiteLists;
  /** Leave the program site empty even when given its lists: the program manager sets it up in the tab. */
  emptySite?: boolean;
}

export const PERSONAS = [
  { role: 'mentee', id: PERSONA_PEOPLE.mentee.id, displayName: 'Priya Natarajan', upn: PERSONA_PEOPLE.mentee.upn },
  { role: 'mentor', id: PERSONA_PEOPLE.mentor.id, displayName: 'Daniel Okafor', upn: PERSONA_PEOPLE.mentor.upn },
  { role: 'manager', id: PERSONA_PEOPLE.manager.id, displayName: 'Sofia Lindqvist', upn: PERSONA_PEOPLE.manager.upn },
] as const;

/** The booked demo session the workbench's side panel opens. */
export const DEMO_SESSION = {
  subject: 'Micromentor: presentation coaching (Priya Natarajan and Daniel Okafor)',
  joinUrl:
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmM0ZGVtby1zZXNzaW9u%40thread.v2/0?context=%7b%22Tid%22%3a%226d3a5c1e-8f0b-4c52-9a1e-2b7d4e8f0c11%22%7d',
  chatId: '19:meeting_MmM0ZGVtby1zZXNzaW9u@thread.v2',
  lengthMinutes: 45,
} as const;

const SEED = 0x4d4d2026;
const DEMO_HISTORY_SESSIONS = 300;

/** The default demo's history ends a day before the first of the seed's month (UTC). */
export function historyEnd(now: number): number {
  const day = new Date(now);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1) - 86_400_000;
}

export function seedDemoOrganisation(db: Database, options: SeedOptions): void {
  const rng = new Prng(SEED);
  const people = buildPeople(rng, options.mentors ?? DEFAULT_MENTORS);
  insertUsers(db, people);

  const reports = new Map<string, Person[]>();
  for (const p of people) {
    if (!p.managerId) continue;
    const team = reports.get(p.managerId);
    if (team) team.push(p);
    else reports.set(p.managerId, [p]);
  }
  const calendars = new CalendarSeeder(db, rng, options.now);
  // Managers first, so the meetings they invite their teams to are in place before the teams' own.
  for (const person of people) calendars.fill(person, reports.get(person.id) ?? []);

  const mentee = people.find((p) => p.persona === 'mentee')!;
  const mentor = people.find((p) => p.persona === 'mentor')!;
  const manager = people.find((p) => p.persona === 'manager')!;
  seedDemoSession(db, calendars, mentee, mentor, options.now);
  // Its own random stream: the calendars draw more or fewer numbers depending on the day the store is
  // seeded, which must not change who offers what.
  const program = options.emptySite ? undefined : options.programSite;
  const seeded = seedProgramSite(db, new Prng(SEED + 1), { now: options.now, mentors: [mentor, ...people.filter((p) => p.isMentor && p !== mentor)], owner: manager, schema: program });
  // The program's past, for the dashboard and the success stories: it ends a day before this month
  // (in any zone), so no mentor's weekly or monthly cap is touched, and leaves the three personas
  // out, so the walk-through's screens stay as the README shows them.
  seedSessionHistory(db, {
    // An empty site has no Sessions list to hold a history.
    count: seeded ? (options.historySessions ?? DEMO_HISTORY_SESSIONS) : 0,
    now: options.now,
    before: historyEnd(options.now),
    exclude: [mentee.id, mentor.id, manager.id],
    consentRate: 0.15,
    seed: SEED + 3,
  });
  if (options.demoMeeting) {
    const colleague = people.find((p) => p.persona === null && !p.isMentor && p.core)!;
    seedDemoMeeting(db, new Prng(SEED + 2), { now: options.now, mentee, mentor, colleague });
  }
}

function insertUsers(db: Database, people: Person[]): void {
  const insert = db.prepare(
    `INSERT INTO users (id, upn, display_name, given_name, surname, mail, job_title, department, office_location, seniority, manager_id,
       time_zone, work_days, work_start, work_end, persona)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of people) {
    insert.run(p.id, p.upn, p.displayName, p.givenName, p.surname, p.upn, p.jobTitle, p.department, p.officeLocation, p.seniority, p.managerId,
      p.timeZone, JSON.stringify(p.workDays), p.workStart, p.workEnd, p.persona);
  }
}

/** Priya's booked session with Daniel: the first 45 minutes both are free, from the second working day on. */
function seedDemoSession(db: Database, calendars: CalendarSeeder, mentee: Person, mentor: Person, now: number): void {
  const start = Math.max(minutes(mentee.workStart), minutes(mentor.workStart));
  const end = Math.min(minutes(mentee.workEnd), minutes(mentor.workEnd));
  let startMs: number | undefined;
  let workDays = 0;
  for (let d = 1; d < CALENDAR_DAYS && startMs === undefined; d++) {
    if (!calendars.isWorkDay(mentee, d) || ++workDays < 2) continue;
    for (let m = start; m + DEMO_SESSION.lengthMinutes <= end; m += 15) {
      const candidate = calendars.at(mentee, d, m);
      if (candidate > now && calendars.isFree(mentee, d, m, m + DEMO_SESSION.lengthMinutes) && calendars.isFree(mentor, d, m, m + DEMO_SESSION.lengthMinutes)) {
        startMs = candidate;
        break;
      }
    }
  }
  if (startMs === undefined) throw new Error('The seed found no free 45 minutes for the demo session; its calendars are too full.');
  const endMs = startMs + DEMO_SESSION.lengthMinutes * 60_000;
  const body =
    `<p>Goal: rehearse the quarterly results talk and tighten the opening.</p>` +
    `<p><a href="${DEMO_SESSION.joinUrl}">Join the meeting now</a></p>`;
  const eventId = calendars.add({
    organizer: mentee,
    subject: DEMO_SESSION.subject,
    location: 'Microsoft Teams Meeting',
    startMs,
    endMs,
    attendees: [mentor],
    online: { joinUrl: DEMO_SESSION.joinUrl, chatId: DEMO_SESSION.chatId },
    bodyHtml: body,
  });
  // Graph's onlineMeeting id is base64 of "1*{organizer}*0**{thread id}".
  const meetingId = Buffer.from(`1*${mentee.id}*0**${DEMO_SESSION.chatId}`).toString('base64');
  const created = now - 86_400_000;
  db.prepare('INSERT INTO online_meetings (id, event_id, organizer_id, join_url, chat_id, subject, start_ms, end_ms, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    meetingId,
    eventId,
    mentee.id,
    DEMO_SESSION.joinUrl,
    DEMO_SESSION.chatId,
    DEMO_SESSION.subject,
    startMs,
    endMs,
    created,
  );
  db.prepare("INSERT INTO chats (id, topic, chat_type, online_meeting_id, created_ms, modified_ms) VALUES (?, ?, 'meeting', ?, ?, ?)").run(
    DEMO_SESSION.chatId,
    DEMO_SESSION.subject,
    meetingId,
    created,
    created,
  );
  const member = db.prepare('INSERT INTO chat_members (chat_id, user_id, roles) VALUES (?, ?, ?)');
  member.run(DEMO_SESSION.chatId, mentee.id, '["owner"]');
  member.run(DEMO_SESSION.chatId, mentor.id, '["owner"]');
}
