// A pilot: a program manager tries micro-mentoring with a few people before scaling it up (the
// method's "start with a pilot"). It has dates, its people and a goal ("20 sessions in 4 weeks, 70 %
// met or partly"); sessions of its people in its dates count toward it.
import type { InsightSession } from './program-insight';
import { weekStatusOf } from './program-insight';

export const PILOT_LIMITS = { nameMax: 80, peopleMax: 500, sessionsGoalMax: 10_000, daysMax: 366 } as const;
const DAY = 86_400_000;

export interface Pilot {
  name: string;
  /** Inclusive start and exclusive end of the pilot, epoch ms. */
  from: number;
  to: number;
  /** Mentees and mentors taking part (user ids). */
  people: readonly string[];
  goal: { sessions: number; /** Share of held sessions met or partly met, 0…1. */ metOrPartly: number };
}

export type PilotField = 'name' | 'dates' | 'people' | 'sessions' | 'metOrPartly';

export interface PilotError {
  field: PilotField;
  message: string;
}

/** Every problem with a pilot, at its field; an empty list when it can be saved. */
export function checkPilot(pilot: Pilot): PilotError[] {
  const errors: PilotError[] = [];
  const name = pilot.name.trim();
  if (!name) errors.push({ field: 'name', message: 'Give the pilot a name.' });
  else if (name.length > PILOT_LIMITS.nameMax) errors.push({ field: 'name', message: `Keep the name to ${PILOT_LIMITS.nameMax} characters (it has ${name.length}).` });
  if (!Number.isFinite(pilot.from) || !Number.isFinite(pilot.to) || pilot.to <= pilot.from) errors.push({ field: 'dates', message: 'The pilot must end after it starts.' });
  else if (pilot.to - pilot.from > PILOT_LIMITS.daysMax * DAY) errors.push({ field: 'dates', message: 'Keep a pilot to a year at most.' });
  const people = new Set(pilot.people);
  if (people.size < 2) errors.push({ field: 'people', message: 'Add at least one mentor and one mentee.' });
  else if (people.size > PILOT_LIMITS.peopleMax) errors.push({ field: 'people', message: `A pilot takes at most ${PILOT_LIMITS.peopleMax} people; start a program for more.` });
  if (!Number.isInteger(pilot.goal.sessions) || pilot.goal.sessions < 1 || pilot.goal.sessions > PILOT_LIMITS.sessionsGoalMax) {
    errors.push({ field: 'sessions', message: `Aim for 1 to ${PILOT_LIMITS.sessionsGoalMax.toLocaleString('en')} sessions.` });
  }
  if (!(pilot.goal.metOrPartly >= 0 && pilot.goal.metOrPartly <= 1)) errors.push({ field: 'metOrPartly', message: 'The share of sessions met or partly met is between 0 % and 100 %.' });
  return errors;
}

export interface PilotProgress {
  /** Sessions of its people in its dates that took place or are booked (not cancelled, not drafts). */
  sessions: number;
  held: number;
  metOrPartly: number;
  /** metOrPartly / held, undefined until a session is held with a result. */
  metOrPartlyShare?: number;
  /** Share of the pilot's time gone by at `now`, 0…1. */
  timeGone: number;
  sessionsGoalReached: boolean;
  resultGoalReached: boolean;
}

/** How far a pilot is: a session counts when its mentee or mentor takes part and it starts in the pilot's dates. */
export function pilotProgress(pilot: Pilot, sessions: readonly InsightSession[], now: number): PilotProgress {
  const people = new Set(pilot.people);
  const counted = sessions.filter(
    (s) => s.start >= pilot.from && s.start < pilot.to && (people.has(s.menteeId) || people.has(s.mentorId)) && s.status !== 'cancelled' && s.status !== 'draft',
  );
  const held = counted.filter((s) => weekStatusOf(s, now) === 'held');
  const metOrPartly = held.filter((s) => s.result === 'met' || s.result === 'partly').length;
  const share = held.length > 0 ? metOrPartly / held.length : undefined;
  return {
    sessions: counted.length,
    held: held.length,
    metOrPartly,
    ...(share !== undefined ? { metOrPartlyShare: share } : {}),
    timeGone: Math.min(1, Math.max(0, (now - pilot.from) / (pilot.to - pilot.from))),
    sessionsGoalReached: counted.length >= pilot.goal.sessions,
    resultGoalReached: share !== undefined && share >= pilot.goal.metOrPartly,
  };
}
