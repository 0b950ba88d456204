// A micro-mentoring session as the program keeps it (one item in the program site's Sessions list).
import { emptyChecklistState, type ChecklistState } from './checklists';
import type { FollowUpResource } from './follow-up-resource';
import type { TimeBoxMinutes } from './time-box';
import type { TimeBoxState } from './time-box-reducer';

// The allowed values are lists as well as types: values read from the list are checked against them.
export const SESSION_FORMATS = ['one-time', 'sequence', 'flash', 'office-hours'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** Where the booking saga has got to; each step is recorded before the next starts. */
export const SESSION_STATUSES = ['draft', 'meeting-created', 'chat-found', 'checklist-posted', 'scheduled', 'completed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_RESULTS = ['met', 'partly', 'not-yet'] as const;
export type SessionResult = (typeof SESSION_RESULTS)[number];

/** What Micromentor posts and pins in the meeting chat, once per kind and revision. */
export const CHAT_POST_KINDS = ['checklist', 'summary'] as const;
export type ChatPostKind = (typeof CHAT_POST_KINDS)[number];

/**
 * A client's claim on posting and pinning one kind of message. Chat posts have no idempotency
 * key, so whoever writes the claim into the session record first (If-Match) posts; the others wait
 * for its result. It expires, so a client that died does not block everyone else.
 */
export interface ChatPostClaim {
  /** A random id of the claiming client (one per attempt). */
  holder: string;
  /** Epoch ms after which another client may take over. */
  expiresAt: number;
}

/** How far posting the latest revision of one kind has got. */
export interface ChatPostProgress {
  revision: number;
  /** Set once the message is in the chat. */
  messageId?: string;
  /** True once it is pinned (and an earlier pin of its kind removed). */
  pinned: boolean;
  claim?: ChatPostClaim;
  /**
   * What the revision says (a digest of the content's data, not of its rendering, so readers in
   * other zones agree): a click whose content has this digest is the same revision again.
   */
  digest?: string;
}

export type ChatPosts = Partial<Record<ChatPostKind, ChatPostProgress>>;

export interface AgreedAction {
  /** Stable within the session, so two people editing different actions never collide (older records: none). */
  id?: string;
  text: string;
  /** Who will do it, by name. */
  owner: string;
  /** Which participant owns it (older records: none). */
  role?: 'mentor' | 'mentee';
  /** Epoch ms; shown as a day in the reader's zone. */
  due?: number;
  /** Ticked off by its owner. */
  done?: boolean;
}

/** Another expert the mentor suggests asking, picked from the directory. */
export interface Referral {
  mentorId: string;
  displayName: string;
}

export interface Session {
  /** Our own key, made before the first write, so a retried create finds the first record. */
  key: string;
  /** The list item's id once stored. */
  itemId?: string;
  menteeId: string;
  mentorId: string;
  topic: string;
  goal: string;
  context: string;
  success: string;
  format: SessionFormat;
  /** For a skill sequence: this is session `index` of `of` (2–3). */
  sequence?: {
    index: number;
    of: number;
    /** Shared by the sessions of one sequence, so they can be found together (older records: none). */
    key?: string;
    /** The sequence's overall goal. */
    goal?: string;
    /** The sequence's own result, asked for in its last session. */
    result?: SessionResult;
    /** Every session's goal, session 1 first: a session booked later takes its goal from here. */
    goals?: string[];
  };
  timeBoxMinutes: TimeBoxMinutes;
  start: number;
  end: number;
  eventId?: string;
  joinUrl?: string;
  chatId?: string;
  /** The Teams meeting's id as the host gives it (`meeting.id`), once known. */
  meetingId?: string;
  checklistMessageId?: string;
  /** Claims and results of the chat posts, per kind (stored in the Progress column). */
  chatPosts: ChatPosts;
  status: SessionStatus;
  checklists: ChecklistState;
  timeBox?: TimeBoxState;
  agreedActions: AgreedAction[];
  /** The follow-up resource the mentor gave (https only). */
  followUp?: FollowUpResource;
  referral?: Referral;
  /** The mentor suggested a follow-up session (the mentee books it; epoch ms of the suggestion). */
  followUpSuggested?: { at: number };
  result?: SessionResult;
  thankYouSent: boolean;
  shareStory: boolean;
  /** The mentee lets a shared story say their department (older records: none, read as no). */
  shareDepartment?: boolean;
}

export function newSession(fields: Omit<Session, 'status' | 'checklists' | 'agreedActions' | 'thankYouSent' | 'shareStory' | 'chatPosts'>): Session {
  return { ...fields, status: 'draft', checklists: emptyChecklistState(), agreedActions: [], thankYouSent: false, shareStory: false, chatPosts: {} };
}
