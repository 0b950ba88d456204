// What the Office hours screens need from the world (sign-up sheets): plain data and promises.
// The tab's host implements it over Graph (src/hosts/tab/office-hours-effects.ts); tests with fakes.
import type { BookingState } from '../../domain/booking-saga';
import type { SheetDraft, SheetError, SheetSlot, SignupSheet } from '../../domain/signup-sheet';
import type { SlotClaim } from '../../domain/signup-claims';
import type { PortError } from './tab-ports';

export interface SheetView {
  sheet: SignupSheet;
  /** Every claim on the sheet (the screens show other people's only as counts). */
  claims: SlotClaim[];
}

/** The short precise request a claim carries (the request form's fields and limits). */
export interface ClaimRequest {
  goal: string;
  context: string;
  success: string;
}

export type ClaimResult =
  /** The slot is the mentee's and booked: meeting, chat and pinned checklist. */
  | { kind: 'booked'; view: SheetView; claim: SlotClaim; booking: BookingState }
  /** Someone had the slot: the mentee is on its waitlist. */
  | { kind: 'waiting'; view: SheetView; claim: SlotClaim; ahead: number }
  /** The mentee already has a slot or a place on this sheet (one per sheet). */
  | { kind: 'already'; view: SheetView; claim: SlotClaim }
  /** The sheet no longer takes claims (closed or withdrawn), or the offer lapsed. */
  | { kind: 'unavailable'; view: SheetView; message: string }
  /** The claim holds the slot but a booking step failed: Retry resumes at that step. */
  | { kind: 'booking-failed'; view: SheetView; claim: SlotClaim; booking: BookingState };

/** A mentor a sheet can be posted for (the viewer, or any mentor for a program manager). */
export interface SheetMentor {
  id: string;
  displayName: string;
  email: string;
  topics: string[];
}

export type PostResult = { kind: 'posted'; view: SheetView } | { kind: 'invalid'; errors: SheetError[] };

export interface OfficeHoursPort {
  /** Open sheets with slots to come (expired offers lapse and freed slots are offered as they are read). */
  openSheets(): Promise<SheetView[]>;
  /** A mentor's own sheets (any status). */
  sheetsOf(mentorId: string): Promise<SheetView[]>;
  /** Claims a slot; a slot held by someone else puts the mentee on its waitlist. `progress` gets the booking's steps. */
  claim(sheetItemId: string, slotStart: number, request: ClaimRequest, progress?: (booking: BookingState) => void): Promise<ClaimResult>;
  /** Accepts a slot offered from the waitlist (before its deadline), or resumes a booking that failed. */
  accept(sheetItemId: string, claimItemId: string, progress?: (booking: BookingState) => void): Promise<ClaimResult>;
  /** Gives up a claim or a place on the waitlist: the meeting is cancelled and the slot offered to the next. */
  cancel(sheetItemId: string, claimItemId: string, comment: string): Promise<SheetView>;
  /** Who the viewer may post for: themselves as a mentor, or every mentor for a program manager. */
  postableMentors(): Promise<SheetMentor[]>;
  /** Slots of `minutes` free in the mentor's Outlook calendar over [from, to) (the only times a sheet may offer). */
  freeSlots(mentor: SheetMentor, from: number, to: number, minutes: number): Promise<SheetSlot[]>;
  /** Posts a sheet once under `key` (made once per form), after checking it against the mentor's calendar. */
  post(mentor: SheetMentor, draft: SheetDraft, key: string): Promise<PostResult>;
  /** No new claims; booked slots stay. */
  close(sheetItemId: string): Promise<SheetView>;
  /** Calls the sheet off: claimants are told by mail, their meetings cancelled. */
  withdraw(sheetItemId: string, comment: string): Promise<SheetView>;
}

export type { PortError };
