// After a flash event: each mentee says of each round at a table whether it was useful, once that
// round has ended. A verdict can be changed; it is kept on the mentee's registration.
import { roundTimes, type FlashEventSettings } from './flash-event';
import type { FlashParticipant, RoundVerdict } from './flash-participants';
import type { FlashPlan } from './flash-plan';

export type FeedbackErrorCode = 'not-a-mentee' | 'not-at-a-table' | 'round-not-ended';

export interface FeedbackError {
  code: FeedbackErrorCode;
  message: string;
}

/** The participant with their verdict on `round`, or why it cannot be given (yet). */
export function giveRoundFeedback(
  participant: FlashParticipant,
  event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>,
  plan: FlashPlan,
  round: number,
  verdict: RoundVerdict,
  now: number,
): { ok: true; participant: FlashParticipant } | { ok: false; error: FeedbackError } {
  if (participant.role !== 'mentee') return { ok: false, error: { code: 'not-a-mentee', message: 'Only mentees rate their rounds.' } };
  const pair = plan.rounds.find((r) => r.round === round)?.pairs.find((p) => p.menteeId === participant.userId);
  if (!pair) return { ok: false, error: { code: 'not-at-a-table', message: `You were not at a table in round ${round}.` } };
  const time = roundTimes(event)[round - 1];
  if (!time || now < time.end) return { ok: false, error: { code: 'round-not-ended', message: `Round ${round} has not ended yet.` } };
  return { ok: true, participant: { ...participant, feedback: { ...participant.feedback, [String(round)]: verdict } } };
}
