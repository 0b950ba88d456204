// The program manager's numbers, as pure functions over plain rows: demand against supply per topic,
// sessions per week by status, results per topic, time from request to session, thank-you share,
// follow-ups and sequences, and each mentor's load against their caps. Rows the gateway could not
// read arrive as `skipped` and are counted, never guessed at. Weeks start on Monday in the
// program's zone (data, not the machine's).
import { holdsCapacity } from './mentor-load';
import type { SessionResult, SessionStatus } from './session';
import { DAY, localDayOf, localWallTime, mondayOnOrBefore } from './zone-time';

/** One session as the dashboard needs it (no goals or names: the numbers never need them). */
export interface InsightSession {
  topic: string;
  status: SessionStatus;
  result?: SessionResult;
  /** When the mentee asked (the list item's creation), epoch ms. */
  requestedAt: number;
  start: number;
  end: number;
  mentorId: string;
  menteeId: string;
  menteeDepartment?: string;
  thankYouSent: boolean;
  followUpSuggested: boolean;
  /** For sessions of a skill sequence: the key they share, this one's index and the count. */
  sequence?: { key: string; index: number; of: number };
}

/** A search in the directory, kept anonymously: its topic, when, and whether anyone had free time. */
export interface InsightSearch {
  topic: string;
  at: number;
  foundFreeMentor: boolean;
}

export interface InsightMentor {
  id: string;
  topics: readonly string[];
  capacityPerWeek?: number;
  /** Free slots in their calendar in the next two weeks (from availability). */
  freeSlotsTwoWeeks: number;
}

/** A row the gateway could not read (edited by hand): counted and shown, never aggregated. */
export interface SkippedRow {
  skipped: true;
  /** The column that held what the app cannot use. */
  field: string;
}

export interface InsightFilter {
  /** Inclusive start and exclusive end, epoch ms, on the session's start. */
  from?: number;
  to?: number;
  department?: string;
  topic?: string;
  /** Only these mentees and mentors (a pilot's participants). */
  people?: ReadonlySet<string>;
}

export type WeekStatus = 'requested' | 'scheduled' | 'held' | 'cancelled' | 'no-result';
export const WEEK_STATUSES: readonly WeekStatus[] = ['requested', 'scheduled', 'held', 'cancelled', 'no-result'];

/**
 * How a session counts on the dashboard at `now`: a booking still under way is requested; a
 * scheduled session that has ended, or a completed one without a result, has no result; a
 * completed one with a result was held.
 */
export function weekStatusOf(session: Pick<InsightSession, 'status' | 'result' | 'end'>, now: number): WeekStatus {
  switch (session.status) {
    case 'cancelled':
      return 'cancelled';
    case 'completed':
      return session.result ? 'held' : 'no-result';
    case 'scheduled':
      return session.end <= now ? 'no-result' : 'scheduled';
    default:
      return 'requested';
  }
}

const topicKey = (topic: string) => topic.trim().toLowerCase();

/** The sessions that pass the filter (a topic compares without case or surrounding spaces). */
export function filterSessions(sessions: readonly InsightSession[], filter: InsightFilter): InsightSession[] {
  return sessions.filter(
    (s) =>
      (filter.from === undefined || s.start >= filter.from) &&
      (filter.to === undefined || s.start < filter.to) &&
      (filter.department === undefined || s.menteeDepartment === filter.department) &&
      (filter.topic === undefined || topicKey(s.topic) === topicKey(filter.topic)) &&
      (filter.people === undefined || filter.people.has(s.menteeId) || filter.people.has(s.mentorId)),
  );
}

/** Splits what the gateway read into readable sessions and a count of skipped rows per column. */
export function readableRows(rows: readonly (InsightSession | SkippedRow)[]): { sessions: InsightSession[]; skipped: number; skippedByField: Record<string, number> } {
  const sessions: InsightSession[] = [];
  const skippedByField: Record<string, number> = {};
  for (const row of rows) {
    if ('skipped' in row) skippedByField[row.field] = (skippedByField[row.field] ?? 0) + 1;
    else sessions.push(row);
  }
  return { sessions, skipped: rows.length - sessions.length, skippedByField };
}

export interface WeekCounts {
  /** Epoch ms of Monday 00:00 in the program's zone. */
  weekStart: number;
  counts: Record<WeekStatus, number>;
}

const emptyCounts = (): Record<WeekStatus, number> => ({ requested: 0, scheduled: 0, held: 0, cancelled: 0, 'no-result': 0 });

/** Sessions per week (by their start, weeks from Monday in `zone`), oldest week first, weeks without sessions left out. */
export function sessionsPerWeek(sessions: readonly InsightSession[], zone: string, now: number): WeekCounts[] {
  const weeks = new Map<number, Record<WeekStatus, number>>();
  for (const s of sessions) {
    const monday = mondayOnOrBefore(localDayOf(zone, s.start));
    const counts = weeks.get(monday) ?? emptyCounts();
    counts[weekStatusOf(s, now)] += 1;
    weeks.set(monday, counts);
  }
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([monday, counts]) => ({ weekStart: localWallTime(zone, monday, 0), counts }));
}

export interface TopicResults {
  topic: string;
  met: number;
  partly: number;
  notYet: number;
}

/** Results per topic (sessions with a result), most results first, then by topic. Topics compare without case. */
export function resultsPerTopic(sessions: readonly InsightSession[]): TopicResults[] {
  const byTopic = new Map<string, TopicResults>();
  for (const s of sessions) {
    if (!s.result) continue;
    const key = topicKey(s.topic);
    const row = byTopic.get(key) ?? { topic: s.topic.trim(), met: 0, partly: 0, notYet: 0 };
    if (s.result === 'met') row.met += 1;
    else if (s.result === 'partly') row.partly += 1;
    else row.notYet += 1;
    byTopic.set(key, row);
  }
  const total = (r: TopicResults) => r.met + r.partly + r.notYet;
  return [...byTopic.values()].sort((a, b) => total(b) - total(a) || a.topic.localeCompare(b.topic));
}

/** The median time from request to the session's start over sessions that took place or are booked; undefined with none. */
export function medianRequestToSession(sessions: readonly InsightSession[]): number | undefined {
  const waits = sessions
    .filter((s) => s.status === 'scheduled' || s.status === 'completed')
    .map((s) => s.start - s.requestedAt)
    .filter((w) => w >= 0)
    .sort((a, b) => a - b);
  if (waits.length === 0) return undefined;
  const mid = Math.floor(waits.length / 2);
  return waits.length % 2 === 1 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2;
}

export interface Outcomes {
  held: number;
  /** Share of held sessions whose mentee sent the thank-you note, 0…1 (undefined with none held). */
  thankYouShare?: number;
  followUpsSuggested: number;
  sequencesStarted: number;
  /** Sequences whose every session was held. */
  sequencesCompleted: number;
}

export function outcomes(sessions: readonly InsightSession[], now: number): Outcomes {
  const held = sessions.filter((s) => weekStatusOf(s, now) === 'held');
  const sequences = new Map<string, { of: number; held: Set<number> }>();
  for (const s of sessions) {
    if (!s.sequence) continue;
    const seq = sequences.get(s.sequence.key) ?? { of: s.sequence.of, held: new Set<number>() };
    if (weekStatusOf(s, now) === 'held') seq.held.add(s.sequence.index);
    sequences.set(s.sequence.key, seq);
  }
  return {
    held: held.length,
    ...(held.length > 0 ? { thankYouShare: held.filter((s) => s.thankYouSent).length / held.length } : {}),
    followUpsSuggested: sessions.filter((s) => s.followUpSuggested).length,
    sequencesStarted: sequences.size,
    sequencesCompleted: [...sequences.values()].filter((q) => q.held.size >= q.of).length,
  };
}

export interface TopicBalance {
  topic: string;
  /** Sessions asked for on the topic. */
  requests: number;
  /** Searches on the topic that found no mentor with free time. */
  unmetSearches: number;
  mentors: number;
  /** Sum of the mentors' weekly caps (a mentor without a cap counts as one a week). */
  weeklyCapacity: number;
  freeSlotsTwoWeeks: number;
  /** Demand outruns supply: more asks (requests and unmet searches) in the period than free slots in the next two weeks. */
  short: boolean;
}

/**
 * Demand against supply per topic: every topic asked for or offered, the short ones first, then by
 * demand. Topics compare without case; the label is the first spelling seen.
 */
export function demandAndSupply(sessions: readonly InsightSession[], searches: readonly InsightSearch[], mentors: readonly InsightMentor[]): TopicBalance[] {
  const rows = new Map<string, TopicBalance>();
  const row = (topic: string) => {
    const key = topicKey(topic);
    let found = rows.get(key);
    if (!found) {
      found = { topic: topic.trim(), requests: 0, unmetSearches: 0, mentors: 0, weeklyCapacity: 0, freeSlotsTwoWeeks: 0, short: false };
      rows.set(key, found);
    }
    return found;
  };
  for (const s of sessions) if (s.status !== 'draft') row(s.topic).requests += 1;
  for (const q of searches) if (!q.foundFreeMentor) row(q.topic).unmetSearches += 1;
  for (const m of mentors) {
    for (const topic of new Set(m.topics.map(topicKey))) {
      const r = row(m.topics.find((t) => topicKey(t) === topic)!);
      r.mentors += 1;
      r.weeklyCapacity += m.capacityPerWeek ?? 1;
      r.freeSlotsTwoWeeks += m.freeSlotsTwoWeeks;
    }
  }
  const all = [...rows.values()].map((r) => ({ ...r, short: r.requests + r.unmetSearches > r.freeSlotsTwoWeeks }));
  const demand = (r: TopicBalance) => r.requests + r.unmetSearches;
  return all.sort((a, b) => Number(b.short) - Number(a.short) || demand(b) - demand(a) || a.topic.localeCompare(b.topic));
}

export interface MentorLoadRow {
  mentorId: string;
  /** Sessions holding a place (not cancelled, not drafts) in the week of `now`, in the program's zone. */
  thisWeek: number;
  capacityPerWeek?: number;
  /** At or over the weekly cap. */
  atCap: boolean;
}

/** Each mentor's sessions this week against their weekly cap, busiest first. */
export function mentorLoads(sessions: readonly InsightSession[], mentors: readonly InsightMentor[], zone: string, now: number): MentorLoadRow[] {
  const monday = mondayOnOrBefore(localDayOf(zone, now));
  const weekStart = localWallTime(zone, monday, 0);
  const weekEnd = localWallTime(zone, monday + 7, 0);
  const counts = new Map<string, number>();
  for (const s of sessions) {
    if (!holdsCapacity(s.status) || s.start < weekStart || s.start >= weekEnd) continue;
    counts.set(s.mentorId, (counts.get(s.mentorId) ?? 0) + 1);
  }
  return mentors
    .map((m) => {
      const thisWeek = counts.get(m.id) ?? 0;
      return { mentorId: m.id, thisWeek, ...(m.capacityPerWeek !== undefined ? { capacityPerWeek: m.capacityPerWeek } : {}), atCap: m.capacityPerWeek !== undefined && thisWeek >= m.capacityPerWeek };
    })
    .sort((a, b) => b.thisWeek - a.thisWeek || a.mentorId.localeCompare(b.mentorId));
}

/** Two weeks, for "free slots in the next two weeks". */
export const SUPPLY_WINDOW_MS = 14 * DAY;
