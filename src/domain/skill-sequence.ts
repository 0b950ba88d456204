// A skill sequence: 2 or 3 sessions with one mentor on one skill, each with its own goal under one
// overall goal. Session k+1 starts where session k ended: its actions are carried into the next
// header and prep checklist, and the sequence has a result of its own once all sessions are held.
import { CARRIED_ACTIONS_ITEM, MENTEE_CHECKLIST, type ChecklistItem } from './checklists';
import { freeSlots, type Mentee, type Mentor } from './free-slots';
import { characterCount, countQuestions, normalizeLine, refusedLink, REQUEST_LIMITS } from './precise-request';
import type { AgreedAction, Session, SessionResult } from './session';
import type { TimeBoxMinutes } from './time-box';
import { DAY, localDayOf, localWallTime, MINUTE } from './zone-time';

/** A sequence has 2 or 3 sessions: fewer is a one-time session, more is a mentoring relationship. */
export const SEQUENCE_LENGTHS = [2, 3] as const;
export type SequenceLength = (typeof SEQUENCE_LENGTHS)[number];

/** Session k+1 is proposed this many days after session k, at the earliest and the latest. */
export const SEQUENCE_GAP_DAYS = { min: 7, max: 14 } as const;

/** The overall goal takes the request goal's limits; each session's goal is a single line too. */
export const SEQUENCE_LIMITS = {
  overallGoal: REQUEST_LIMITS.goal,
  sessionGoal: REQUEST_LIMITS.goal,
} as const;

export interface SequencePlan {
  overallGoal: string;
  /** One goal per session, session 1 first. */
  goals: string[];
}

export interface SequencePlanDraft {
  overallGoal?: unknown;
  goals?: unknown;
}

export type SequenceField = 'overallGoal' | 'sessions' | `goal-${number}`;

export type SequenceErrorCode =
  | 'sessions-count'
  | 'overall-goal-required'
  | 'overall-goal-too-short'
  | 'overall-goal-too-long'
  | 'overall-goal-link-refused'
  | 'session-goal-required'
  | 'session-goal-too-short'
  | 'session-goal-too-long'
  | 'session-goal-several-questions'
  | 'session-goal-link-refused'
  | 'session-goal-repeated';

export interface SequenceError {
  code: SequenceErrorCode;
  field: SequenceField;
  message: string;
}

export type SequenceValidation = { ok: true; plan: SequencePlan } | { ok: false; errors: SequenceError[] };

/** Checks an overall goal and one goal per session (2 or 3), each at its own field. */
export function validateSequencePlan(draft: unknown): SequenceValidation {
  const d: SequencePlanDraft = typeof draft === 'object' && draft !== null ? (draft as SequencePlanDraft) : {};
  const errors: SequenceError[] = [];
  const fail = (code: SequenceErrorCode, field: SequenceField, message: string) => errors.push({ code, field, message });

  const overallGoal = typeof d.overallGoal === 'string' ? normalizeLine(d.overallGoal) : '';
  const overallLength = characterCount(overallGoal);
  const { min, max } = SEQUENCE_LIMITS.overallGoal;
  if (overallLength === 0) fail('overall-goal-required', 'overallGoal', 'Write the overall goal: the skill you want to have built by the last session.');
  else if (overallLength < min) fail('overall-goal-too-short', 'overallGoal', `The overall goal is ${overallLength} characters; say in at least ${min} what you want to be able to do.`);
  else if (overallLength > max) fail('overall-goal-too-long', 'overallGoal', `The overall goal is ${overallLength} characters; keep it to ${max}.`);
  const overallLink = refusedLink(overallGoal);
  if (overallLink) fail('overall-goal-link-refused', 'overallGoal', overallLink);

  const rawGoals: unknown[] = Array.isArray(d.goals) ? d.goals : [];
  if (!SEQUENCE_LENGTHS.includes(rawGoals.length as SequenceLength)) {
    fail('sessions-count', 'sessions', `A sequence has 2 or 3 sessions, not ${rawGoals.length}.`);
  }
  const goals = rawGoals.map((g) => (typeof g === 'string' ? normalizeLine(g) : ''));
  const seen = new Map<string, number>();
  goals.forEach((goal, i) => {
    const field: SequenceField = `goal-${i + 1}`;
    const n = i + 1;
    const length = characterCount(goal);
    const limits = SEQUENCE_LIMITS.sessionGoal;
    if (length === 0) fail('session-goal-required', field, `Write the goal of session ${n}: the step towards the overall goal you take in it.`);
    else if (length < limits.min) fail('session-goal-too-short', field, `The goal of session ${n} is ${length} characters; say in at least ${limits.min} what this session is for.`);
    else if (length > limits.max) fail('session-goal-too-long', field, `The goal of session ${n} is ${length} characters; keep it to ${limits.max}.`);
    if (countQuestions(goal) > 1) fail('session-goal-several-questions', field, `The goal of session ${n} asks several questions; keep one per session.`);
    const link = refusedLink(goal);
    if (link) fail('session-goal-link-refused', field, link);
    const key = goal.toLocaleLowerCase();
    const earlier = seen.get(key);
    if (length > 0 && earlier !== undefined) fail('session-goal-repeated', field, `Session ${n} has the same goal as session ${earlier}; give each session its own step.`);
    else seen.set(key, n);
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, plan: { overallGoal, goals } };
}

/** Everything needed to propose times for sessions 2..n: both calendars and the mentor's rules. */
export interface SequenceSlotQuery {
  mentee: Mentee;
  mentor: Mentor;
  now: number;
  timeBox: TimeBoxMinutes;
  /** The mentee's zone: "a week later" is the same wall-clock time in it, and slots sit on its quarter hours. */
  viewerZone: string;
  noticeMinutes: number;
  bufferMinutes: number;
}

export interface ProposedSession {
  index: number;
  /** The start proposed or chosen; undefined when there is no mutual free time in the window. */
  start?: number;
  /** The mutual free starts 1–2 weeks after the previous session, to change the proposal among. */
  options: number[];
  /** Why there is no start, in words for the mentee. */
  problem?: string;
}

/**
 * Session 1 at `first`, then each next session 1–2 weeks after the one before in mutual free time:
 * `chosen[k]` (a start the mentee picked for session k + 1) when it is still one of the options,
 * else the free start nearest to the same time a week later. Each earlier session counts towards
 * the mentor's weekly and monthly caps, so a full week is never proposed.
 */
export function proposeSequence(query: SequenceSlotQuery, first: number, length: SequenceLength, chosen: readonly (number | undefined)[] = []): ProposedSession[] {
  const sessions: ProposedSession[] = [{ index: 1, start: first, options: [] }];
  const booked = [...(query.mentor.booked ?? [])];
  let previous: number | undefined = first;
  for (let index = 2; index <= length; index++) {
    if (previous === undefined) {
      sessions.push({ index, options: [], problem: `Pick a time for session ${index - 1} first.` });
      continue;
    }
    // The session before counts towards the caps once (a booked one is among the mentor's sessions already).
    if (!booked.some((b) => b.start === previous)) booked.push({ start: previous });
    const { from, to, aim } = nextWindow(previous, query.viewerZone, query.timeBox);
    const options = freeSlots({ ...query, mentor: { ...query.mentor, booked }, from, to });
    const wanted = chosen[index - 1];
    const start = wanted !== undefined && options.includes(wanted) ? wanted : nearest(options, aim);
    if (start === undefined) {
      sessions.push({ index, options, problem: `Neither of you is free 1–2 weeks after session ${index - 1}, or the mentor's weeks are full; pick another time for session ${index - 1} or book this one later.` });
    } else {
      sessions.push({ index, start, options });
    }
    previous = start;
  }
  return sessions;
}

/** The window for the next session: from the same wall-clock time a week later to two weeks later. */
function nextWindow(previous: number, zone: string, box: TimeBoxMinutes): { from: number; to: number; aim: number } {
  const day = localDayOf(zone, previous);
  const minuteOfDay = Math.round((previous - localWallTime(zone, day, 0)) / MINUTE);
  const aim = localWallTime(zone, day + SEQUENCE_GAP_DAYS.min, minuteOfDay);
  const last = localWallTime(zone, day + SEQUENCE_GAP_DAYS.max, minuteOfDay);
  // Searched from the start of the first day, so a slot earlier that day is an option too.
  return { from: Math.min(aim, localWallTime(zone, day + SEQUENCE_GAP_DAYS.min, 0)), to: Math.max(last + box * MINUTE, aim + DAY), aim };
}

function nearest(options: readonly number[], aim: number): number | undefined {
  let best: number | undefined;
  for (const start of options) {
    if (best === undefined || Math.abs(start - aim) < Math.abs(best - aim)) best = start;
  }
  return best;
}

/** The actions carried from session k into session k + 1: all of them, open ones first. */
export function carriedActions(previous: Session | undefined): AgreedAction[] {
  if (!previous) return [];
  return [...previous.agreedActions].sort((a, b) => Number(a.done === true) - Number(b.done === true));
}

/** The mentee's prep checklist for a session: for session 2 and later, one more item for the carried actions. */
export function menteeChecklistFor(session: Pick<Session, 'format' | 'sequence'>): readonly ChecklistItem[] {
  return session.format === 'sequence' && (session.sequence?.index ?? 1) >= 2 ? [...MENTEE_CHECKLIST, CARRIED_ACTIONS_ITEM] : MENTEE_CHECKLIST;
}

export type SequenceOutcome =
  | { kind: 'in-progress'; held: number; of: number }
  | { kind: 'result'; result: SessionResult; recordedByMentee: boolean; held: number; of: number };

/**
 * The sequence's own result: what the mentee recorded at the end when they did; otherwise, once
 * every session not cancelled has a result, met when all met, not yet when none moved, else partly.
 */
export function sequenceOutcome(sessions: readonly Session[]): SequenceOutcome {
  const live = sessions.filter((s) => s.status !== 'cancelled');
  const of = Math.max(0, ...sessions.map((s) => s.sequence?.of ?? 0), live.length);
  const results = live.map((s) => s.result).filter((r): r is SessionResult => r !== undefined);
  const held = results.length;
  const recorded = live.map((s) => s.sequence?.result).find((r) => r !== undefined);
  if (recorded) return { kind: 'result', result: recorded, recordedByMentee: true, held, of };
  if (live.length < of || held < live.length || held === 0) return { kind: 'in-progress', held, of };
  const result: SessionResult = results.every((r) => r === 'met') ? 'met' : results.every((r) => r === 'not-yet') ? 'not-yet' : 'partly';
  return { kind: 'result', result, recordedByMentee: false, held, of };
}

/** Whether this is the sequence's last session, whose panel asks for the sequence's result. */
export function isLastOfSequence(session: Pick<Session, 'format' | 'sequence'>): boolean {
  return session.format === 'sequence' && session.sequence !== undefined && session.sequence.index === session.sequence.of;
}

/** Each sequence's key for one session of it: the same for every session, so they can be found together. */
export function sequenceSessionKey(sequenceKey: string, index: number): string {
  return `${sequenceKey}-${index}`;
}

/**
 * Sessions grouped for a list: each sequence (by its key) once, placed where its first listed
 * session was, its sessions in order; every other session on its own.
 */
export function groupSequences<T extends { session: Session }>(items: readonly T[]): ({ kind: 'single'; item: T } | { kind: 'sequence'; key: string; overallGoal: string; items: T[] })[] {
  const out: ({ kind: 'single'; item: T } | { kind: 'sequence'; key: string; overallGoal: string; items: T[] })[] = [];
  const groups = new Map<string, { kind: 'sequence'; key: string; overallGoal: string; items: T[] }>();
  for (const item of items) {
    const key = item.session.format === 'sequence' ? item.session.sequence?.key : undefined;
    if (!key) {
      out.push({ kind: 'single', item });
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { kind: 'sequence', key, overallGoal: item.session.sequence?.goal ?? '', items: [] };
      groups.set(key, group);
      out.push(group);
    }
    group.items.push(item);
    if (!group.overallGoal && item.session.sequence?.goal) group.overallGoal = item.session.sequence.goal;
  }
  for (const group of groups.values()) {
    group.items.sort((a, b) => (a.session.sequence?.index ?? 0) - (b.session.sequence?.index ?? 0) || a.session.start - b.session.start);
  }
  return out;
}

/** Where a session of a sequence may move to: after the session before ends, before the one after starts. */
export interface SequenceMoveWindow {
  after?: number;
  before?: number;
}

export function sequenceMoveWindow(session: Session, siblings: readonly Session[]): SequenceMoveWindow {
  const index = session.sequence?.index;
  if (session.format !== 'sequence' || index === undefined) return {};
  const live = siblings.filter((s) => s.key !== session.key && s.status !== 'cancelled');
  const previous = live.filter((s) => (s.sequence?.index ?? 0) < index).sort((a, b) => b.end - a.end)[0];
  const next = live.filter((s) => (s.sequence?.index ?? 0) > index).sort((a, b) => a.start - b.start)[0];
  return { ...(previous ? { after: previous.end } : {}), ...(next ? { before: next.start } : {}) };
}

/** The starts that keep a session of `minutes` inside its window, in order. */
export function startsWithin(starts: readonly number[], minutes: number, range: SequenceMoveWindow): number[] {
  return starts.filter((start) => (range.after === undefined || start >= range.after) && (range.before === undefined || start + minutes * MINUTE <= range.before));
}

/**
 * The session of a sequence to book next (booked one at a time): the first index after the last
 * booked one, with the session before it; undefined when every session is booked or the one before
 * is not. Cancelled sessions do not count as booked.
 */
export function nextToBook(sessions: readonly Session[]): { index: number; previous: Session } | undefined {
  const live = sessions.filter((s) => s.status !== 'cancelled' && s.format === 'sequence' && s.sequence?.key);
  const of = live[0]?.sequence?.of ?? 0;
  const byIndex = new Map(live.map((s) => [s.sequence!.index, s]));
  for (let index = 2; index <= of; index++) {
    if (byIndex.has(index)) continue;
    const previous = byIndex.get(index - 1);
    const held = previous !== undefined && (previous.status === 'scheduled' || previous.status === 'completed');
    return held ? { index, previous } : undefined;
  }
  return undefined;
}
