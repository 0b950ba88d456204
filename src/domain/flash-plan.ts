// Planning a flash-mentoring event's rounds with the domain's rotation: one mentor table per registered
// mentor, each round an optimal topic-aware assignment, no pair twice. A late change (a no-show, a late
// registration) re-plans only the rounds not yet started.
import { startedRounds, type FlashEventSettings } from './flash-event';
import { registered, type FlashParticipant } from './flash-participants';
import { randomPairingFit, seedOf } from './flash-random';
import { MAX_SEATS, RotationError, planRotation, planRotationAfter, type FlashMentee, type FlashMentor, type RotationHistory, type RotationRound } from './rotation';

export interface FlashPair {
  menteeId: string;
  mentorId: string;
  /** Topic fit of the mentee's interests to the mentor's topics, 0…1. */
  fit: number;
}

export interface FlashRound {
  round: number;
  pairs: FlashPair[];
  /** Mentees without a table this round. */
  byes: string[];
}

export interface FlashPlan {
  rounds: FlashRound[];
  /** Mentor tables in order (one Teams meeting each); a mentor dropped after their table met stays. */
  mentorIds: string[];
  totalFit: number;
  /** The same people paired at random (seeded by the event), for comparison. */
  randomTotalFit: number;
}

export type FlashPlanErrorCode = 'no-mentors' | 'no-mentees' | 'too-many-rounds' | 'invalid';

export class FlashPlanError extends Error {
  constructor(
    readonly code: FlashPlanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FlashPlanError';
  }
}

/** Mentees at a table at once: the mentees shared over the mentors, at most the rotation's limit. */
export function seatsPerTable(mentees: number, mentors: number): number {
  return Math.max(1, Math.min(MAX_SEATS, Math.ceil(mentees / Math.max(1, mentors))));
}

/** Registered people as the rotation reads them: a mentee's first interest is the question, the others its goal. */
export function rotationPeople(participants: readonly FlashParticipant[]): { mentees: FlashMentee[]; mentors: FlashMentor[] } {
  const menteePeople = registered(participants, 'mentee');
  const mentorPeople = registered(participants, 'mentor');
  const seats = seatsPerTable(menteePeople.length, mentorPeople.length);
  return {
    mentees: menteePeople.map((p) => ({ id: p.userId, topic: p.topics[0] ?? '', goal: p.topics.slice(1).join(', ') })),
    mentors: mentorPeople.map((p) => ({ id: p.userId, topics: p.topics, seats })),
  };
}

function checkPeople(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[]): void {
  if (mentors.length === 0) throw new FlashPlanError('no-mentors', 'No mentor has registered yet: a table needs a mentor.');
  if (mentees.length === 0) throw new FlashPlanError('no-mentees', 'No mentee has registered yet.');
}

function fromRotation(error: unknown): never {
  if (error instanceof RotationError) throw new FlashPlanError(error.code === 'too-many-rounds' ? 'too-many-rounds' : 'invalid', error.message);
  throw error;
}

const sumFit = (rounds: readonly FlashRound[]) => rounds.reduce((sum, r) => sum + r.pairs.reduce((s, p) => s + p.fit, 0), 0);
const copyRound = (r: RotationRound): FlashRound => ({ round: r.round, pairs: r.pairs.map((p) => ({ ...p })), byes: [...r.byes] });

/** The whole event's plan from its registered people. `eventKey` seeds the random comparison. */
export function planFlashEvent(settings: Pick<FlashEventSettings, 'rounds'>, participants: readonly FlashParticipant[], eventKey: string): FlashPlan {
  const { mentees, mentors } = rotationPeople(participants);
  checkPeople(mentees, mentors);
  let rounds: FlashRound[];
  try {
    rounds = planRotation(mentees, mentors, settings.rounds).rounds.map(copyRound);
  } catch (error) {
    fromRotation(error);
  }
  return { rounds, mentorIds: mentors.map((m) => m.id), totalFit: sumFit(rounds), randomTotalFit: randomPairingFit(mentees, mentors, settings.rounds, seedOf(eventKey)) };
}

/**
 * The plan after a change of people at `now`: rounds that have started stay exactly as they were. When
 * mentees only dropped out, later rounds keep everyone else where they were (their seats are left free);
 * when someone joined or a mentor left, the later rounds are planned again with the pairs already met
 * blocked and the byes so far counted.
 */
export function replanFlashEvent(settings: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>, participants: readonly FlashParticipant[], previous: FlashPlan, eventKey: string, now: number): FlashPlan {
  const fixed = startedRounds(settings, now);
  const kept = previous.rounds.slice(0, fixed);
  if (fixed >= settings.rounds) return previous;
  const { mentees, mentors } = rotationPeople(participants);
  checkPeople(mentees, mentors);
  const menteeIds = new Set(mentees.map((m) => m.id));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const later = previous.rounds.slice(fixed);
  const planned = new Set(previous.rounds.flatMap((r) => [...r.pairs.map((p) => p.menteeId), ...r.byes]));
  const laterMentors = new Set(later.flatMap((r) => r.pairs.map((p) => p.mentorId)));
  const onlyDrops = mentees.every((m) => planned.has(m.id)) && mentors.every((m) => previous.mentorIds.includes(m.id)) && [...laterMentors].every((id) => mentorIds.has(id));
  let next: FlashRound[];
  if (onlyDrops) {
    next = later.map((r) => ({ round: r.round, pairs: r.pairs.filter((p) => menteeIds.has(p.menteeId)).map((p) => ({ ...p })), byes: r.byes.filter((id) => menteeIds.has(id)) }));
  } else {
    try {
      next = planRotationAfter(mentees, mentors, settings.rounds - fixed, historyOf(kept, mentees)).rounds.map(copyRound);
    } catch (error) {
      fromRotation(error);
    }
  }
  const rounds = [...kept, ...next];
  const tables = [...previous.mentorIds, ...mentors.map((m) => m.id).filter((id) => !previous.mentorIds.includes(id))];
  // A table with nobody left at it, in no round, has no meeting to keep.
  const used = new Set(rounds.flatMap((r) => r.pairs.map((p) => p.mentorId)));
  return {
    rounds,
    mentorIds: tables.filter((id) => used.has(id) || mentorIds.has(id)),
    totalFit: sumFit(rounds),
    randomTotalFit: randomPairingFit(mentees, mentors, settings.rounds, seedOf(eventKey)),
  };
}

/** Pairs met and byes so far; a mentee who joined late counts the rounds they missed as byes, so they are seated first. */
function historyOf(kept: readonly FlashRound[], mentees: readonly FlashMentee[]): RotationHistory {
  const seated = new Map<string, number>();
  for (const r of kept) for (const p of r.pairs) seated.set(p.menteeId, (seated.get(p.menteeId) ?? 0) + 1);
  const byes: Record<string, number> = {};
  for (const m of mentees) byes[m.id] = kept.length - (seated.get(m.id) ?? 0);
  return { rounds: kept.length, met: kept.flatMap((r) => r.pairs.map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId }))), byes };
}

/** Each mentor table over the whole event: who sits there in each round, and everyone to invite. */
export interface FlashTable {
  mentorId: string;
  /** Mentee ids per round (index = round − 1); empty for a round with nobody. */
  byRound: string[][];
  /** The mentor, then the mentees in the order they first visit. */
  attendeeIds: string[];
}

export function tablesOf(plan: FlashPlan): FlashTable[] {
  return plan.mentorIds.map((mentorId) => {
    const byRound = plan.rounds.map((r) => r.pairs.filter((p) => p.mentorId === mentorId).map((p) => p.menteeId));
    return { mentorId, byRound, attendeeIds: [mentorId, ...new Set(byRound.flat())] };
  });
}

/** Whether any mentee meets any mentor twice (a plan that breaks the rotation's promise). */
export function repeatedPairs(plan: FlashPlan): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const r of plan.rounds) {
    for (const p of r.pairs) {
      const key = `${p.menteeId}|${p.mentorId}`;
      if (seen.has(key)) repeats.push(key);
      seen.add(key);
    }
  }
  return repeats;
}

/**
 * Whether the plan still matches who is registered: false when someone registered is not in it, or
 * someone in a round not yet started is no longer registered (then plan again before publishing).
 */
export function planIsCurrent(plan: FlashPlan, participants: readonly FlashParticipant[], fixedRounds = 0): boolean {
  const registeredIds = new Set(participants.filter((p) => p.status === 'registered').map((p) => p.userId));
  const planned = new Set(plan.rounds.flatMap((r) => [...r.pairs.flatMap((p) => [p.menteeId, p.mentorId]), ...r.byes]));
  for (const id of registeredIds) if (!planned.has(id)) return false;
  return plan.rounds.slice(fixedRounds).every((r) => r.pairs.every((p) => registeredIds.has(p.menteeId) && registeredIds.has(p.mentorId)) && r.byes.every((id) => registeredIds.has(id)));
}

