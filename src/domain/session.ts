// A micro-mentoring session as the program keeps it (one item in the program site's Sessions list).
import { emptyChecklistState, type ChecklistState } from './checklists';
import type { TimeBoxMinutes } from './time-box';
import type { TimeBoxState } from './time-box-reducer';

export type SessionFormat = 'one-time' | 'sequence' | 'flash' | 'office-hours';

/** Where the booking saga has got to; each step is recorded before the next starts. */
export type SessionStatus = 'draft' | 'meeting-created' | 'chat-found' | 'checklist-posted' | 'scheduled' | 'completed' | 'cancelled';

export type SessionResult = 'met' | 'partly' | 'not-yet';

export interface AgreedAction {
  text: string;
  /** Who will do it, by name. */
  owner: string;
  /** Epoch ms; shown as a day in the reader's zone. */
  due?: number;
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
  sequence?: { index: number; of: number };
  timeBoxMinutes: TimeBoxMinutes;
  start: number;
  end: number;
  eventId?: string;
  joinUrl?: string;
  chatId?: string;
  checklistMessageId?: string;
  status: SessionStatus;
  checklists: ChecklistState;
  timeBox?: TimeBoxState;
  agreedActions: AgreedAction[];
  result?: SessionResult;
  thankYouSent: boolean;
  shareStory: boolean;
}

export function newSession(fields: Omit<Session, 'status' | 'checklists' | 'agreedActions' | 'thankYouSent' | 'shareStory'>): Session {
  return { ...fields, status: 'draft', checklists: emptyChecklistState(), agreedActions: [], thankYouSent: false, shareStory: false };
}
