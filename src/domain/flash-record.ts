// A flash-mentoring event as stored: its settings, the plan, and how far publishing got (each table's
// meeting and the fingerprint of what it last said), so a retry resumes and a second publish is a no-op.
import type { FlashEventSettings } from './flash-event';
import type { FlashPlan } from './flash-plan';

export const FLASH_EVENT_STATUSES = ['open', 'planned', 'published', 'cancelled'] as const;
export type FlashEventStatus = (typeof FLASH_EVENT_STATUSES)[number];

export interface TableMeeting {
  eventId: string;
  joinUrl: string;
  /** tableFingerprint of the attendees and body last sent; absent until the body with schedules is in. */
  print?: string;
}

export interface FlashEventRecord extends FlashEventSettings {
  /** The list item's id; '' before it is stored. */
  itemId: string;
  /** Unique per event; keys the participants, the meetings' transactionIds and the random comparison. */
  key: string;
  organizerId: string;
  status: FlashEventStatus;
  plan?: FlashPlan;
  /** Per mentor table (mentor user id). */
  meetings: Record<string, TableMeeting>;
}

/** A new event's key from the organiser and the moment it is created (unique per organiser and millisecond). */
export function newFlashEventKey(organizerId: string, createdAt: number): string {
  return `flash-${organizerId.slice(0, 8)}-${createdAt.toString(36)}`;
}
