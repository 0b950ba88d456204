// Busy calendars for the 4 weeks after the seed's "today": recurring meetings (one row per
// occurrence), 1:1s and team syncs with attendees, single meetings, tentative holds, private
// appointments and out-of-office blocks, each placed in its person's working hours in their zone.
import type { Database, Statement } from 'better-sqlite3';
import type { Prng } from './prng';
import type { Person } from './seed-people';
import { offsetMinutes, wallToUtc } from './time-zones';

export const CALENDAR_DAYS = 28;
const DAY = 86_400_000;
const SLOT_MIN = 15;
const SLOTS_PER_DAY = (24 * 60) / SLOT_MIN;
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface Day {
  /** Local midnight as if it were UTC (`Date.UTC(y, m, d)`). */
  wall: number;
  dayName: string;
  /** The zone's offset during working hours that day (after any 2 a.m. daylight-saving change). */
  offsetMs: number;
}

export interface EventInput {
  organizer: Person;
  subject: string;
  location?: string;
  startMs: number;
  endMs: number;
  showAs?: 'busy' | 'tentative' | 'oof' | 'free';
  isPrivate?: boolean;
  isAllDay?: boolean;
  seriesMasterId?: string;
  attendees?: Person[];
  online?: { joinUrl: string; chatId: string };
  bodyHtml?: string;
}

const MEETINGS = [
  'Project review', 'Customer call', 'Sprint planning', 'Design critique', 'Budget check-in', 'Hiring loop debrief', 'Roadmap sync',
  'Quarterly business review', 'Vendor meeting', 'Workshop prep', 'Stakeholder update', 'Launch readiness', 'Retrospective',
  'Interview', 'Partner briefing', 'Architecture review', 'Campaign planning', 'Forecast review', 'Process walkthrough', 'Onboarding session',
];
const HOLDS = ['Hold: customer follow-up', 'Optional: brown-bag lunch talk', 'Tentative: offsite planning', 'Hold: focus time', 'Maybe: community of practice'];
const PRIVATE = ['Doctor appointment', 'School pickup', 'Personal appointment', 'Bank visit', 'Physiotherapy'];
const LOCATIONS = ['Microsoft Teams Meeting', 'Microsoft Teams Meeting', 'Room 3.14', 'Boardroom', 'Huddle space 2', ''];
const LENGTHS = [30, 30, 45, 60, 60, 90];
// The extra people of a large programme get longer, fewer meetings: the same density in fewer rows,
// so 5,000 mentors seed in seconds.
const LENGTHS_EXTRA = [60, 60, 90, 120];
const LEAVE = ['Annual leave', 'Out of office', 'Conference travel', 'Public holiday'];

/** Writes calendars through prepared statements; ids, uids and change keys come from the seeded PRNG. */
export class CalendarSeeder {
  private readonly insertEvent: Statement;
  private readonly insertAttendee: Statement;
  private readonly daysByZone = new Map<string, Day[]>();
  /** Per person, per day: which quarter-hours are already taken. */
  private readonly taken = new Map<string, Uint8Array[]>();
  private eventCount = 0;

  constructor(
    db: Database,
    private readonly rng: Prng,
    private readonly now: number,
  ) {
    this.insertEvent = db.prepare(
      `INSERT INTO events (id, organizer_id, ical_uid, series_master_id, event_type, subject, body_type, body_content, location, start_ms, end_ms,
         start_tz, end_tz, is_all_day, show_as, sensitivity, is_online_meeting, online_meeting_provider, join_url, chat_id, created_ms, modified_ms, change_key)
       VALUES (?, ?, ?, ?, ?, ?, 'html', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertAttendee = db.prepare(`INSERT INTO event_attendees (event_id, email, user_id, name, type, response) VALUES (?, ?, ?, ?, 'required', 'accepted')`);
  }

  /** The 4 weeks of local days starting with the day that contains `now`, per zone. */
  days(zone: string): Day[] {
    let days = this.daysByZone.get(zone);
    if (days) return days;
    const today = Math.floor((this.now + offsetMinutes(zone, this.now) * 60_000) / DAY) * DAY;
    days = [];
    for (let i = 0; i < CALENDAR_DAYS; i++) {
      const wall = today + i * DAY;
      const noon = wallToUtc(wall + DAY / 2, zone);
      days.push({ wall, dayName: DAY_NAMES[new Date(wall).getUTCDay()]!, offsetMs: offsetMinutes(zone, noon) * 60_000 });
    }
    this.daysByZone.set(zone, days);
    return days;
  }

  /** UTC instant of a local time (minutes after midnight) on one of the person's days. */
  at(person: Person, dayIndex: number, minute: number): number {
    const day = this.days(person.timeZone)[dayIndex]!;
    return day.wall + minute * 60_000 - day.offsetMs;
  }

  isWorkDay(person: Person, dayIndex: number): boolean {
    return person.workDays.includes(this.days(person.timeZone)[dayIndex]!.dayName);
  }

  /** Marks a UTC interval as taken in the person's own days (wherever it falls in their zone). */
  reserve(person: Person, startMs: number, endMs: number): void {
    const days = this.days(person.timeZone);
    const grid = this.grid(person);
    // Only the local days around the interval can hold it.
    const first = Math.floor((startMs + days[0]!.offsetMs - days[0]!.wall) / DAY) - 1;
    const last = Math.floor((endMs + days[0]!.offsetMs - days[0]!.wall) / DAY) + 1;
    for (let i = Math.max(0, first); i <= Math.min(days.length - 1, last); i++) {
      const from = Math.max(0, Math.floor((startMs + days[i]!.offsetMs - days[i]!.wall) / 60_000 / SLOT_MIN));
      const to = Math.min(SLOTS_PER_DAY, Math.ceil((endMs + days[i]!.offsetMs - days[i]!.wall) / 60_000 / SLOT_MIN));
      for (let s = from; s < to; s++) grid[i]![s] = 1;
    }
  }

  isFree(person: Person, dayIndex: number, fromMinute: number, toMinute: number): boolean {
    const slots = this.grid(person)[dayIndex]!;
    for (let s = fromMinute / SLOT_MIN; s < toMinute / SLOT_MIN; s++) if (slots[s]) return false;
    return true;
  }

  add(input: EventInput): string {
    const id = this.eventId();
    const uid = `040000008200E00074C5B7101A82E00800000000000000000000000010000000${this.rng.hex8().toUpperCase()}`;
    const changeKey = `DwAAABYAAAA${this.rng.hex8()}`;
    const created = this.now - (7 + (this.eventCount % 30)) * DAY;
    const zone = input.organizer.timeZone;
    this.insertEvent.run(
      id,
      input.organizer.id,
      uid,
      input.seriesMasterId ?? null,
      input.seriesMasterId ? 'occurrence' : 'singleInstance',
      input.subject,
      input.bodyHtml ?? '',
      input.location ?? '',
      input.startMs,
      input.endMs,
      zone,
      zone,
      input.isAllDay ? 1 : 0,
      input.showAs ?? 'busy',
      input.isPrivate ? 'private' : 'normal',
      input.online ? 1 : 0,
      input.online ? 'teamsForBusiness' : 'unknown',
      input.online?.joinUrl ?? null,
      input.online?.chatId ?? null,
      created,
      created,
      changeKey,
    );
    for (const a of input.attendees ?? []) this.insertAttendee.run(id, a.upn, a.id, a.displayName);
    this.reserve(input.organizer, input.startMs, input.endMs);
    for (const a of input.attendees ?? []) this.reserve(a, input.startMs, input.endMs);
    return id;
  }

  /** A meeting at the same local time each week (or each working day), one row per occurrence. */
  series(input: { organizer: Person; subject: string; minute: number; length: number; weekday?: string; attendees?: Person[]; location?: string }): void {
    const master = this.eventId();
    for (let d = 0; d < CALENDAR_DAYS; d++) {
      if (!this.isWorkDay(input.organizer, d)) continue;
      if (input.weekday && this.days(input.organizer.timeZone)[d]!.dayName !== input.weekday) continue;
      const start = this.at(input.organizer, d, input.minute);
      this.add({
        organizer: input.organizer,
        subject: input.subject,
        attendees: input.attendees,
        startMs: start,
        endMs: start + input.length * 60_000,
        seriesMasterId: master,
        location: input.location ?? 'Microsoft Teams Meeting',
      });
    }
  }

  /** A person's whole calendar: leave, recurring meetings, then single meetings up to a target density. */
  fill(person: Person, reports: Person[]): void {
    const rng = this.rng;
    const start = minutes(person.workStart);
    const end = minutes(person.workEnd);

    // Out of office: some people take 1–3 days of leave (all-day events in their zone).
    const leaveDays = new Set<number>();
    if (rng.chance(0.22)) {
      const first = rng.int(3, CALENDAR_DAYS - 4);
      const length = rng.int(1, 3);
      const wallStart = this.days(person.timeZone)[first]!.wall;
      const startMs = wallToUtc(wallStart, person.timeZone);
      const endMs = wallToUtc(wallStart + length * 86_400_000, person.timeZone);
      this.add({ organizer: person, subject: rng.pick(LEAVE), startMs, endMs, showAs: 'oof', isAllDay: true });
      for (let d = first; d < first + length; d++) leaveDays.add(d);
    }

    // Recurring: a team sync with the reports, a weekly 1:1 with each of them, and for many a daily stand-up.
    if (reports.length > 0) {
      this.series({ organizer: person, subject: `${person.department} team sync`, minute: start + 60, length: 60, weekday: rng.pick(['monday', 'tuesday', 'wednesday']), attendees: reports.slice(0, 12) });
      reports.slice(0, 8).forEach((report, i) => {
        const minute = end - 30 - Math.floor(i / 2) * 30;
        this.series({ organizer: person, subject: `1:1 ${person.givenName} / ${report.givenName}`, minute, length: 30, weekday: i % 2 === 0 ? 'wednesday' : 'thursday', attendees: [report] });
      });
    }
    if (person.core && person.seniority !== 'executive' && rng.chance(0.45)) {
      this.series({ organizer: person, subject: 'Daily stand-up', minute: start + 30, length: 15 });
    }
    if (rng.chance(0.35)) {
      this.series({ organizer: person, subject: rng.pick(['Weekly planning', 'Community of practice', 'Pipeline review', 'Metrics review']), minute: start + rng.int(2, 5) * 60, length: rng.pick([30, 60]), weekday: rng.pick(['tuesday', 'thursday', 'friday']) });
    }

    // Singles until the day is 30–60 % busy.
    const density = 0.3 + rng.next() * 0.3;
    const daySlots = (end - start) / SLOT_MIN;
    for (let d = 0; d < CALENDAR_DAYS; d++) {
      if (!this.isWorkDay(person, d) || leaveDays.has(d)) continue;
      if (rng.chance(0.05)) {
        // A half day out of office, private: someone's dentist is nobody's business.
        const from = rng.chance(0.5) ? start : start + Math.floor((end - start) / 2 / 30) * 30;
        this.add({ organizer: person, subject: rng.pick(PRIVATE), startMs: this.at(person, d, from), endMs: this.at(person, d, from + 180), showAs: 'oof', isPrivate: true });
        continue;
      }
      let busy = this.busySlots(person, d, start, end);
      for (let attempt = 0; attempt < 24 && busy < density * daySlots; attempt++) {
        const length = rng.pick(person.core ? LENGTHS : LENGTHS_EXTRA);
        const from = start + rng.int(0, Math.floor((end - start - length) / 30)) * 30;
        if (!this.isFree(person, d, from, from + length)) continue;
        busy += length / SLOT_MIN;
        const kind = rng.next();
        const isPrivate = kind < 0.07;
        const tentative = !isPrivate && kind < 0.2;
        this.add({
          organizer: person,
          subject: isPrivate ? rng.pick(PRIVATE) : tentative ? rng.pick(HOLDS) : rng.pick(MEETINGS),
          location: isPrivate ? '' : rng.pick(LOCATIONS),
          startMs: this.at(person, d, from),
          endMs: this.at(person, d, from + length),
          showAs: tentative ? 'tentative' : 'busy',
          isPrivate,
        });
      }
    }
  }

  private busySlots(person: Person, dayIndex: number, start: number, end: number): number {
    const slots = this.grid(person)[dayIndex]!;
    let n = 0;
    for (let s = start / SLOT_MIN; s < end / SLOT_MIN; s++) n += slots[s]!;
    return n;
  }

  private grid(person: Person): Uint8Array[] {
    let grid = this.taken.get(person.id);
    if (!grid) {
      grid = Array.from({ length: CALENDAR_DAYS }, () => new Uint8Array(SLOTS_PER_DAY));
      this.taken.set(person.id, grid);
    }
    return grid;
  }

  private eventId(): string {
    this.eventCount++;
    // Shaped like Outlook's ids (base64 of a mailbox and item key); unique by the counter.
    return `AAMkAGVtdWxhdG9yAEYAAA${this.eventCount.toString(36).padStart(7, '0')}${this.rng.hex8()}AAA=`;
  }
}

export function minutes(hhmmss: string): number {
  const [h, m] = hhmmss.split(':');
  return Number(h) * 60 + Number(m);
}
