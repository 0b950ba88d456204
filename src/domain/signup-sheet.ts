// An Ask-an-Expert sign-up sheet ("Office hours"): a mentor posts short slots on one of their
// topics for quick questions, on one or more days. This is the sheet as data and its validation,
// with a code and a sentence at each field; what people claim on it is signup-claims.ts.
import { formatClock, formatDay, type ReaderPlace } from './render-html';
import { characterCount, normalizeParagraphs, refusedLink } from './precise-request';
import { covers, type Interval } from './interval';
import { DAY, MINUTE } from './zone-time';

export const SHEET_STATUSES = ['open', 'closed', 'withdrawn'] as const;
/** open: taking claims; closed: no new claims, booked slots stay; withdrawn: called off, claimants told. */
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export interface SheetSlot {
  start: number;
  end: number;
}

export interface SignupSheet {
  /** Our own key, made before the first write: a retried post finds the first sheet. */
  key: string;
  /** The list item's id once stored. */
  itemId?: string;
  mentorId: string;
  mentorName: string;
  mentorEmail: string;
  topic: string;
  /** Optional: what to bring ("one question about pricing"). */
  note: string;
  /** Ascending, non-overlapping. */
  slots: SheetSlot[];
  status: SheetStatus;
  /** Who posted it (the mentor, or a program manager for them). */
  postedBy: string;
}

export const SHEET_LIMITS = {
  note: { max: 280 },
  slotMinutes: { min: 15, max: 30 },
  slots: { max: 24 },
  /** How far ahead a slot may be: calendars are read in windows of this size. */
  daysAhead: 60,
  /** The shortest notice a new slot may have. */
  noticeMinutes: 60,
} as const;

/** Slot starts sit on the quarter hours, as everywhere else in the app. */
const GRID = 15 * MINUTE;

export type SheetField = 'topic' | 'note' | 'slots';

export type SheetErrorCode =
  | 'topic-required'
  | 'topic-not-offered'
  | 'note-too-long'
  | 'note-link-refused'
  | 'slots-required'
  | 'slots-too-many'
  | 'slot-invalid'
  | 'slot-in-past'
  | 'slot-too-far'
  | 'slot-off-grid'
  | 'slot-too-short'
  | 'slot-too-long'
  | 'slots-overlap'
  | 'slot-not-free';

export interface SheetError {
  code: SheetErrorCode;
  field: SheetField;
  /** For slot errors: the slot's position in the draft. */
  slot?: number;
  message: string;
}

export interface SheetDraft {
  topic: string;
  note: string;
  slots: SheetSlot[];
}

export interface SheetRules {
  now: number;
  /** The topics the mentor offers (from the Mentors list). */
  mentorTopics: readonly string[];
  /** The mentor's free time from their Outlook calendar over the slots' days (free-slots' freeTimeOf). */
  mentorFree: readonly Interval[];
  /** Where the person posting reads times, for the sentences. */
  place: ReaderPlace;
}

export type SheetValidation = { ok: true; sheet: SheetDraft } | { ok: false; errors: SheetError[] };

/** Checks a sheet before it is posted: every slot in the future, 15–30 minutes, apart, and free in the mentor's calendar. */
export function validateSheet(draft: SheetDraft, rules: SheetRules): SheetValidation {
  const errors: SheetError[] = [];
  const topic = (draft.topic ?? '').trim();
  const note = normalizeParagraphs(draft.note ?? '');
  if (!topic) errors.push({ code: 'topic-required', field: 'topic', message: 'Choose the topic people may ask about.' });
  else if (!rules.mentorTopics.some((t) => t.toLowerCase() === topic.toLowerCase())) {
    errors.push({ code: 'topic-not-offered', field: 'topic', message: `"${topic}" is not one of the mentor's topics; choose one of ${rules.mentorTopics.join(', ') || 'their topics (they have none yet)'}.` });
  }
  if (characterCount(note) > SHEET_LIMITS.note.max) {
    errors.push({ code: 'note-too-long', field: 'note', message: `Keep the note to ${SHEET_LIMITS.note.max} characters; it has ${characterCount(note)}.` });
  } else {
    const refused = refusedLink(note);
    if (refused) errors.push({ code: 'note-link-refused', field: 'note', message: `Only https links can be shared; "${refused}" is not one.` });
  }
  const slots = [...(draft.slots ?? [])].sort((a, b) => a.start - b.start);
  if (slots.length === 0) errors.push({ code: 'slots-required', field: 'slots', message: 'Add at least one slot.' });
  if (slots.length > SHEET_LIMITS.slots.max) {
    errors.push({ code: 'slots-too-many', field: 'slots', message: `A sheet holds at most ${SHEET_LIMITS.slots.max} slots; post a second sheet for more.` });
  }
  slots.forEach((slot, index) => {
    const problem = slotProblem(slot, slots[index - 1], rules);
    if (problem) errors.push({ ...problem, field: 'slots', slot: index });
  });
  return errors.length ? { ok: false, errors } : { ok: true, sheet: { topic, note, slots } };
}

function slotProblem(slot: SheetSlot, previous: SheetSlot | undefined, rules: SheetRules): Omit<SheetError, 'field' | 'slot'> | undefined {
  if (!Number.isFinite(slot?.start) || !Number.isFinite(slot?.end)) return { code: 'slot-invalid', message: 'This slot has no usable start or end; choose its day and time again.' };
  const when = describeSlot(slot, rules.place);
  const minutes = (slot.end - slot.start) / MINUTE;
  if (slot.start < rules.now + SHEET_LIMITS.noticeMinutes * MINUTE) {
    return { code: 'slot-in-past', message: `${when} is past or less than ${SHEET_LIMITS.noticeMinutes} minutes away; choose a later time.` };
  }
  if (slot.start > rules.now + SHEET_LIMITS.daysAhead * DAY) return { code: 'slot-too-far', message: `${when} is more than ${SHEET_LIMITS.daysAhead} days ahead; post it nearer the time.` };
  if (slot.start % GRID !== 0 || slot.end % GRID !== 0) return { code: 'slot-off-grid', message: `${when} should start and end on a quarter hour.` };
  if (minutes < SHEET_LIMITS.slotMinutes.min) return { code: 'slot-too-short', message: `${when} is ${minutes} minutes; slots are ${SHEET_LIMITS.slotMinutes.min} to ${SHEET_LIMITS.slotMinutes.max} minutes.` };
  if (minutes > SHEET_LIMITS.slotMinutes.max) return { code: 'slot-too-long', message: `${when} is ${minutes} minutes; slots are ${SHEET_LIMITS.slotMinutes.min} to ${SHEET_LIMITS.slotMinutes.max} minutes. Book a session for longer questions.` };
  if (previous && Number.isFinite(previous.end) && slot.start < previous.end) {
    return { code: 'slots-overlap', message: `${when} overlaps the slot before it (${describeSlot(previous, rules.place)}); move one of them.` };
  }
  if (!covers([...rules.mentorFree], slot.start, slot.end)) {
    return { code: 'slot-not-free', message: `${when} is not free in the mentor's Outlook calendar (outside working hours or taken); choose a free time.` };
  }
  return undefined;
}

/** "Tuesday, 8 January 2030, 10:00–10:15" in the reader's zone. */
export function describeSlot(slot: SheetSlot, place: ReaderPlace): string {
  return `${formatDay(slot.start, place)}, ${formatClock(slot.start, place)}–${formatClock(slot.end, place)}`;
}

/**
 * The slots a mentor may offer on a day: the free time cut into consecutive slots of `minutes`
 * on the quarter-hour grid, at least the notice from now. The post form offers only these.
 */
export function offerableSlots(free: readonly Interval[], minutes: number, now: number): SheetSlot[] {
  const length = minutes * MINUTE;
  const earliest = now + SHEET_LIMITS.noticeMinutes * MINUTE;
  const out: SheetSlot[] = [];
  for (const gap of free) {
    let start = Math.ceil(Math.max(gap.start, earliest) / GRID) * GRID;
    while (start + length <= gap.end) {
      out.push({ start, end: start + length });
      start += length;
    }
  }
  return out;
}

/** Sheets as the Office hours list shows them: open first, then by the nearest slot still to come, then topic. */
export function sheetsForBrowsing(sheets: readonly SignupSheet[], now: number): SignupSheet[] {
  const next = (s: SignupSheet) => s.slots.find((slot) => slot.start > now)?.start ?? Number.POSITIVE_INFINITY;
  return sheets
    .filter((s) => s.status === 'open' && Number.isFinite(next(s)))
    .sort((a, b) => next(a) - next(b) || a.topic.localeCompare(b.topic));
}

/** A key for a slot: the sheet and the slot's start (the claim list's unique ClaimKey is built from it). */
export function slotKey(sheetItemId: string, start: number): string {
  return `${sheetItemId}-${start}`;
}
