// Each participant's personal schedule (round, time in their zone, table, join link) and each table
// meeting's invitation body, which carries the schedules of everyone invited to it.
import { roundTimes, type FlashEventSettings } from './flash-event';
import type { FlashPlan, FlashTable } from './flash-plan';
import { seedOf } from './flash-random';
import { escapeHtml, formatClock, formatDay, renderLink, utf8ByteLength, type ReaderPlace } from './render-html';
import { OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT } from './render-meeting-body';

export interface Person {
  name: string;
  zone: string;
}

export interface ScheduleEntry {
  round: number;
  start: number;
  end: number;
  /** The mentor whose table it is; undefined for a round off (a bye). */
  mentorId?: string;
  /** The mentee a mentor meets this round (one entry per mentee). */
  menteeIds: string[];
}

/** Outlook's appointment body limit, less room for the Teams join block Graph appends and our fence. */
export const TABLE_BODY_MAX_BYTES = OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT - 6 * 1024;

type Timing = Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>;

/**
 * A person's rounds: a mentee's table each round (or a round off), a mentor's mentees each round.
 * Rounds are the same instants for everyone; only their display depends on the zone.
 */
export function personalSchedule(event: Timing, plan: FlashPlan, userId: string): ScheduleEntry[] {
  const times = roundTimes(event);
  const isMentor = plan.mentorIds.includes(userId);
  return plan.rounds.flatMap((r): ScheduleEntry[] => {
    const t = times[r.round - 1];
    if (!t) return [];
    if (isMentor) return [{ round: r.round, start: t.start, end: t.end, mentorId: userId, menteeIds: r.pairs.filter((p) => p.mentorId === userId).map((p) => p.menteeId) }];
    const pair = r.pairs.find((p) => p.menteeId === userId);
    if (pair) return [{ round: r.round, start: t.start, end: t.end, mentorId: pair.mentorId, menteeIds: [userId] }];
    return r.byes.includes(userId) ? [{ round: r.round, start: t.start, end: t.end, menteeIds: [userId] }] : [];
  });
}

const nameOf = (people: ReadonlyMap<string, Person>, id: string) => people.get(id)?.name ?? 'someone who left';

function scheduleLines(event: Timing, plan: FlashPlan, userId: string, people: ReadonlyMap<string, Person>, joinUrls: ReadonlyMap<string, string>, locale: string, withLinks: boolean): string {
  const person = people.get(userId);
  const place: ReaderPlace = { zone: person?.zone ?? 'UTC', locale };
  const rows = personalSchedule(event, plan, userId).map((e) => {
    const when = `${escapeHtml(formatClock(e.start, place))}–${escapeHtml(formatClock(e.end, place))}`;
    let what: string;
    if (e.mentorId === undefined) what = 'a round off';
    else if (e.mentorId === userId) what = e.menteeIds.length > 0 ? `with ${escapeHtml(e.menteeIds.map((id) => nameOf(people, id)).join(', '))}` : 'nobody at your table';
    else {
      const table = `${escapeHtml(nameOf(people, e.mentorId))}'s table`;
      const url = joinUrls.get(e.mentorId);
      what = withLinks && url ? renderLink(url, `${nameOf(people, e.mentorId)}'s table`) : table;
    }
    return `<li>Round ${e.round}, ${when}: ${what}</li>`;
  });
  return `<p><b>${escapeHtml(person?.name ?? 'Participant')}</b> (times in ${escapeHtml(place.zone)})</p><ul>${rows.join('')}</ul>`;
}

export interface TableBodyInput {
  event: Timing & Pick<FlashEventSettings, 'title' | 'zone'>;
  plan: FlashPlan;
  table: FlashTable;
  people: ReadonlyMap<string, Person>;
  /** Join link per mentor table, once the meetings exist. */
  joinUrls: ReadonlyMap<string, string>;
  locale?: string;
}

/**
 * The invitation body of one table's meeting: what the event is, who sits at the table in each
 * round, and the personal schedule of each person invited (with the join links of the other tables
 * they visit). All text escaped. Past Outlook's body limit, the other tables' links are left out,
 * then the personal schedules (the tab still shows them).
 */
export function renderTableBody(input: TableBodyInput): string {
  const { event, plan, table, people } = input;
  const locale = input.locale ?? 'en-GB';
  const organiser: ReaderPlace = { zone: event.zone, locale };
  const times = roundTimes(event);
  const mentorName = nameOf(people, table.mentorId);
  const head =
    `<p><b>${escapeHtml(event.title)}</b>: flash mentoring at ${escapeHtml(mentorName)}'s table, ${escapeHtml(formatDay(event.start, organiser))}. ` +
    `${event.rounds} rounds of ${event.roundMinutes} minutes${event.breakMinutes > 0 ? ` with ${event.breakMinutes} minutes between them` : ''}. ` +
    `Join this meeting only for your rounds here.</p>`;
  const rota =
    `<p>At this table (times in ${escapeHtml(event.zone)}):</p><ul>` +
    table.byRound
      .map((ids, i) => {
        const t = times[i];
        const when = t ? `${escapeHtml(formatClock(t.start, organiser))}–${escapeHtml(formatClock(t.end, organiser))}` : '';
        return `<li>Round ${i + 1}, ${when}: ${ids.length > 0 ? escapeHtml(ids.map((id) => nameOf(people, id)).join(', ')) : 'nobody'}</li>`;
      })
      .join('') +
    '</ul>';
  const schedules = (withLinks: boolean) => `<p>Personal schedules:</p>${table.attendeeIds.map((id) => scheduleLines(event, plan, id, people, input.joinUrls, locale, withLinks)).join('')}`;
  for (const body of [head + rota + schedules(true), head + rota + schedules(false)]) {
    if (utf8ByteLength(body) <= TABLE_BODY_MAX_BYTES) return body;
  }
  return `${head}${rota}<p>Your personal schedule is in the Micromentor tab, under Events.</p>`;
}

/** A short fingerprint of what a table's meeting says (attendees and body): unchanged means nothing to send. */
export function tableFingerprint(attendeeEmails: readonly string[], bodyHtml: string): string {
  return `${seedOf(attendeeEmails.join('\n')).toString(36)}-${seedOf(bodyHtml).toString(36)}-${bodyHtml.length.toString(36)}`;
}

/** Tables whose meeting must change: a new fingerprint, or none recorded. */
export function affectedTables(fingerprints: ReadonlyMap<string, string>, recorded: Readonly<Record<string, string | undefined>>): string[] {
  return [...fingerprints].filter(([mentorId, print]) => recorded[mentorId] !== print).map(([mentorId]) => mentorId);
}
