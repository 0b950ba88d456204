// Every figure the program dashboard shows, from one pass over the data the host read, for one set
// of filters. The screen and the CSV both draw from this object, so the export always holds exactly
// the numbers on screen.
import { toCsv } from './insight-csv';
import type { Pilot, PilotProgress } from './pilot';
import { pilotProgress } from './pilot';
import {
  WEEK_STATUSES,
  demandAndSupply,
  filterSessions,
  medianRequestToSession,
  mentorLoads,
  outcomes,
  resultsPerTopic,
  sessionsPerWeek,
  type InsightFilter,
  type InsightMentor,
  type InsightSearch,
  type InsightSession,
  type MentorLoadRow,
  type Outcomes,
  type TopicBalance,
  type TopicResults,
  type WeekCounts,
} from './program-insight';
import type { Interval } from './interval';
import { DAY, civilFromDay, localDayOf } from './zone-time';

export interface DashboardMentor extends InsightMentor {
  name: string;
}

export interface StoredPilot {
  key: string;
  itemId: string;
  pilot: Pilot;
}

/** Flash events' round verdicts, or why they could not be read. */
export type FlashRounds = { useful: number; rated: number } | { unreadable: string };

export interface DashboardData {
  sessions: readonly InsightSession[];
  /** Rows edited by hand into something unusable: how many, by column. */
  skipped: number;
  skippedByField: Readonly<Record<string, number>>;
  searches: readonly InsightSearch[];
  mentors: readonly DashboardMentor[];
  pilots: readonly StoredPilot[];
  flash: FlashRounds;
}

export interface DashboardFilter {
  /** Inclusive start and exclusive end, epoch ms. */
  from?: number;
  to?: number;
  department?: string;
  topic?: string;
  /** A pilot's key: only its people and its dates. */
  pilot?: string;
}

export interface ShortTopic extends TopicBalance {
  /** Mentors who do not offer the topic yet and have room this week (they could add it). */
  couldAdd: string[];
}

export interface PilotFigures {
  key: string;
  name: string;
  from: number;
  to: number;
  goal: Pilot['goal'];
  people: number;
  progress: PilotProgress;
}

export interface DashboardFigures {
  sessionCount: number;
  balance: ShortTopic[];
  weeks: WeekCounts[];
  results: TopicResults[];
  medianWaitDays?: number;
  outcomes: Outcomes;
  flash: FlashRounds;
  loads: (MentorLoadRow & { name: string })[];
  pilots: PilotFigures[];
  skipped: number;
  skippedByField: Readonly<Record<string, number>>;
}

const COULD_ADD_MAX = 5;
const key = (topic: string) => topic.trim().toLowerCase();

/** The dashboard's figures under a filter, in the program's zone at `now`. */
export function dashboardFigures(data: DashboardData, filter: DashboardFilter, zone: string, now: number): DashboardFigures {
  const pilot = filter.pilot ? data.pilots.find((p) => p.key === filter.pilot) : undefined;
  const insight: InsightFilter = {
    ...(filter.from !== undefined ? { from: filter.from } : {}),
    ...(filter.to !== undefined ? { to: filter.to } : {}),
    ...(filter.department ? { department: filter.department } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
  };
  if (pilot) {
    insight.from = Math.max(insight.from ?? -Infinity, pilot.pilot.from);
    insight.to = Math.min(insight.to ?? Infinity, pilot.pilot.to);
    insight.people = new Set(pilot.pilot.people);
  }
  const sessions = filterSessions(data.sessions, insight);
  const searches = data.searches.filter(
    (s) => (insight.from === undefined || s.at >= insight.from) && (insight.to === undefined || s.at < insight.to) && (!filter.topic || key(s.topic) === key(filter.topic)),
  );
  const mentors = pilot ? data.mentors.filter((m) => insight.people!.has(m.id)) : data.mentors;
  const loads = mentorLoads(sessions, mentors, zone, now);
  const names = new Map(data.mentors.map((m) => [m.id, m.name]));
  const withRoom = new Set(loads.filter((l) => !l.atCap).map((l) => l.mentorId));
  const balance = demandAndSupply(sessions, searches, mentors)
    .filter((b) => !filter.topic || key(b.topic) === key(filter.topic))
    .map((b) => ({
      ...b,
      couldAdd: b.short
        ? mentors
            .filter((m) => withRoom.has(m.id) && m.freeSlotsTwoWeeks > 0 && !m.topics.some((t) => key(t) === key(b.topic)))
            .sort((x, y) => y.freeSlotsTwoWeeks - x.freeSlotsTwoWeeks || x.name.localeCompare(y.name))
            .slice(0, COULD_ADD_MAX)
            .map((m) => m.name)
        : [],
    }));
  const wait = medianRequestToSession(sessions);
  return {
    sessionCount: sessions.length,
    balance,
    weeks: sessionsPerWeek(sessions, zone, now),
    results: resultsPerTopic(sessions),
    ...(wait !== undefined ? { medianWaitDays: Math.round((wait / DAY) * 10) / 10 } : {}),
    outcomes: outcomes(sessions, now),
    flash: data.flash,
    loads: loads.map((l) => ({ ...l, name: names.get(l.mentorId) ?? l.mentorId })),
    pilots: data.pilots
      .filter((p) => !filter.pilot || p.key === filter.pilot)
      .map((p) => ({ key: p.key, name: p.pilot.name, from: p.pilot.from, to: p.pilot.to, goal: p.pilot.goal, people: new Set(p.pilot.people).size, progress: pilotProgress(p.pilot, data.sessions, now) })),
    skipped: data.skipped,
    skippedByField: data.skippedByField,
  };
}

/** Slots of `minutes` that fit in free time (each free stretch holds as many as fit end to end). */
export function slotsIn(free: readonly Interval[], minutes: number): number {
  const length = minutes * 60_000;
  if (!(length > 0)) return 0;
  return free.reduce((n, f) => n + Math.max(0, Math.floor((f.end - f.start) / length)), 0);
}

/** A mentor's supply over two weeks: free slots in the calendar, but never more than their cap allows. */
export function supplyOverTwoWeeks(calendarSlots: number, capacityPerWeek: number | undefined): number {
  return capacityPerWeek === undefined ? calendarSlots : Math.min(calendarSlots, capacityPerWeek * 2);
}

/** Useful rounds over rated rounds, from each mentee's verdicts. */
export function countRoundVerdicts(feedback: readonly (Readonly<Record<string, string>> | undefined)[]): { useful: number; rated: number } {
  let useful = 0;
  let rated = 0;
  for (const verdicts of feedback) {
    for (const v of Object.values(verdicts ?? {})) {
      rated += 1;
      if (v === 'useful') useful += 1;
    }
  }
  return { useful, rated };
}

/** A share as whole percent ("68 %"), or an em dash with nothing to share. */
export const percent = (share: number | undefined): string => (share === undefined ? '—' : `${Math.round(share * 100)} %`);

/** A day in the zone as yyyy-mm-dd (week starts, pilot dates). */
export function isoDay(zone: string, instant: number): string {
  const { year, month, day } = civilFromDay(localDayOf(zone, instant));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const STATUS_LABELS: Record<(typeof WEEK_STATUSES)[number], string> = { requested: 'Requested', scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled', 'no-result': 'No result' };

/** One table of the dashboard: its title, headers and rows exactly as shown. */
export interface FigureTable {
  id: string;
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/** The dashboard's tables, as the screen shows them and the CSV holds them. */
export function figureTables(f: DashboardFigures, zone: string): FigureTable[] {
  const flash = 'unreadable' in f.flash ? f.flash.unreadable : f.flash.rated === 0 ? '—' : percent(f.flash.useful / f.flash.rated);
  return [
    {
      id: 'demand',
      title: 'Demand and supply per topic',
      header: ['Topic', 'Requests', 'Searches with no free mentor', 'Mentors', 'Weekly capacity', 'Free slots (next 2 weeks)', 'Demand outruns supply', 'Mentors who could add it'],
      rows: f.balance.map((b) => [b.topic, b.requests, b.unmetSearches, b.mentors, b.weeklyCapacity, b.freeSlotsTwoWeeks, b.short ? 'yes' : 'no', b.couldAdd.join('; ')]),
    },
    {
      id: 'weeks',
      title: 'Sessions per week by status',
      header: ['Week starting', ...WEEK_STATUSES.map((s) => STATUS_LABELS[s])],
      rows: f.weeks.map((w) => [isoDay(zone, w.weekStart), ...WEEK_STATUSES.map((s) => w.counts[s])]),
    },
    {
      id: 'results',
      title: 'Results per topic',
      header: ['Topic', 'Met', 'Partly', 'Not yet'],
      rows: f.results.map((r) => [r.topic, r.met, r.partly, r.notYet]),
    },
    {
      id: 'outcomes',
      title: 'Outcomes',
      header: ['Figure', 'Value'],
      rows: [
        ['Sessions', f.sessionCount],
        ['Median days from request to session', f.medianWaitDays ?? '—'],
        ['Sessions held', f.outcomes.held],
        ['Held sessions with a thank-you note', percent(f.outcomes.thankYouShare)],
        ['Follow-ups suggested', f.outcomes.followUpsSuggested],
        ['Sequences started', f.outcomes.sequencesStarted],
        ['Sequences completed', f.outcomes.sequencesCompleted],
        ["Flash events' useful rounds", flash],
        ['Rows skipped (edited by hand)', f.skipped],
      ],
    },
    {
      id: 'load',
      title: 'Mentor load this week',
      header: ['Mentor', 'Sessions this week', 'Weekly cap', 'At cap'],
      rows: f.loads.map((l) => [l.name, l.thisWeek, l.capacityPerWeek ?? '—', l.atCap ? 'yes' : 'no']),
    },
    {
      id: 'pilots',
      title: 'Pilots',
      header: ['Pilot', 'From', 'To', 'People', 'Sessions', 'Goal sessions', 'Held', 'Met or partly', 'Goal met or partly', 'Time gone'],
      rows: f.pilots.map((p) => [
        p.name,
        isoDay(zone, p.from),
        isoDay(zone, p.to - 1),
        p.people,
        p.progress.sessions,
        p.goal.sessions,
        p.progress.held,
        percent(p.progress.metOrPartlyShare),
        percent(p.goal.metOrPartly),
        percent(p.progress.timeGone),
      ]),
    },
  ];
}

/** One CSV with each table under its title, a blank line between. */
export function dashboardCsv(tables: readonly FigureTable[]): string {
  return tables.map((t) => toCsv([t.title], []) + toCsv(t.header, t.rows)).join('\r\n');
}
