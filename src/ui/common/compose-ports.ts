// What the Outlook task pane needs from the item being composed, as a port. Two implementations
// (src/hosts/outlook): Office.js in Outlook, and the workbench's compose form over postMessage.
// Every method rejects with a ComposeError (a code and a sentence a person can act on).
import type { PreciseRequest } from '../../domain/precise-request';

export type ComposeKind = 'appointment' | 'message';

export type ComposeErrorCode =
  /** This Outlook lacks the API (requirement set); `message` says what to do instead. */
  | 'unsupported'
  /** The body would pass Outlook's size limit. */
  | 'too-large'
  /** The item is not the kind this call needs (times on a message). */
  | 'wrong-item'
  /** Office.js answered with a failure (its code and message are kept). */
  | 'failed';

export interface ComposeError {
  code: ComposeErrorCode;
  message: string;
  /** Office's own error code, when it gave one. */
  officeCode?: string | number;
}

export interface ComposeRecipient {
  displayName: string;
  email: string;
}

export interface ComposeItemPort {
  readonly kind: ComposeKind;
  /** The body as HTML. */
  getBody(): Promise<string>;
  /** Puts `html` at the top of the body, keeping everything already there (a Teams join block, the user's text). */
  prependToBody(html: string): Promise<void>;
  /** Replaces the whole body with `html` (re-filling swaps our earlier agenda, found in the body read with getBody). */
  setBody(html: string): Promise<void>;
  /** Inserts `html` at the cursor (a message being written). */
  insertAtCursor(html: string): Promise<void>;
  setSubject(subject: string): Promise<void>;
  /** Appointment: a required attendee; message: a To recipient. Someone already there is not added twice. */
  addRecipient(person: ComposeRecipient): Promise<void>;
  /** Appointment only: start and end, epoch ms. */
  setTimes(start: number, end: number): Promise<void>;
  /** Appointment only: whether the Teams meeting toggle is on; undefined where this client cannot tell. */
  isOnlineMeeting(): Promise<boolean | undefined>;
  /** Saves the item as a draft and gives its id as Outlook knows it (REST/Graph form). */
  saveAndGetItemId(): Promise<string>;
}

/** The session being written into a meeting: what the pane keeps when it fills the meeting. */
export interface ComposeSessionInput {
  request: PreciseRequest;
  mentorId: string;
  menteeId: string;
  start: number;
}

export type ComposeSessionOutcome =
  /** The meeting already has its Teams meeting: the session is linked and its side panel shows it. */
  | { kind: 'linked' }
  /** Kept as a draft; `message` says what links it (the Teams toggle, sending). */
  | { kind: 'kept'; message: string };

/** Keeps the session of the meeting being written (Micromentor's record), beside the compose item. */
export interface ComposeSessionPort {
  /**
   * Saves the item and keeps one draft session for it (a second fill of the same meeting updates
   * that draft, never adds one); links it at once when the meeting is a Teams meeting. Rejects with
   * an error whose `message` is the sentence to show.
   */
  keep(input: ComposeSessionInput): Promise<ComposeSessionOutcome>;
}
