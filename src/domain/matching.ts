// Ranking mentors for one mentee's narrow question. Data in, data out: the soonest mutual slot is computed
// elsewhere (from calendars), the clock is an argument, and reasons carry data for the UI to phrase dates.
import { readMentorTopics, readRequestTopic, topicFitOf, type TopicFit } from './topics';

export interface MentorRequest {
  /** The question's topic, in the mentee's words ("slides for the board review"). */
  topic: string;
  /** The goal text; it may name the topic in other words. */
  goal: string;
}

export interface MenteeProfile {
  id: string;
  department?: string;
  /** Ids of the mentee's manager, their manager, and so on up, when the directory knows them. */
  managerChain?: readonly string[];
}

export interface MentorCandidate {
  id: string;
  displayName: string;
  department?: string;
  topics: readonly string[];
  active: boolean;
  /** Sessions a mentor offers per week / month; absent means no limit for that period. */
  capacityPerWeek?: number;
  capacityPerMonth?: number;
  bookedThisWeek?: number;
  bookedThisMonth?: number;
  /** Start (epoch ms) of the soonest slot both are free, if any was found in the search window. */
  soonestSlotStart?: number;
}

export interface RankOptions {
  /** Epoch ms; soonness is measured from here. */
  now: number;
  /** Keep mentors whose topics do not fit the question at all (ranked by the rest). Default false. */
  includeUnrelated?: boolean;
  /** At most this many results. */
  limit?: number;
}

export type CapacityPeriod = 'week' | 'month';

export type MatchReason =
  | { kind: 'topic'; fit: 'exact' | 'synonym' | 'overlap'; mentorTopic: string; text: string }
  /** The UI phrases the time ("Free tomorrow at 10:00") in the viewer's zone. */
  | { kind: 'soonest-slot'; start: number }
  | { kind: 'no-slot'; text: string }
  | { kind: 'capacity-left'; period: CapacityPeriod; left: number; text: string }
  | { kind: 'at-capacity'; period: CapacityPeriod; text: string }
  | { kind: 'cross-department'; department: string; text: string };

export interface ScoreComponents {
  /** Topic fit, 0…1 (see topics.ts). */
  topic: number;
  /** 1 for a slot now, halving every SOONNESS_HALF_LIFE_MS; 0 with no slot. */
  soonness: number;
  /** Share of capacity left in the tighter period, 0…1; 1 when the mentor sets no limit. */
  capacity: number;
  /** 1 when the mentor works in another department than the mentee. */
  crossDepartment: number;
}

export interface RankedMentor {
  mentor: MentorCandidate;
  /** Weighted sum of the components; higher ranks first (after the at-capacity split). */
  score: number;
  components: ScoreComponents;
  topicFit: TopicFit;
  /** Sessions left this week / month, where the mentor sets a limit. */
  capacityLeft: { week?: number; month?: number };
  /** The period in which the mentor is fully booked, if any; such mentors are listed last. */
  atCapacity?: CapacityPeriod;
  reasons: MatchReason[];
}

// Weights. Topic fit leads because a micro-mentoring request is a narrow question: the wrong expert wastes
// the session. Soonness comes next because the method is just-in-time help; with these weights a synonym
// match free tomorrow beats an exact match free in two weeks, but a word-overlap match free now does not beat
// an exact match free within a week (capacity alike). Capacity left spreads load so willing mentors are not
// used up. Cross-department is a tie-breaker, worth about eight hours of waiting and less than the step
// between two kinds of topic fit: the program wants cross-departmental learning, not at the cost of a worse answer.
export const TOPIC_WEIGHT = 0.6;
export const SOONNESS_WEIGHT = 0.25;
export const CAPACITY_WEIGHT = 0.1;
export const CROSS_DEPARTMENT_WEIGHT = 0.02;

/** Three days: a slot this week is worth most of the soonness score; one in three weeks almost nothing. */
export const SOONNESS_HALF_LIFE_MS = 3 * 86_400_000;

export type ExclusionReason = 'self' | 'inactive' | 'manager-chain';

/**
 * Why a mentor may never be suggested to this mentee, if so: themself, an inactive mentor, or anyone in
 * the mentee's manager chain (a session with one's own manager is not the safe, outside view the method wants).
 */
export function exclusionReason(mentee: MenteeProfile, mentor: MentorCandidate): ExclusionReason | undefined {
  if (mentor.id === mentee.id) return 'self';
  if (!mentor.active) return 'inactive';
  if (mentee.managerChain?.includes(mentor.id)) return 'manager-chain';
  return undefined;
}

/**
 * Mentors for a request, best first. Excluded: the mentee, inactive mentors, the mentee's manager chain and
 * (unless `includeUnrelated`) mentors whose topics do not fit. Mentors at capacity are kept but listed last,
 * with an `at-capacity` reason, so the UI can say "at capacity this week" instead of hiding an expert.
 * Equal scores order by cross-department first, then display name, then id.
 */
export function rankMentors(request: MentorRequest, mentee: MenteeProfile, mentors: readonly MentorCandidate[], options: RankOptions): RankedMentor[] {
  const ranked: RankedMentor[] = [];
  const reading = readRequestTopic(request.topic, request.goal);
  for (const mentor of mentors) {
    if (exclusionReason(mentee, mentor) !== undefined) continue;
    const fit = topicFitOf(reading, readMentorTopics(mentor.topics));
    if (fit.kind === 'none' && !options.includeUnrelated) continue;
    ranked.push(rankOne(fit, mentee, mentor, options.now));
  }
  ranked.sort(compareRanked);
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}

function rankOne(fit: TopicFit, mentee: MenteeProfile, mentor: MentorCandidate, now: number): RankedMentor {
  const reasons: MatchReason[] = [];
  if (fit.kind !== 'none' && fit.mentorTopic !== undefined) reasons.push(topicReason(fit, fit.mentorTopic));

  let soonness = 0;
  if (mentor.soonestSlotStart === undefined) {
    reasons.push({ kind: 'no-slot', text: 'No shared free time found yet' });
  } else {
    soonness = Math.pow(2, -Math.max(0, mentor.soonestSlotStart - now) / SOONNESS_HALF_LIFE_MS);
    reasons.push({ kind: 'soonest-slot', start: mentor.soonestSlotStart });
  }

  const capacityLeft: { week?: number; month?: number } = {};
  let capacity = 1;
  let atCapacity: CapacityPeriod | undefined;
  let tightest: { period: CapacityPeriod; left: number } | undefined;
  const periods: [CapacityPeriod, number | undefined, number | undefined][] = [
    ['week', mentor.capacityPerWeek, mentor.bookedThisWeek],
    ['month', mentor.capacityPerMonth, mentor.bookedThisMonth],
  ];
  for (const [period, limit, booked] of periods) {
    if (limit === undefined) continue;
    const left = Math.max(0, limit - (booked ?? 0));
    capacityLeft[period] = left;
    const share = limit > 0 ? left / limit : 0;
    if (left === 0 && atCapacity === undefined) atCapacity = period;
    if (share < capacity || tightest === undefined) tightest = { period, left };
    capacity = Math.min(capacity, share);
  }
  if (atCapacity !== undefined) {
    capacity = 0;
    reasons.push({ kind: 'at-capacity', period: atCapacity, text: `At capacity this ${atCapacity}` });
  } else if (tightest !== undefined) {
    const { period, left } = tightest;
    reasons.push({ kind: 'capacity-left', period, left, text: `${left} ${left === 1 ? 'session' : 'sessions'} left this ${period}` });
  }

  const crossDepartment = mentee.department !== undefined && mentor.department !== undefined && mentor.department !== mentee.department ? 1 : 0;
  if (crossDepartment === 1) reasons.push({ kind: 'cross-department', department: mentor.department!, text: `From another department: ${mentor.department}` });

  const components: ScoreComponents = { topic: fit.score, soonness, capacity, crossDepartment };
  const score =
    TOPIC_WEIGHT * components.topic + SOONNESS_WEIGHT * components.soonness + CAPACITY_WEIGHT * components.capacity + CROSS_DEPARTMENT_WEIGHT * components.crossDepartment;
  const result: RankedMentor = { mentor, score, components, topicFit: fit, capacityLeft, reasons };
  if (atCapacity !== undefined) result.atCapacity = atCapacity;
  return result;
}

function topicReason(fit: TopicFit, mentorTopic: string): MatchReason {
  if (fit.kind === 'exact') return { kind: 'topic', fit: 'exact', mentorTopic, text: `Exact topic match: ${mentorTopic}` };
  if (fit.kind === 'synonym') {
    const via = fit.source === 'goal' ? 'your goal mentions' : 'you asked about';
    return { kind: 'topic', fit: 'synonym', mentorTopic, text: `Close topic match: ${mentorTopic} (${via} ${fit.vocabularyTopic})` };
  }
  return { kind: 'topic', fit: 'overlap', mentorTopic, text: `Related topic: ${mentorTopic} (shares "${(fit.sharedWords ?? []).join('", "')}")` };
}

function compareRanked(a: RankedMentor, b: RankedMentor): number {
  const capacityOrder = Number(a.atCapacity !== undefined) - Number(b.atCapacity !== undefined);
  if (capacityOrder !== 0) return capacityOrder;
  if (a.score !== b.score) return b.score - a.score;
  if (a.components.crossDepartment !== b.components.crossDepartment) return b.components.crossDepartment - a.components.crossDepartment;
  return compareText(a.mentor.displayName.toLowerCase(), b.mentor.displayName.toLowerCase()) || compareText(a.mentor.displayName, b.mentor.displayName) || compareText(a.mentor.id, b.mentor.id);
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
