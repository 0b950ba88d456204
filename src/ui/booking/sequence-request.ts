import type { PreciseRequest } from '../../domain/precise-request';
import type { SequencePlan } from '../../domain/skill-sequence';
import type { MentorListing } from '../common/tab-ports';
import type { SequenceBookingRequest } from './use-sequence-booking';

/** Each session of a sequence books the request with its own goal and start; the rest is shared. Fewer starts than goals: the rest are booked later. */
export function sequenceBooking(request: PreciseRequest, plan: SequencePlan, starts: readonly number[], mentor: MentorListing): SequenceBookingRequest {
  return {
    overallGoal: plan.overallGoal,
    goals: plan.goals,
    sessions: starts.map((start, i) => ({ request: { ...request, goal: plan.goals[i] ?? request.goal }, mentor, start, timeBoxMinutes: request.timeBox })),
  };
}
