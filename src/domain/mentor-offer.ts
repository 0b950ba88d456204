// A mentor's offer as they edit it in the tab ("My offer"): the form's text, its limits, its
// validation with a sentence at each field, and the form's states as a reducer. Saving is a port's
// job; a conflict with the program manager's edit is shown field by field, never lost.
import { characterCount, normalizeParagraphs, refusedLink } from './precise-request';
import { TIME_BOXES, type TimeBoxMinutes } from './time-box';
import type { DayOfWeek, WorkingHours } from './working-hours';

/** The offer as the Mentors list keeps it (the tab's MentorOffer has this shape). */
export interface MentorOfferFields {
  active: boolean;
  topics: string[];
  bio: string;
  sessionLengths: TimeBoxMinutes[];
  /** Undefined: no cap. */
  capacityPerWeek?: number;
  capacityPerMonth?: number;
  noticeMinutes: number;
  bufferMinutes: number;
}

export interface StoredOfferFields {
  offer: MentorOfferFields;
  /** Opaque version (ETag) the next save is made against. */
  version: string;
}

export const OFFER_LIMITS = {
  bio: { max: 500 },
  topics: { max: 10 },
  /** Sessions per week and per month. */
  cap: { min: 0, max: 20 },
  /** Minimum notice, in hours: up to 14 days. */
  noticeHours: { min: 0, max: 14 * 24 },
  bufferMinutes: { min: 0, max: 60 },
} as const;

/** What the form holds: numbers as typed, so a half-typed value is an error at its field, not a NaN. */
export interface OfferDraft {
  active: boolean;
  topics: string[];
  bio: string;
  sessionLengths: TimeBoxMinutes[];
  capacityPerWeek: string;
  capacityPerMonth: string;
  noticeHours: string;
  bufferMinutes: string;
}

export type OfferField = keyof OfferDraft;

export type OfferErrorCode =
  | 'topics-required'
  | 'topics-too-many'
  | 'topic-unknown'
  | 'lengths-required'
  | 'bio-too-long'
  | 'bio-link-refused'
  | 'cap-not-a-number'
  | 'cap-out-of-range'
  | 'month-below-week'
  | 'notice-not-a-number'
  | 'notice-out-of-range'
  | 'buffer-not-a-number'
  | 'buffer-out-of-range';

export interface OfferError {
  code: OfferErrorCode;
  field: OfferField;
  message: string;
}

export type OfferValidation = { ok: true; offer: MentorOfferFields } | { ok: false; errors: OfferError[] };

/** A new mentor's starting point: listed once they switch it on, 45-minute sessions, a day's notice. */
export const DEFAULT_OFFER: MentorOfferFields = {
  active: false,
  topics: [],
  bio: '',
  sessionLengths: [45],
  capacityPerWeek: 2,
  capacityPerMonth: 6,
  noticeMinutes: 24 * 60,
  bufferMinutes: 15,
};

export function draftFromOffer(offer: MentorOfferFields = DEFAULT_OFFER): OfferDraft {
  return {
    active: offer.active,
    topics: [...offer.topics],
    bio: offer.bio,
    sessionLengths: TIME_BOXES.filter((b) => offer.sessionLengths.includes(b)),
    capacityPerWeek: offer.capacityPerWeek === undefined ? '' : String(offer.capacityPerWeek),
    capacityPerMonth: offer.capacityPerMonth === undefined ? '' : String(offer.capacityPerMonth),
    noticeHours: String(Math.round((offer.noticeMinutes / 60) * 100) / 100),
    bufferMinutes: String(offer.bufferMinutes),
  };
}

const WHOLE = /^\d{1,6}$/;
const DECIMAL = /^\d{1,6}(?:[.,]\d{1,2})?$/;

/**
 * Checks the form; when it is usable, gives the offer to save. Topics must come from the
 * program's vocabulary. An inactive offer may be incomplete (the mentor is not listed), but its
 * numbers must still be in range, since they are stored.
 */
export function validateOffer(draft: OfferDraft, vocabulary: readonly string[]): OfferValidation {
  const errors: OfferError[] = [];
  const fail = (code: OfferErrorCode, field: OfferField, message: string) => errors.push({ code, field, message });

  const topics = [...new Set(draft.topics)];
  if (draft.active && topics.length === 0) {
    fail('topics-required', 'topics', 'Choose at least one topic, so mentees can find you.');
  } else if (topics.length > OFFER_LIMITS.topics.max) {
    fail('topics-too-many', 'topics', `You chose ${topics.length} topics; keep the ${OFFER_LIMITS.topics.max} you know best, so mentees find the right expert.`);
  }
  const unknown = topics.filter((t) => !vocabulary.includes(t));
  if (unknown.length > 0) {
    fail('topic-unknown', 'topics', `${unknown.map((t) => `“${t}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the program's topics; untick ${unknown.length === 1 ? 'it' : 'them'} or ask the program manager to add ${unknown.length === 1 ? 'it' : 'them'}.`);
  }

  const sessionLengths = TIME_BOXES.filter((b) => draft.sessionLengths.includes(b));
  if (draft.active && sessionLengths.length === 0) {
    fail('lengths-required', 'sessionLengths', 'Offer at least one session length (30, 45 or 60 minutes).');
  }

  const bio = normalizeParagraphs(draft.bio);
  const bioLength = characterCount(bio);
  if (bioLength > OFFER_LIMITS.bio.max) {
    fail('bio-too-long', 'bio', `Your bio is ${bioLength} characters; keep it to ${OFFER_LIMITS.bio.max}.`);
  }
  const bioLink = refusedLink(bio);
  if (bioLink) fail('bio-link-refused', 'bio', bioLink);

  const capMessage = (which: string) => `Sessions per ${which}: a whole number from ${OFFER_LIMITS.cap.min} to ${OFFER_LIMITS.cap.max}, or empty for no limit.`;
  const perWeek = optionalWhole(draft.capacityPerWeek);
  if (perWeek === 'bad') fail('cap-not-a-number', 'capacityPerWeek', capMessage('week'));
  else if (perWeek !== undefined && !inRange(perWeek, OFFER_LIMITS.cap)) fail('cap-out-of-range', 'capacityPerWeek', capMessage('week'));
  const perMonth = optionalWhole(draft.capacityPerMonth);
  if (perMonth === 'bad') fail('cap-not-a-number', 'capacityPerMonth', capMessage('month'));
  else if (perMonth !== undefined && !inRange(perMonth, OFFER_LIMITS.cap)) fail('cap-out-of-range', 'capacityPerMonth', capMessage('month'));
  else if (typeof perWeek === 'number' && inRange(perWeek, OFFER_LIMITS.cap) && typeof perMonth === 'number' && perMonth < perWeek) {
    fail('month-below-week', 'capacityPerMonth', `Sessions per month (${perMonth}) cannot be fewer than per week (${perWeek}).`);
  }

  const noticeText = draft.noticeHours.trim();
  const noticeMessage = `Minimum notice: from ${OFFER_LIMITS.noticeHours.min} to ${OFFER_LIMITS.noticeHours.max} hours (14 days).`;
  const noticeHours = DECIMAL.test(noticeText) ? Number(noticeText.replace(',', '.')) : NaN;
  if (Number.isNaN(noticeHours)) fail('notice-not-a-number', 'noticeHours', noticeMessage);
  else if (!inRange(noticeHours, OFFER_LIMITS.noticeHours)) fail('notice-out-of-range', 'noticeHours', noticeMessage);

  const bufferText = draft.bufferMinutes.trim();
  const bufferMessage = `Buffer between sessions: a whole number of minutes from ${OFFER_LIMITS.bufferMinutes.min} to ${OFFER_LIMITS.bufferMinutes.max}.`;
  const bufferMinutes = WHOLE.test(bufferText) ? Number(bufferText) : NaN;
  if (Number.isNaN(bufferMinutes)) fail('buffer-not-a-number', 'bufferMinutes', bufferMessage);
  else if (!inRange(bufferMinutes, OFFER_LIMITS.bufferMinutes)) fail('buffer-out-of-range', 'bufferMinutes', bufferMessage);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    offer: {
      active: draft.active,
      topics,
      bio,
      sessionLengths,
      capacityPerWeek: perWeek as number | undefined,
      capacityPerMonth: perMonth as number | undefined,
      noticeMinutes: Math.round(noticeHours * 60),
      bufferMinutes,
    },
  };
}

function optionalWhole(text: string): number | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  return WHOLE.test(t) ? Number(t) : 'bad';
}

function inRange(n: number, range: { min: number; max: number }): boolean {
  return n >= range.min && n <= range.max;
}

/** What each stored field is called on screen (a conflict names the fields the other person changed). */
export const OFFER_FIELD_LABELS: Readonly<Record<keyof MentorOfferFields, string>> = {
  active: 'Listed in the directory',
  topics: 'Topics',
  bio: 'Bio',
  sessionLengths: 'Session lengths',
  capacityPerWeek: 'Sessions per week',
  capacityPerMonth: 'Sessions per month',
  noticeMinutes: 'Minimum notice',
  bufferMinutes: 'Buffer between sessions',
};

/** One field's value in words, to set side by side in a conflict. */
export function describeOfferValue(offer: MentorOfferFields, field: keyof MentorOfferFields): string {
  switch (field) {
    case 'active':
      return offer.active ? 'Yes' : 'No';
    case 'topics':
      return offer.topics.length > 0 ? offer.topics.join(', ') : 'none';
    case 'bio':
      return offer.bio.trim() === '' ? '(empty)' : offer.bio;
    case 'sessionLengths':
      return offer.sessionLengths.length > 0 ? offer.sessionLengths.map((m) => `${m} min`).join(', ') : 'none';
    case 'capacityPerWeek':
    case 'capacityPerMonth': {
      const value = offer[field];
      return value === undefined ? 'no limit' : String(value);
    }
    case 'noticeMinutes':
      return describeMinutes(offer.noticeMinutes);
    case 'bufferMinutes':
      return `${offer.bufferMinutes} min`;
    default:
      return '';
  }
}

/** "90 minutes", "1 day", "2 days 4 hours". */
export function describeMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return 'none';
  if (minutes < 120) return `${minutes} minutes`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.round((minutes % 1440) / 60);
  const parts = [days > 0 ? `${days} day${days === 1 ? '' : 's'}` : '', hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

const WEEK_FROM_MONDAY: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Outlook's working hours in words: "Monday to Friday, 09:00–17:00 (Europe/Berlin)". */
export function describeWorkingHours(hours: WorkingHours): string {
  const days = WEEK_FROM_MONDAY.filter((d) => hours.days.includes(d));
  const name = (d: DayOfWeek) => d.charAt(0).toUpperCase() + d.slice(1);
  // Runs of consecutive days read as "Monday to Friday"; a gap starts a new run.
  const runs: DayOfWeek[][] = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    if (run && WEEK_FROM_MONDAY.indexOf(d) === WEEK_FROM_MONDAY.indexOf(run[run.length - 1]!) + 1) run.push(d);
    else runs.push([d]);
  }
  const dayText = runs.map((r) => (r.length >= 3 ? `${name(r[0]!)} to ${name(r[r.length - 1]!)}` : r.map(name).join(', '))).join(', ');
  const clock = (t: string) => t.slice(0, 5);
  return `${dayText || 'No working days'}, ${clock(hours.start)}–${clock(hours.end)} (${hours.zone})`;
}

// ---- The form's states ----------------------------------------------------------------------

/** A port failure as the form keeps it (the tab's PortError has this shape). */
export interface OfferFailure {
  code: string;
  message: string;
  retryAfterMs?: number;
  field?: string;
}

export type OfferPhase = 'loading' | 'load-failed' | 'editing' | 'saving' | 'saved' | 'conflict' | 'save-failed';

export interface OfferConflict {
  /** Fields the other person changed that the mentor changed too. */
  fields: (keyof MentorOfferFields)[];
  theirs: StoredOfferFields;
  mine: MentorOfferFields;
}

export interface OfferFormState {
  phase: OfferPhase;
  /** What was last read or saved; undefined before the mentor first saves an offer. */
  base?: StoredOfferFields;
  draft: OfferDraft;
  /** Fields the mentor has left (or the whole form after a save attempt): their errors show. */
  touched: OfferField[];
  submitted: boolean;
  /** What is being saved, against `base`. */
  pending?: MentorOfferFields;
  /** Counts entries into 'saving', so the host runs each save exactly once. */
  attempt: number;
  conflict?: OfferConflict;
  failure?: OfferFailure;
}

export type OfferEvent =
  | { type: 'loaded'; stored?: StoredOfferFields }
  | { type: 'load-failed'; error: OfferFailure }
  | { type: 'edit'; patch: Partial<OfferDraft> }
  | { type: 'touch'; field: OfferField }
  /** Save pressed: the draft is checked against the vocabulary; errors show at their fields. */
  | { type: 'save'; vocabulary: readonly string[] }
  | { type: 'saved'; stored: StoredOfferFields }
  | { type: 'conflict'; fields: (keyof MentorOfferFields)[]; theirs: StoredOfferFields }
  | { type: 'save-failed'; error: OfferFailure }
  /** After a conflict: save the mentor's values over the other person's version. */
  | { type: 'keep-mine' }
  /** After a conflict: take the other person's offer into the form. */
  | { type: 'take-theirs' }
  | { type: 'reload' };

export function initialOfferState(): OfferFormState {
  return { phase: 'loading', draft: draftFromOffer(), touched: [], submitted: false, attempt: 0 };
}

export function offerFormReducer(state: OfferFormState, event: OfferEvent): OfferFormState {
  switch (event.type) {
    case 'reload':
      return { ...state, phase: 'loading', failure: undefined };
    case 'loaded':
      return { ...state, phase: 'editing', base: event.stored, draft: draftFromOffer(event.stored?.offer), touched: [], submitted: false, failure: undefined };
    case 'load-failed':
      return { ...state, phase: 'load-failed', failure: event.error };
    case 'edit':
      // During a conflict the form waits for the choice: keep mine saves what was being saved.
      if (state.phase !== 'editing' && state.phase !== 'saved' && state.phase !== 'save-failed') return state;
      return { ...state, phase: 'editing', draft: { ...state.draft, ...event.patch }, failure: undefined };
    case 'touch':
      return state.touched.includes(event.field) ? state : { ...state, touched: [...state.touched, event.field] };
    case 'save': {
      if (state.phase === 'saving' || state.phase === 'loading' || state.phase === 'load-failed') return state;
      const checked = validateOffer(state.draft, event.vocabulary);
      if (!checked.ok) return { ...state, phase: 'editing', submitted: true };
      return { ...state, phase: 'saving', submitted: true, pending: checked.offer, conflict: undefined, failure: undefined, attempt: state.attempt + 1 };
    }
    case 'saved':
      return { ...state, phase: 'saved', base: event.stored, draft: draftFromOffer(event.stored.offer), touched: [], submitted: false, pending: undefined };
    case 'conflict':
      if (!state.pending) return state;
      return { ...state, phase: 'conflict', conflict: { fields: event.fields, theirs: event.theirs, mine: state.pending }, pending: undefined };
    case 'save-failed':
      return { ...state, phase: 'save-failed', failure: event.error, pending: undefined };
    case 'keep-mine':
      if (state.phase !== 'conflict' || !state.conflict) return state;
      return { ...state, phase: 'saving', base: state.conflict.theirs, pending: state.conflict.mine, conflict: undefined, attempt: state.attempt + 1 };
    case 'take-theirs':
      if (state.phase !== 'conflict' || !state.conflict) return state;
      return { ...state, phase: 'editing', base: state.conflict.theirs, draft: draftFromOffer(state.conflict.theirs.offer), touched: [], submitted: false, conflict: undefined };
    default:
      return state;
  }
}

/** The errors to show now: a field's once the mentor has left it, all of them after Save. */
export function visibleOfferErrors(state: OfferFormState, vocabulary: readonly string[]): Partial<Record<OfferField, string>> {
  const checked = validateOffer(state.draft, vocabulary);
  if (checked.ok) return {};
  const shown: Partial<Record<OfferField, string>> = {};
  for (const e of checked.errors) {
    if ((state.submitted || state.touched.includes(e.field)) && shown[e.field] === undefined) shown[e.field] = e.message;
  }
  return shown;
}
