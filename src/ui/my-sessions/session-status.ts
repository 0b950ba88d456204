// A session's status in words a person reads, and which list it belongs to.
import type { SessionStatus } from '../../domain/session';
import type { StoredSessionView } from '../common/tab-ports';

type BadgeColor = 'brand' | 'success' | 'danger' | 'warning' | 'informative' | 'subtle';

/** The saga's intermediate steps all read as one thing to a person: the booking stopped part way. */
export const STATUS_WORDS: Readonly<Record<SessionStatus, { text: string; color: BadgeColor }>> = {
  draft: { text: 'Booking not finished', color: 'warning' },
  'meeting-created': { text: 'Booking not finished', color: 'warning' },
  'chat-found': { text: 'Booking not finished', color: 'warning' },
  'checklist-posted': { text: 'Booking not finished', color: 'warning' },
  scheduled: { text: 'Scheduled', color: 'brand' },
  completed: { text: 'Completed', color: 'success' },
  cancelled: { text: 'Cancelled', color: 'subtle' },
};

/** A session written into an Outlook meeting that has no Teams meeting yet reads as what it lacks. */
const PROBLEM_WORDS: Readonly<Record<NonNullable<StoredSessionView['meetingProblem']>['code'], { text: string; color: BadgeColor }>> = {
  'no-teams': { text: 'No Teams meeting', color: 'warning' },
  'not-sent': { text: 'Not sent yet', color: 'informative' },
  'not-checked': { text: 'Not checked', color: 'warning' },
};

export function statusWords(status: SessionStatus, problem?: StoredSessionView['meetingProblem']): { text: string; color: BadgeColor } {
  if (problem) return PROBLEM_WORDS[problem.code];
  return STATUS_WORDS[status] ?? { text: String(status), color: 'informative' };
}

/** Upcoming: not over yet and not completed, soonest first; past: the rest, latest first. */
export function splitByTime(sessions: readonly StoredSessionView[], now: number): { upcoming: StoredSessionView[]; past: StoredSessionView[] } {
  const upcoming = sessions.filter((s) => s.session.end > now && s.session.status !== 'completed').sort((a, b) => a.session.start - b.session.start);
  const past = sessions.filter((s) => !upcoming.includes(s)).sort((a, b) => b.session.start - a.session.start);
  return { upcoming, past };
}

/** Whether the mentee can still change this session (tick, move, cancel): scheduled and not begun. */
export function isChangeable(stored: StoredSessionView, now: number): boolean {
  return stored.session.status === 'scheduled' && stored.session.start > now;
}
