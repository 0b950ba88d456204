// Claims on a sign-up sheet's slots and the waitlist behind each slot. One claim per slot and one
// live claim per sheet and mentee are decided by the store (unique key columns, see the keys
// below), never here; this module says what the keys are, who is next, and what a read of the
// sheet must do about expired offers. There is no background job: whoever reads or acts on a
// sheet applies `dueChanges` (each change written with If-Match, so two readers do it once).
import type { ReaderPlace } from './render-html';
import type { SheetSlot } from './signup-sheet';
import { slotKey } from './signup-sheet';
import { HOUR, MINUTE } from './zone-time';

export const CLAIM_STATES = ['claimed', 'waiting', 'offered', 'cancelled', 'expired'] as const;
/**
 * claimed: holds the slot (booked through the saga); waiting: on the slot's waitlist; offered: the
 * slot was freed and is held for this person until the deadline; cancelled / expired: history.
 */
export type ClaimState = (typeof CLAIM_STATES)[number];

export interface SlotClaim {
  itemId: string;
  sheetItemId: string;
  slotStart: number;
  menteeId: string;
  menteeName: string;
  menteeEmail: string;
  /** Where the mentee reads times (an offer mail gives its deadline in their zone). */
  menteePlace: ReaderPlace;
  state: ClaimState;
  /** The short precise request (goal, context, what success looks like). */
  goal: string;
  context: string;
  success: string;
  /** Epoch ms the person joined: the waitlist's order (then item id, the store's order). */
  joinedAt: number;
  /** For 'offered': accept before this instant. */
  offerExpiresAt?: number;
  /** The offer mail went out (sent by whoever made the offer; resent by the next reader if not). */
  offerMailed?: boolean;
  /** The booked session's key once the claim books (its meeting, chat and checklist hang off it). */
  sessionKey?: string;
}

/** How long the first on the waitlist has to accept a freed slot. */
export const OFFER_HOURS = 24;
/** An offer ends this long before the slot at the latest, so the meeting can still be sent. */
export const OFFER_CLOSES_BEFORE_MINUTES = 30;

/** The live states: they hold a slot (claimed, offered) or a place in its queue (waiting). */
export const isLive = (c: SlotClaim) => c.state === 'claimed' || c.state === 'offered' || c.state === 'waiting';
export const holdsSlot = (c: Pick<SlotClaim, 'state'>) => c.state === 'claimed' || c.state === 'offered';

/**
 * The claim's value in the unique ClaimKey column. Holding a slot: the slot's key, so the store
 * lets one claim hold it. Waiting: a value of its own. Over: its item id. Never empty: an empty
 * value in a unique column is not a state to rely on.
 */
export function claimKeyOf(c: Pick<SlotClaim, 'state' | 'sheetItemId' | 'slotStart' | 'menteeId' | 'itemId'>): string {
  if (holdsSlot(c)) return slotKey(c.sheetItemId, c.slotStart);
  if (c.state === 'waiting') return `wait-${c.sheetItemId}-${c.menteeId}`;
  return `over-${c.itemId}`;
}

/** The claim's value in the unique MenteeKey column: one live claim per sheet and mentee; history keeps its own. */
export function menteeKeyOf(c: Pick<SlotClaim, 'state' | 'sheetItemId' | 'menteeId' | 'itemId'>): string {
  return isLive(c as SlotClaim) ? `${c.sheetItemId}-${c.menteeId}` : `over-${c.itemId}`;
}

const queueOrder = (a: SlotClaim, b: SlotClaim) => a.joinedAt - b.joinedAt || Number(a.itemId) - Number(b.itemId);

/** The slot's waitlist, first first. */
export function waitlist(claims: readonly SlotClaim[], slotStart: number): SlotClaim[] {
  return claims.filter((c) => c.slotStart === slotStart && c.state === 'waiting').sort(queueOrder);
}

/** How many are ahead of this waiting claim (0: next). */
export function placesAhead(claims: readonly SlotClaim[], claim: SlotClaim): number {
  return waitlist(claims, claim.slotStart).findIndex((c) => c.itemId === claim.itemId);
}

/** The deadline of an offer made now: a day, but closing before the slot; undefined when too late to offer. */
export function offerDeadline(now: number, slot: SheetSlot): number | undefined {
  const deadline = Math.min(now + OFFER_HOURS * HOUR, slot.start - OFFER_CLOSES_BEFORE_MINUTES * MINUTE);
  return deadline > now ? deadline : undefined;
}

export type DueChange =
  /** An offer's deadline passed: it lapses, and the slot goes to the next. */
  | { kind: 'expire'; claim: SlotClaim }
  /** The slot is free and someone is waiting: the first gets it, held until `expiresAt`. */
  | { kind: 'offer'; claim: SlotClaim; expiresAt: number };

/**
 * What a read of the sheet at `now` must write, one slot at a time: lapse an offer past its
 * deadline first, then offer a free slot to the first waiting. Applying a change and asking again
 * gives the next one; an empty answer means the sheet is up to date.
 */
export function dueChanges(slots: readonly SheetSlot[], claims: readonly SlotClaim[], now: number): DueChange[] {
  const out: DueChange[] = [];
  for (const slot of slots) {
    const here = claims.filter((c) => c.slotStart === slot.start);
    const lapsed = here.find((c) => c.state === 'offered' && (c.offerExpiresAt ?? 0) <= now);
    if (lapsed) {
      out.push({ kind: 'expire', claim: lapsed });
      continue;
    }
    if (here.some(holdsSlot)) continue;
    const first = waitlist(here, slot.start)[0];
    const expiresAt = first && offerDeadline(now, slot);
    if (first && expiresAt !== undefined) out.push({ kind: 'offer', claim: first, expiresAt });
  }
  return out;
}

/** The claim after a change: its new state and keys are what the store's If-Match write carries. */
export function applyChange(change: DueChange): SlotClaim {
  return change.kind === 'expire'
    ? { ...change.claim, state: 'expired', offerExpiresAt: undefined }
    : { ...change.claim, state: 'offered', offerExpiresAt: change.expiresAt, offerMailed: false };
}

/** How one slot looks to one mentee. */
export type SlotView =
  | { kind: 'free' }
  | { kind: 'taken'; waiting: number }
  | { kind: 'mine'; claim: SlotClaim }
  | { kind: 'offered-to-me'; claim: SlotClaim; expiresAt: number }
  | { kind: 'waiting'; claim: SlotClaim; ahead: number }
  | { kind: 'past' };

export function slotView(slot: SheetSlot, claims: readonly SlotClaim[], menteeId: string, now: number): SlotView {
  const here = claims.filter((c) => c.slotStart === slot.start && isLive(c));
  const mine = here.find((c) => c.menteeId === menteeId);
  if (mine?.state === 'claimed') return { kind: 'mine', claim: mine };
  if (slot.start <= now) return { kind: 'past' };
  if (mine?.state === 'offered') return { kind: 'offered-to-me', claim: mine, expiresAt: mine.offerExpiresAt ?? now };
  if (mine?.state === 'waiting') return { kind: 'waiting', claim: mine, ahead: placesAhead(here, mine) };
  if (here.some(holdsSlot)) return { kind: 'taken', waiting: waitlist(here, slot.start).length };
  return { kind: 'free' };
}

/** The mentee's live claim on a sheet (at most one: the store's MenteeKey). */
export function liveClaimOf(claims: readonly SlotClaim[], menteeId: string): SlotClaim | undefined {
  return claims.find((c) => c.menteeId === menteeId && isLive(c));
}
