// Flash-mentoring rotation: mentees rotate through mentors in rounds. Each round is one optimal assignment
// of mentees to mentor seats; fairness and "never the same mentor twice" are built into the costs.
import { solveAssignment, type Assignment } from './hungarian';
import { readMentorTopics, readRequestTopic, topicFitOf, type MentorTopicReading } from './topics';

export interface FlashMentee {
  id: string;
  /** The question the mentee brings to the event. */
  topic: string;
  goal?: string;
}

export interface FlashMentor {
  id: string;
  topics: readonly string[];
  /** Mentees the mentor meets at once in a round (a small table), 1–4. */
  seats: number;
}

export interface RotationPair {
  menteeId: string;
  mentorId: string;
  /** Topic fit of the mentee's question to the mentor's topics, 0…1. */
  fit: number;
}

export interface RotationRound {
  /** 1-based. */
  round: number;
  /** In mentee input order. */
  pairs: RotationPair[];
  /** Mentees without a mentor this round, in input order. */
  byes: string[];
}

export interface RotationResult {
  rounds: RotationRound[];
  totalFit: number;
  /**
   * Byes beyond the seat shortage (mentees − seats): a mentee sat out because every free seat was with a
   * mentor they had already met. 0 whenever the seats allow it.
   */
  extraByes: number;
}

export interface RotationPlan extends RotationResult {
  /** The greedy baseline's total fit under the same constraints, to show what optimal assignment gains. */
  greedyTotalFit: number;
  greedyExtraByes: number;
}

export type RotationErrorCode = 'invalid-rounds' | 'invalid-seats' | 'missing-id' | 'duplicate-mentee' | 'duplicate-mentor' | 'no-mentors' | 'too-many-rounds';

export class RotationError extends Error {
  constructor(
    readonly code: RotationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RotationError';
  }
}

/** Solves one round's assignment; `planRotation` takes another only so a benchmark can watch the rounds. */
export type AssignmentSolver = (costs: Float64Array, rows: number, columns: number) => Assignment;

export const MIN_SEATS = 1;
export const MAX_SEATS = 4;

/**
 * The rotation for a flash-mentoring event. Each round:
 * - no mentee meets a mentor twice (nor themself, when someone is on both lists) and seats are respected;
 * - when seats are short, the byes go to the mentees with the fewest byes so far, so nobody sits out twice
 *   before everyone has sat out once; among equals, the choice that gives the best total fit;
 * - the total topic fit is the best possible given those rules (one Hungarian assignment per round).
 *
 * Rounds that ask each mentee to meet more mentors than there are throw `too-many-rounds`. Subtler
 * shortages (for example one mentor holding most seats) are planned as far as possible and reported in
 * `extraByes`; such forced byes go to the mentees with the fewest byes.
 */
export function planRotation(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number, solve: AssignmentSolver = solveAssignment): RotationPlan {
  const event = prepare(mentees, mentors, rounds);
  const optimal = runRounds(event, (state) => optimalRound(state, solve));
  const greedy = runRounds(event, greedyRound);
  return { ...optimal, greedyTotalFit: greedy.totalFit, greedyExtraByes: greedy.extraByes };
}

/** What earlier rounds of an event already did, for planning only the rounds after them. */
export interface RotationHistory {
  /** Rounds already fixed (played or running); the rounds planned are numbered after them. */
  rounds: number;
  /** Pairs that met in those rounds: never paired again. */
  met: readonly { menteeId: string; mentorId: string }[];
  /** Byes so far per mentee id, so later byes still fall on those with the fewest. */
  byes: Readonly<Record<string, number>>;
}

/**
 * `planRotation` for the rounds after `history` (a late change to an event): the same rules, with the
 * pairs that already met blocked and the byes so far counted. Pairs and byes of people not in
 * `mentees`/`mentors` (dropped since) are ignored.
 */
export function planRotationAfter(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number, history: RotationHistory, solve: AssignmentSolver = solveAssignment): RotationPlan {
  const event = prepare(mentees, mentors, rounds);
  const optimal = runRounds(event, (state) => optimalRound(state, solve), history);
  const greedy = runRounds(event, greedyRound, history);
  return { ...optimal, greedyTotalFit: greedy.totalFit, greedyExtraByes: greedy.extraByes };
}

/**
 * The baseline: byes to the mentees with the fewest byes (ties by input order), then each mentee in input
 * order takes the best free seat with a mentor they have not met (ties by mentor order).
 */
export function greedyRotation(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number): RotationResult {
  return runRounds(prepare(mentees, mentors, rounds), greedyRound);
}

interface EventData {
  mentees: readonly FlashMentee[];
  mentors: readonly FlashMentor[];
  rounds: number;
  /** fit[i * mentorCount + k] */
  fit: Float64Array;
  /** 1 where mentee i may never meet mentor k again (met before, or the same person). */
  blocked: Uint8Array;
  /** Mentor index of each seat. */
  seatMentor: Int32Array;
}

interface RoundState {
  event: EventData;
  /** Byes so far per mentee. */
  byes: Int32Array;
  /** Mentees met so far: met[i * mentorCount + k]. */
  met: Uint8Array;
}

/** Mentor index per mentee for one round, -1 for a bye. */
type RoundAssigner = (state: RoundState) => Int32Array;

function prepare(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number): EventData {
  validate(mentees, mentors, rounds);
  const menteeCount = mentees.length;
  const mentorCount = mentors.length;
  const fit = new Float64Array(menteeCount * mentorCount);
  const blocked = new Uint8Array(menteeCount * mentorCount);
  // Read every text once, and score each distinct question against each distinct mentor topic once: at
  // an onboarding event many mentees ask the same thing and mentors pick from the same vocabulary. A fit
  // to a mentor is the best fit to one of their topics.
  const topics = new Map<string, number>();
  const topicReadings: MentorTopicReading[] = [];
  const mentorTopics = mentors.map((mentor) =>
    mentor.topics.flatMap((topic) => {
      let t = topics.get(topic);
      if (t === undefined) {
        const reading = readMentorTopics([topic])[0];
        t = reading === undefined ? -1 : topicReadings.push(reading) - 1;
        topics.set(topic, t);
      }
      return t < 0 ? [] : [t];
    }),
  );
  const questions = new Map<string, number[]>();
  mentees.forEach((mentee, i) => {
    const key = `${mentee.topic}\u0000${mentee.goal ?? ''}`;
    let scores = questions.get(key);
    if (scores === undefined) {
      const request = readRequestTopic(mentee.topic, mentee.goal ?? '');
      scores = topicReadings.map((reading) => topicFitOf(request, [reading]).score);
      questions.set(key, scores);
    }
    mentors.forEach((mentor, k) => {
      let best = 0;
      for (const t of mentorTopics[k]!) best = Math.max(best, scores[t]!);
      fit[i * mentorCount + k] = best;
      if (mentor.id === mentee.id) blocked[i * mentorCount + k] = 1;
    });
  });
  const seatMentor: number[] = [];
  mentors.forEach((mentor, k) => {
    for (let s = 0; s < mentor.seats; s++) seatMentor.push(k);
  });
  return { mentees, mentors, rounds, fit, blocked, seatMentor: Int32Array.from(seatMentor) };
}

function validate(mentees: readonly FlashMentee[], mentors: readonly FlashMentor[], rounds: number): void {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RotationError('invalid-rounds', `An event needs a whole number of rounds, at least 1; got ${rounds}.`);
  if (mentors.length === 0) throw new RotationError('no-mentors', 'An event needs at least one mentor.');
  const menteeIds = new Set<string>();
  for (const mentee of mentees) {
    if (!mentee.id) throw new RotationError('missing-id', 'Every mentee needs an id.');
    if (menteeIds.has(mentee.id)) throw new RotationError('duplicate-mentee', `Mentee ${mentee.id} is on the list twice.`);
    menteeIds.add(mentee.id);
  }
  const mentorIds = new Set<string>();
  let seats = 0;
  for (const mentor of mentors) {
    if (!mentor.id) throw new RotationError('missing-id', 'Every mentor needs an id.');
    if (mentorIds.has(mentor.id)) throw new RotationError('duplicate-mentor', `Mentor ${mentor.id} is on the list twice.`);
    mentorIds.add(mentor.id);
    if (!Number.isInteger(mentor.seats) || mentor.seats < MIN_SEATS || mentor.seats > MAX_SEATS) {
      throw new RotationError('invalid-seats', `Mentor ${mentor.id} has ${mentor.seats} seats per round; a mentor takes ${MIN_SEATS} to ${MAX_SEATS} mentees at once.`);
    }
    seats += mentor.seats;
  }
  if (mentees.length === 0) return;
  // With byes shared fairly, some mentees play ceil(rounds × playing / mentees) rounds; each needs a new mentor.
  const playing = Math.min(mentees.length, seats);
  const meetings = Math.ceil((rounds * playing) / mentees.length);
  if (meetings > mentors.length) {
    const most = Math.floor((mentors.length * mentees.length) / playing);
    throw new RotationError(
      'too-many-rounds',
      `${rounds} rounds would have mentees meet up to ${meetings} different mentors, but there are only ${mentors.length}. Plan at most ${most} rounds, or add mentors.`,
    );
  }
}

function runRounds(event: EventData, assign: RoundAssigner, history?: RotationHistory): RotationResult {
  const menteeCount = event.mentees.length;
  const mentorCount = event.mentors.length;
  const state: RoundState = { event, byes: new Int32Array(menteeCount), met: new Uint8Array(menteeCount * mentorCount) };
  const firstRound = (history?.rounds ?? 0) + 1;
  if (history) applyHistory(state, history);
  const shortage = Math.max(0, menteeCount - event.seatMentor.length);
  const rounds: RotationRound[] = [];
  let totalFit = 0;
  let extraByes = 0;
  for (let r = firstRound; r < firstRound + event.rounds; r++) {
    const mentorOf = assign(state);
    const pairs: RotationPair[] = [];
    const byes: string[] = [];
    for (let i = 0; i < menteeCount; i++) {
      const k = mentorOf[i]!;
      const menteeId = event.mentees[i]!.id;
      if (k < 0) {
        byes.push(menteeId);
        state.byes[i] = state.byes[i]! + 1;
        continue;
      }
      const fit = event.fit[i * mentorCount + k]!;
      pairs.push({ menteeId, mentorId: event.mentors[k]!.id, fit });
      state.met[i * mentorCount + k] = 1;
      totalFit += fit;
    }
    extraByes += byes.length - shortage;
    rounds.push({ round: r, pairs, byes });
  }
  return { rounds, totalFit, extraByes };
}

function applyHistory(state: RoundState, history: RotationHistory): void {
  const { mentees, mentors } = state.event;
  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, k) => [m.id, k]));
  for (const pair of history.met) {
    const i = menteeIndex.get(pair.menteeId);
    const k = mentorIndex.get(pair.mentorId);
    if (i !== undefined && k !== undefined) state.met[i * mentors.length + k] = 1;
  }
  mentees.forEach((mentee, i) => {
    state.byes[i] = history.byes[mentee.id] ?? 0;
  });
}

function mayMeet(state: RoundState, i: number, k: number): boolean {
  const cell = i * state.event.mentors.length + k;
  return state.met[cell] === 0 && state.event.blocked[cell] === 0;
}

/**
 * One optimal assignment of mentees to seats, costs in three tiers so that minimising the total settles,
 * in order: (1) as many mentees seated as possible — a seat with a mentor already met costs REPEAT and
 * counts as a bye; (2) among those, the mentees seated are the ones with the most byes so far — each
 * seated mentee earns BIG × (1 + byes), so the byes fall on the fewest-byes mentees; (3) among those, the
 * greatest total fit. BIG exceeds any total fit and REPEAT any sum of tier-2 terms, so no tier can buy a
 * better lower tier.
 */
function optimalRound(state: RoundState, solve: AssignmentSolver): Int32Array {
  const { event, byes } = state;
  const menteeCount = event.mentees.length;
  const mentorCount = event.mentors.length;
  const seatCount = event.seatMentor.length;
  const big = menteeCount + 1;
  const repeat = big * (menteeCount + 1) * (event.rounds + 2);
  const cost = (i: number, k: number): number => (mayMeet(state, i, k) ? -big * (1 + byes[i]!) - event.fit[i * mentorCount + k]! : repeat);
  const costs = new Float64Array(menteeCount * seatCount);
  let seatOf: Int32Array;
  if (seatCount <= menteeCount) {
    // The usual flash event: seats as rows, so the solver (which wants no more rows than columns) need
    // not transpose. A mentor's seats are equal rows: price the mentor's row once and copy it per seat.
    const row = new Float64Array(menteeCount);
    let rowMentor = -1;
    for (let s = 0; s < seatCount; s++) {
      const k = event.seatMentor[s]!;
      if (k !== rowMentor) {
        for (let i = 0; i < menteeCount; i++) row[i] = cost(i, k);
        rowMentor = k;
      }
      costs.set(row, s * menteeCount);
    }
    seatOf = solve(costs, seatCount, menteeCount).columnToRow;
  } else {
    for (let i = 0; i < menteeCount; i++) {
      for (let s = 0; s < seatCount; s++) costs[i * seatCount + s] = cost(i, event.seatMentor[s]!);
    }
    seatOf = solve(costs, menteeCount, seatCount).rowToColumn;
  }
  const mentorOf = new Int32Array(menteeCount).fill(-1);
  for (let i = 0; i < menteeCount; i++) {
    const s = seatOf[i]!;
    if (s >= 0 && mayMeet(state, i, event.seatMentor[s]!)) mentorOf[i] = event.seatMentor[s]!;
  }
  return mentorOf;
}

function greedyRound(state: RoundState): Int32Array {
  const { event, byes } = state;
  const menteeCount = event.mentees.length;
  const mentorCount = event.mentors.length;
  const mentorOf = new Int32Array(menteeCount).fill(-1);
  const shortage = Math.max(0, menteeCount - event.seatMentor.length);
  const sitsOut = new Uint8Array(menteeCount);
  const byFewestByes = Array.from({ length: menteeCount }, (_, i) => i).sort((a, b) => byes[a]! - byes[b]! || a - b);
  for (let n = 0; n < shortage; n++) sitsOut[byFewestByes[n]!] = 1;
  const seatsLeft = event.mentors.map((m) => m.seats);
  for (let i = 0; i < menteeCount; i++) {
    if (sitsOut[i] === 1) continue;
    let best = -1;
    for (let k = 0; k < mentorCount; k++) {
      if (seatsLeft[k]! === 0 || !mayMeet(state, i, k)) continue;
      if (best < 0 || event.fit[i * mentorCount + k]! > event.fit[i * mentorCount + best]!) best = k;
    }
    if (best >= 0) {
      mentorOf[i] = best;
      seatsLeft[best] = seatsLeft[best]! - 1;
    }
  }
  return mentorOf;
}
