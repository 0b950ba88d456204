// The people of a flash-mentoring event: invited by the program manager, then registered by
// themselves (mentees pick up to three of the event's topics, mentors confirm theirs).
import { FLASH_LIMITS, cleanTopics } from './flash-event';

export type FlashRole = 'mentor' | 'mentee';
/** invited → registered (or declined); a registered person the manager takes off later is dropped. */
export type RegistrationStatus = 'invited' | 'registered' | 'declined' | 'dropped';

export interface FlashParticipant {
  userId: string;
  name: string;
  email: string;
  role: FlashRole;
  status: RegistrationStatus;
  /** A mentee's interests (≤ 3, first = most wanted) or a mentor's topics, all from the event's topics. */
  topics: string[];
  /** IANA zone their schedule is shown in. */
  zone: string;
  /** A mentee's verdict on each round they sat at a table, by round number, once it has ended. */
  feedback?: Record<string, RoundVerdict>;
}

export type RoundVerdict = 'useful' | 'not-useful';

export type RegistrationErrorCode = 'registration-closed' | 'not-invited' | 'topics-empty' | 'topics-too-many' | 'topic-not-offered';

export interface RegistrationError {
  code: RegistrationErrorCode;
  message: string;
}

/**
 * The participant after registering with `topics`, or why not. Registration is open until the close
 * time; a mentee picks 1–3 of the event's topics, a mentor at least one.
 */
export function register(
  participant: FlashParticipant,
  topics: readonly string[],
  event: { topics: readonly string[]; registrationCloses: number },
  now: number,
): { ok: true; participant: FlashParticipant } | { ok: false; error: RegistrationError } {
  if (now >= event.registrationCloses) return { ok: false, error: { code: 'registration-closed', message: 'Registration for this event has closed.' } };
  if (participant.status === 'dropped') return { ok: false, error: { code: 'not-invited', message: 'The program manager has taken you off this event.' } };
  const picked = [...new Set(cleanTopics(topics))];
  if (picked.length === 0) {
    return { ok: false, error: { code: 'topics-empty', message: participant.role === 'mentee' ? 'Pick at least one topic you would like to talk about.' : 'Confirm at least one topic you can help with.' } };
  }
  if (participant.role === 'mentee' && picked.length > FLASH_LIMITS.menteeInterestsMax) {
    return { ok: false, error: { code: 'topics-too-many', message: `Pick at most ${FLASH_LIMITS.menteeInterestsMax} topics.` } };
  }
  const offered = new Set(event.topics.map((t) => t.toLowerCase()));
  const stranger = picked.find((t) => !offered.has(t.toLowerCase()));
  if (stranger) return { ok: false, error: { code: 'topic-not-offered', message: `"${stranger}" is not one of this event's topics.` } };
  return { ok: true, participant: { ...participant, status: 'registered', topics: picked } };
}

/** Registered people of one role, in a stable order (by user id) so a plan never depends on list order. */
export function registered(participants: readonly FlashParticipant[], role: FlashRole): FlashParticipant[] {
  return participants.filter((p) => p.role === role && p.status === 'registered').sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
