// What the Teams tab's screens need from the world, as plain data and promises. The tab's host
// (src/hosts/tab) implements these ports with the Graph gateway; tests implement them with fakes.
// Types only: the UI imports the domain, never graph, auth or hosts.
import type { BookingEvent, BookingState } from '../../domain/booking-saga';
import type { ChecklistState } from '../../domain/checklists';
import type { BusyBlock, WorkingHours } from '../../domain/free-slots';
import type { MentorOfferFields } from '../../domain/mentor-offer';
import type { SearchNote } from '../../domain/search-note';
import type { PreciseRequest } from '../../domain/precise-request';
import type { RequestPrefill } from '../../domain/request-prefill';
import type { Session } from '../../domain/session';
import type { TimeBoxMinutes } from '../../domain/time-box';
import type { DashboardPort } from './dashboard-ports';
import type { FlashEventsPort } from './flash-event-ports';
import type { OfficeHoursPort } from './office-hours-ports';
import type { ProgramSetupPort } from './program-setup-port';
import type { StoriesPort } from './story-ports';

/** What went wrong, in words a person can act on (GatewayError has this shape). */
export interface PortError {
  code: 'throttled' | 'forbidden' | 'not-found' | 'conflict' | 'offline' | 'invalid' | 'unavailable';
  message: string;
  /** For 'throttled': how long Microsoft 365 asked us to wait. */
  retryAfterMs?: number;
  /** For 'invalid' data edited by hand: which column. */
  field?: string;
}

/** The signed-in person and where they are. */
export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  department?: string;
  /** IANA zone the viewer reads times in (from Outlook's mailbox settings or the host). */
  zone: string;
  locale: string;
  /** Has an entry in the Mentors list (active or not): sees "My offer". */
  isMentor: boolean;
  /** Runs the program: sees each mentor's load. */
  isProgramManager: boolean;
}

/** A mentor as the directory lists them, before availability arrives. */
export interface MentorListing {
  /** Entra user id. */
  id: string;
  /** The Mentors list item id. */
  itemId: string;
  displayName: string;
  email: string;
  jobTitle?: string;
  department?: string;
  topics: string[];
  bio: string;
  sessionLengths: TimeBoxMinutes[];
  capacityPerWeek?: number;
  capacityPerMonth?: number;
  /** Sessions booked (not cancelled) with this mentor in the current week / month of the mentor's zone. */
  bookedThisWeek: number;
  bookedThisMonth: number;
  /** Starts of the mentor's booked sessions (for the domain's cap check on each slot). */
  bookedStarts: number[];
  noticeMinutes: number;
  bufferMinutes: number;
}

export interface MentorPageResult {
  mentors: MentorListing[];
  /** Opaque; pass back for the next page. Absent on the last page. */
  next?: string;
}

/** One person's calendar as Outlook reports it (the domain computes slots from this). */
export interface CalendarReading {
  email: string;
  busy: BusyBlock[];
  workingHours?: WorkingHours;
  /** Outlook could not give this calendar; said to the person on the card. */
  problem?: string;
}

export interface DirectoryPort {
  /** A page of active mentors (the first page should come back fast: cards draw before availability). */
  listMentors(next?: string): Promise<MentorPageResult>;
  /** One active mentor by user id (one indexed query, not a walk through the pages), or undefined. */
  mentor(id: string): Promise<MentorListing | undefined>;
  /**
   * Free/busy for these people over [start, end); `onBatch` gets readings as each Graph batch
   * completes, so cards fill in batch by batch. Resolves with all readings.
   */
  readCalendars(emails: string[], start: number, end: number, onBatch: (readings: CalendarReading[]) => void): Promise<CalendarReading[]>;
  /** A person's photo as an object URL, or undefined. */
  photoUrl(userId: string): Promise<string | undefined>;
  /** Notes a settled search for the program's demand figures (topic and outcome only; never rejects). */
  noteSearch?(note: SearchNote): void;
}

/** Everything the booking saga needs to book one session. */
export interface BookingInput {
  request: PreciseRequest;
  mentor: MentorListing;
  start: number;
  timeBoxMinutes: TimeBoxMinutes;
  /** Made once per attempt to book (before the first write): retries reuse it, so nothing doubles. */
  sessionKey: string;
  /** For a session of a skill sequence: which one, the key its sessions share and the overall goal. */
  sequence?: { key: string; index: number; of: number; goal: string; goals?: string[] };
}

export interface BookingPort {
  /**
   * Runs the saga from where `state` says it stopped (a fresh state: from the start), dispatching
   * the domain's booking events as it goes. Never rejects: failures are dispatched as events.
   */
  book(input: BookingInput, state: BookingState, dispatch: (event: BookingEvent) => void): Promise<void>;
}

export interface StoredSessionView {
  session: Session;
  /** Opaque version (ETag) for saves. */
  version: string;
  /** The other person's name. */
  otherName: string;
  /** A session written into an Outlook meeting that has no Teams meeting yet: why, and what to do. */
  meetingProblem?: { code: 'no-teams' | 'not-sent' | 'not-checked'; message: string };
}

export type SaveResult = { kind: 'saved'; stored: StoredSessionView } | { kind: 'conflict'; fields: string[]; theirs: StoredSessionView };

export interface MySessionsPort {
  /** The viewer's sessions as mentee or as mentor, newest first within upcoming and past. */
  list(as: 'mentee' | 'mentor'): Promise<StoredSessionView[]>;
  /** Saves ticks with ETag merge: a tick made meanwhile by someone else is kept. */
  saveChecklists(stored: StoredSessionView, checklists: ChecklistState): Promise<SaveResult>;
  /** Cancels the Teams meeting (both calendars) and marks the session cancelled; capacity is free again. */
  cancel(stored: StoredSessionView, comment: string): Promise<StoredSessionView>;
  /** Moves the same meeting to a new start (same time box). */
  reschedule(stored: StoredSessionView, start: number): Promise<StoredSessionView>;
}

/** A mentor's own offer, as saved in the Mentors list (its form and validation live in the domain). */
export type MentorOffer = MentorOfferFields;

export interface StoredOffer {
  offer: MentorOffer;
  version: string;
}

export type OfferSaveResult = { kind: 'saved'; stored: StoredOffer } | { kind: 'conflict'; fields: (keyof MentorOffer)[]; theirs: StoredOffer };

export interface MentorOfferPort {
  /** The viewer's offer, or undefined before they first opt in. */
  read(): Promise<StoredOffer | undefined>;
  /** Saves with If-Match; a concurrent edit (e.g. by the program manager) is merged field by field or reported. */
  save(base: StoredOffer | undefined, next: MentorOffer): Promise<OfferSaveResult>;
  /** The viewer's working hours from Outlook (shown, not edited). */
  workingHours(): Promise<WorkingHours | undefined>;
  /** The program's topic vocabulary to choose from. */
  topics(): string[];
}

export interface TabPorts {
  viewer: Viewer;
  /** The current instant; screens ask here so tests can pin it. */
  now(): number;
  directory: DirectoryPort;
  booking: BookingPort;
  mySessions: MySessionsPort;
  mentorOffer: MentorOfferPort;
  flashEvents: FlashEventsPort;
  /** Ask-an-Expert sign-up sheets (the Office hours tab). */
  officeHours: OfficeHoursPort;
  /** The program dashboard and pilots (the Program tab, program managers only). */
  dashboard: DashboardPort;
  /** Success stories: everyone reads them; the program manager publishes them (the Stories tab). */
  stories?: StoriesPort;
  /** The tab was opened to book with this mentor, prefilled (a follow-up asked for from a meeting). */
  initialRequest?: RequestPrefill;
  /** Whether the program site is set up, and set-up for the program manager. */
  programSetup?: ProgramSetupPort;
}
