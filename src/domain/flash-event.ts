// A flash-mentoring event as the program manager sets it up: when it starts (a wall time in their
// zone), how long the rounds and breaks are, and what topics it offers. Each round's times derive from
// the start alone, so every participant, in any zone, sees the same instants.
import { DAY, MINUTE, civilFromDay, dayFromCivil, isKnownZone, localWallTime } from './zone-time';

export const FLASH_ROUND_MINUTES = [10, 15] as const;
export const FLASH_LIMITS = {
  titleMax: 120,
  roundsMin: 1,
  roundsMax: 8,
  breakMinutesMin: 0,
  breakMinutesMax: 15,
  topicsMin: 1,
  topicsMax: 12,
  topicMax: 60,
  /** Mentees pick up to three topics they want to talk about. */
  menteeInterestsMax: 3,
  /** An event is planned no further than a year ahead. */
  daysAheadMax: 366,
} as const;

/** What the create form gives, as typed. */
export interface FlashEventInput {
  title: string;
  /** "YYYY-MM-DD" in `zone`. */
  date: string;
  /** "HH:MM" (24 h) in `zone`. */
  startTime: string;
  zone: string;
  roundMinutes: number;
  rounds: number;
  breakMinutes: number;
  topics: readonly string[];
  /** "YYYY-MM-DDTHH:MM" in `zone`: registration closes then (at the latest the start). */
  registrationCloses: string;
}

/** The event's settings, checked. */
export interface FlashEventSettings {
  title: string;
  /** The first round's start, epoch ms. */
  start: number;
  /** The organiser's zone, in which `date` and `startTime` were given. */
  zone: string;
  roundMinutes: number;
  rounds: number;
  breakMinutes: number;
  topics: string[];
  registrationCloses: number;
}

export type FlashFieldErrorCode =
  | 'title-empty'
  | 'title-too-long'
  | 'date-invalid'
  | 'date-past'
  | 'date-too-far'
  | 'time-invalid'
  | 'zone-unknown'
  | 'round-length'
  | 'rounds-range'
  | 'break-range'
  | 'topics-empty'
  | 'topics-too-many'
  | 'topic-too-long'
  | 'topic-duplicate'
  | 'close-invalid'
  | 'close-past'
  | 'close-after-start';

export interface FlashFieldError {
  field: keyof FlashEventInput;
  code: FlashFieldErrorCode;
  message: string;
}

export type FlashEventCheck = { ok: true; settings: FlashEventSettings } | { ok: false; errors: FlashFieldError[] };

export interface RoundTime {
  round: number;
  start: number;
  end: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "YYYY-MM-DD" as a day number, or undefined for a date that does not exist (31 February). */
function dayOf(text: string): number | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = dayFromCivil(year, month, day);
  const back = civilFromDay(n);
  return back.year === year && back.month === month && back.day === day ? n : undefined;
}

function minuteOf(text: string): number | undefined {
  const m = TIME.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** A wall time in a zone as epoch ms, or undefined when the text is not a date and time. */
function wallTime(zone: string, date: string, time: string): number | undefined {
  const day = dayOf(date);
  const minute = minuteOf(time);
  return day === undefined || minute === undefined ? undefined : localWallTime(zone, day, minute);
}

/** Topics as the manager typed them: trimmed, blanks dropped. */
export function cleanTopics(topics: readonly string[]): string[] {
  return topics.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t.length > 0);
}

/**
 * Checks every field and says what is wrong at each (all at once, so the form shows them together).
 * `now` is the clock's epoch ms: the event and its registration close must be in the future.
 */
export function checkFlashEvent(input: FlashEventInput, now: number): FlashEventCheck {
  const errors: FlashFieldError[] = [];
  const add = (field: keyof FlashEventInput, code: FlashFieldErrorCode, message: string) => errors.push({ field, code, message });
  const title = input.title.trim();
  if (!title) add('title', 'title-empty', 'Give the event a title.');
  else if (title.length > FLASH_LIMITS.titleMax) add('title', 'title-too-long', `Keep the title to ${FLASH_LIMITS.titleMax} characters (it has ${title.length}).`);

  const zoneOk = isKnownZone(input.zone);
  if (!zoneOk) add('zone', 'zone-unknown', `"${input.zone}" is not a time zone we know. Pick one from the list, e.g. Europe/London.`);
  const day = dayOf(input.date);
  const minute = minuteOf(input.startTime);
  if (day === undefined) add('date', 'date-invalid', input.date.trim() ? 'Enter the date as YYYY-MM-DD.' : 'Pick the date of the event.');
  if (minute === undefined) add('startTime', 'time-invalid', 'Enter the start time as HH:MM, e.g. 14:30.');
  let start: number | undefined;
  if (zoneOk && day !== undefined && minute !== undefined) {
    start = localWallTime(input.zone, day, minute);
    if (start <= now) add('date', 'date-past', 'This start has passed. Pick a later date or time.');
    else if (start - now > FLASH_LIMITS.daysAheadMax * DAY) add('date', 'date-too-far', 'Plan an event at most a year ahead.');
  }

  if (!(FLASH_ROUND_MINUTES as readonly number[]).includes(input.roundMinutes)) add('roundMinutes', 'round-length', 'A round lasts 10 or 15 minutes.');
  if (!Number.isInteger(input.rounds) || input.rounds < FLASH_LIMITS.roundsMin || input.rounds > FLASH_LIMITS.roundsMax) {
    add('rounds', 'rounds-range', `Plan ${FLASH_LIMITS.roundsMin} to ${FLASH_LIMITS.roundsMax} rounds.`);
  }
  if (!Number.isInteger(input.breakMinutes) || input.breakMinutes < FLASH_LIMITS.breakMinutesMin || input.breakMinutes > FLASH_LIMITS.breakMinutesMax) {
    add('breakMinutes', 'break-range', `A break between rounds is ${FLASH_LIMITS.breakMinutesMin} to ${FLASH_LIMITS.breakMinutesMax} minutes.`);
  }

  const topics = cleanTopics(input.topics);
  const long = topics.find((t) => t.length > FLASH_LIMITS.topicMax);
  const seen = new Set<string>();
  const duplicate = topics.find((t) => (seen.has(t.toLowerCase()) ? true : (seen.add(t.toLowerCase()), false)));
  if (topics.length < FLASH_LIMITS.topicsMin) add('topics', 'topics-empty', 'Offer at least one topic.');
  else if (topics.length > FLASH_LIMITS.topicsMax) add('topics', 'topics-too-many', `Offer at most ${FLASH_LIMITS.topicsMax} topics (there are ${topics.length}).`);
  else if (long) add('topics', 'topic-too-long', `Keep each topic to ${FLASH_LIMITS.topicMax} characters: "${long.slice(0, 20)}…" is longer.`);
  else if (duplicate) add('topics', 'topic-duplicate', `"${duplicate}" is listed twice.`);

  const [closeDate, closeTime] = input.registrationCloses.trim().split('T');
  const closes = zoneOk ? wallTime(input.zone, closeDate ?? '', closeTime ?? '') : undefined;
  if (zoneOk && closes === undefined) add('registrationCloses', 'close-invalid', input.registrationCloses.trim() ? 'Enter when registration closes as a date and time.' : 'Pick when registration closes.');
  else if (closes !== undefined && closes <= now) add('registrationCloses', 'close-past', 'Registration would already be closed. Pick a later time.');
  else if (closes !== undefined && start !== undefined && closes > start) add('registrationCloses', 'close-after-start', 'Registration must close by the time the event starts.');

  if (errors.length > 0 || start === undefined || closes === undefined) return { ok: false, errors };
  return {
    ok: true,
    settings: { title, start, zone: input.zone, roundMinutes: input.roundMinutes, rounds: input.rounds, breakMinutes: input.breakMinutes, topics, registrationCloses: closes },
  };
}

/** Each round's start and end: round r starts (r − 1) × (round + break) after the event's start. */
export function roundTimes(event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>): RoundTime[] {
  const step = (event.roundMinutes + event.breakMinutes) * MINUTE;
  return Array.from({ length: event.rounds }, (_, i) => ({ round: i + 1, start: event.start + i * step, end: event.start + i * step + event.roundMinutes * MINUTE }));
}

/** From the first round's start to the last round's end. */
export function eventSpan(event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>): { start: number; end: number } {
  const times = roundTimes(event);
  return { start: event.start, end: times[times.length - 1]?.end ?? event.start };
}

/**
 * Rounds that have started by `now` (played or running): a late change keeps them as they were.
 * 0 before the event, `rounds` once the last round has begun.
 */
export function startedRounds(event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>, now: number): number {
  return roundTimes(event).filter((t) => t.start <= now).length;
}

/** The round running at `now`, if any (none during a break, before or after the event). */
export function runningRound(event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>, now: number): RoundTime | undefined {
  return roundTimes(event).find((t) => t.start <= now && now < t.end);
}
