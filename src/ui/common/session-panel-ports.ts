// What the meeting surfaces (side panel, chat tab, details tab, stage) need from the world, as
// ports. Hosts implement them over Graph and teams-js (src/hosts/side-panel); tests use fakes. Every
// promise rejects with a PortError-shaped error (see toPortError).
import type { FlashTableView } from '../../domain/flash-table-view';
import type { RequestPrefill } from '../../domain/request-prefill';
import type { ChatPostKind, Session } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import type { PortError } from './tab-ports';

export type { PortError };

/** The signed-in person in the meeting. */
export interface PanelViewer {
  id: string;
  displayName: string;
  email: string;
  /** IANA zone the viewer reads times in. */
  zone: string;
  locale: string;
}

export interface PanelPerson {
  id: string;
  displayName: string;
  email?: string;
}

/** One session as the panel holds it: the record, and the version (ETag) it was read at. */
export interface PanelSession {
  session: Session;
  /** Opaque: what a save is made against. */
  version: string;
  mentee: PanelPerson;
  mentor: PanelPerson;
  /** For session n (n ≥ 2) of a sequence: the one before, whose actions carry over. */
  previous?: Session;
}

/** A session of the organizer's that has no meeting yet, offered to attach to this meeting. */
export interface AttachChoice {
  itemId: string;
  topic: string;
  goal: string;
  start: number;
  end: number;
  /** The other participant's name. */
  withName: string;
}

export type PanelLookup =
  | { kind: 'found'; found: PanelSession }
  /** The meeting holds no Micromentor session; `attachable` is empty when the viewer has none to offer. */
  | { kind: 'not-a-session'; attachable: AttachChoice[] }
  /** Opened outside a meeting (no chat id in the host context). */
  | { kind: 'no-meeting' }
  /** The record cannot be used (edited by hand into a bad state): the error names the field. */
  | { kind: 'unusable'; error: PortError }
  /** A flash event's table meeting: who visits in each round, and the round clock. `organizer`: the program manager's view. */
  | { kind: 'flash-table'; table: FlashTableView; organizer: boolean };

/** A mentor the mentee may be referred to. */
export interface ExpertChoice extends PanelPerson {
  topics: string[];
  department?: string;
}

export interface ThankYouDraft {
  subject: string;
  /** Plain text the mentee edited; the gateway escapes it. */
  body: string;
}

export interface SessionPanelPort {
  /** The session of this meeting (by the chat id of the host context). */
  find(): Promise<PanelLookup>;
  /** Attaches one of the organizer's sessions to this meeting and returns it. */
  attach(itemId: string): Promise<PanelSession>;
  /** The latest record (the panel polls while visible). */
  read(current: PanelSession): Promise<PanelSession>;
  /**
   * Applies the edits to the latest record and saves it (If-Match; on 412 reads again and applies
   * the same edits), so nothing is lost to the other participant's save. Refused edits are left out.
   */
  save(current: PanelSession, edits: readonly SessionEdit[]): Promise<PanelSession>;
  /** Posts the rendered checklist or summary to the meeting chat and pins it: one message and one pin per revision. */
  pin(current: PanelSession, kind: ChatPostKind): Promise<PanelSession>;
  /** Sends the thank-you mail to the mentor once and records it. */
  sendThankYou(current: PanelSession, draft: ThankYouDraft): Promise<PanelSession>;
  /** Mentors for a referral, best fit for the topic first (never the session's own mentor). */
  experts(topic: string): Promise<ExpertChoice[]>;
}

/** Share to stage, where the host supports it (teams-js `meeting.isSupported()`). */
export interface StagePort {
  share(): Promise<void>;
}

/** The panel's layout: the meeting side panel, the meeting's chat tab, its details tab, or the stage. */
export type PanelLayout = 'side-panel' | 'chat-tab' | 'details' | 'stage';

export interface SessionPanelPorts {
  viewer: PanelViewer;
  /** The clock corrected to Microsoft 365's (the Graph `Date` header), so both devices count alike. */
  now(): number;
  layout: PanelLayout;
  sessions: SessionPanelPort;
  stage?: StagePort;
  /** Opens the Teams tab at the request to this mentor, prefilled (the mentee books the follow-up). Absent where the host cannot. */
  bookNext?(prefill: RequestPrefill): void | Promise<void>;
}
