// Sign-up sheets and claims as the columns of the program site's SignupSheets and SignupClaims
// lists, and back. The lists can be edited by hand in Microsoft Lists, so every column read is
// checked: a value the app cannot use is a GatewayError naming the list, the item and the column.
import { CLAIM_STATES, claimKeyOf, menteeKeyOf, type ClaimState, type SlotClaim } from '../domain/signup-claims';
import { SHEET_STATUSES, type SheetSlot, type SheetStatus, type SignupSheet } from '../domain/signup-sheet';
import { GatewayError } from './gateway-error';

export type ListFields = Record<string, string | number | boolean | null>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Reads one item's columns, refusing the first the app cannot use. */
class Reader {
  constructor(
    private readonly what: string,
    private readonly f: Record<string, unknown>,
  ) {}

  refuse(column: string, why: string): never {
    throw new GatewayError('invalid', `${this.what} has a ${column} Micromentor cannot use. ${why} Correct it in Microsoft Lists, or ask your program manager.`, undefined, undefined, undefined, column);
  }

  text(column: string, required = false): string {
    const v = this.f[column];
    if (v === undefined || v === null || v === '') return required ? this.refuse(column, 'It must not be empty.') : '';
    return typeof v === 'string' ? v : this.refuse(column, 'It must be text.');
  }

  instant(column: string): number {
    const v = this.f[column];
    const ms = typeof v === 'string' && ISO_INSTANT.test(v) ? Date.parse(v) : NaN;
    return Number.isFinite(ms) ? ms : this.refuse(column, 'It must be a date and time.');
  }

  optionalInstant(column: string): number | undefined {
    const v = this.f[column];
    return v === undefined || v === null || v === '' ? undefined : this.instant(column);
  }

  number(column: string): number {
    const v = this.f[column];
    return typeof v === 'number' && Number.isFinite(v) ? v : this.refuse(column, 'It must be a number.');
  }

  choice<T extends string>(column: string, values: readonly T[]): T {
    const v = this.f[column];
    return values.includes(v as T) ? (v as T) : this.refuse(column, `It may be one of: ${values.join(', ')}.`);
  }

  boolean(column: string): boolean {
    const v = this.f[column];
    return v === true;
  }
}

export function sheetToFields(s: SignupSheet): ListFields {
  return {
    Title: `Office hours: ${s.topic} with ${s.mentorName}`.slice(0, 255),
    SheetKey: s.key,
    MentorId: s.mentorId,
    MentorName: s.mentorName,
    MentorEmail: s.mentorEmail,
    Topic: s.topic,
    Note: s.note,
    Slots: JSON.stringify(s.slots.map((slot) => ({ start: iso(slot.start), end: iso(slot.end) }))),
    FirstStartUtc: s.slots[0] ? iso(s.slots[0].start) : null,
    LastEndUtc: s.slots.length ? iso(s.slots[s.slots.length - 1]!.end) : null,
    Status: s.status,
    PostedBy: s.postedBy,
  };
}

export function fieldsToSheet(itemId: string, f: Record<string, unknown>): SignupSheet {
  const r = new Reader(`Sheet ${itemId} in the SignupSheets list`, f);
  return {
    itemId,
    key: r.text('SheetKey', true),
    mentorId: r.text('MentorId', true),
    mentorName: r.text('MentorName', true),
    mentorEmail: r.text('MentorEmail', true),
    topic: r.text('Topic', true),
    note: r.text('Note'),
    slots: parseSlots(r, r.text('Slots', true)),
    status: r.choice<SheetStatus>('Status', SHEET_STATUSES),
    postedBy: r.text('PostedBy'),
  };
}

function parseSlots(r: Reader, json: string): SheetSlot[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return r.refuse('Slots', 'It must be the JSON list of {start, end} Micromentor writes.');
  }
  if (!Array.isArray(raw)) return r.refuse('Slots', 'It must be a list of {start, end}.');
  const slots = raw.map((s: { start?: unknown; end?: unknown } | null) => {
    const start = typeof s?.start === 'string' && ISO_INSTANT.test(s.start) ? Date.parse(s.start) : NaN;
    const end = typeof s?.end === 'string' && ISO_INSTANT.test(s.end) ? Date.parse(s.end) : NaN;
    return Number.isFinite(start) && end > start ? { start, end } : r.refuse('Slots', 'Each slot needs a start and a later end (ISO dates).');
  });
  return slots.sort((a, b) => a.start - b.start);
}

/** The claim's columns; ClaimKey and MenteeKey follow from its state (the store's uniqueness does the rest). */
export function claimToFields(c: Omit<SlotClaim, 'itemId'> & { itemId?: string }): ListFields {
  return {
    Title: `${c.menteeName}: ${c.goal}`.slice(0, 255),
    ClaimKey: claimKeyOf({ ...c, itemId: c.itemId ?? '' }),
    MenteeKey: menteeKeyOf({ ...c, itemId: c.itemId ?? '' }),
    SheetId: c.sheetItemId,
    SlotStartUtc: iso(c.slotStart),
    MenteeId: c.menteeId,
    MenteeName: c.menteeName,
    MenteeEmail: c.menteeEmail,
    MenteeZone: c.menteePlace.zone,
    MenteeLocale: c.menteePlace.locale,
    State: c.state,
    Goal: c.goal,
    Context: c.context,
    Success: c.success,
    JoinedAt: c.joinedAt,
    OfferExpiresUtc: c.offerExpiresAt !== undefined ? iso(c.offerExpiresAt) : null,
    OfferMailed: c.offerMailed === true,
    SessionKey: c.sessionKey ?? null,
  };
}

export function fieldsToClaim(itemId: string, f: Record<string, unknown>): SlotClaim {
  const r = new Reader(`Claim ${itemId} in the SignupClaims list`, f);
  const offerExpiresAt = r.optionalInstant('OfferExpiresUtc');
  const sessionKey = r.text('SessionKey');
  return {
    itemId,
    sheetItemId: r.text('SheetId', true),
    slotStart: r.instant('SlotStartUtc'),
    menteeId: r.text('MenteeId', true),
    menteeName: r.text('MenteeName'),
    menteeEmail: r.text('MenteeEmail', true),
    menteePlace: { zone: r.text('MenteeZone') || 'UTC', locale: r.text('MenteeLocale') || 'en-GB' },
    state: r.choice<ClaimState>('State', CLAIM_STATES),
    goal: r.text('Goal'),
    context: r.text('Context'),
    success: r.text('Success'),
    joinedAt: r.number('JoinedAt'),
    ...(offerExpiresAt !== undefined ? { offerExpiresAt } : {}),
    offerMailed: r.boolean('OfferMailed'),
    ...(sessionKey ? { sessionKey } : {}),
  };
}

/** Only the columns that differ, so an If-Match write carries no more than the change. */
export function changedClaimFields(before: SlotClaim, after: SlotClaim): ListFields {
  const a = claimToFields(before);
  const b = claimToFields(after);
  return Object.fromEntries(Object.entries(b).filter(([k, v]) => a[k] !== v));
}
