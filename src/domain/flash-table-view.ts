// A flash event's table as its Teams meeting shows it: who sits at the mentor's table in each round,
// with the topics they came for, and a round clock derived from the event's start — the same for
// everyone in the meeting, whatever their device's clock or zone.
import { roundTimes, type FlashEventSettings } from './flash-event';
import type { FlashParticipant } from './flash-participants';
import type { FlashPlan } from './flash-plan';

export interface FlashTableVisitor {
  userId: string;
  name: string;
  /** The mentee's interests, most wanted first. */
  topics: string[];
  /** Topic fit to this table's mentor, 0…1. */
  fit: number;
}

export interface FlashTableRound {
  round: number;
  start: number;
  end: number;
  /** Usually one mentee; none when the table rests this round. */
  visitors: FlashTableVisitor[];
}

export interface FlashTableView {
  eventTitle: string;
  /** The organiser's zone, in which the event was planned. */
  zone: string;
  mentor: { userId: string; name: string; topics: string[] };
  rounds: FlashTableRound[];
}

type Timing = Pick<FlashEventSettings, 'title' | 'zone' | 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>;

/** The table of `mentorId` in the plan, with names and topics from the participants (someone missing from them shows as unknown). */
export function flashTableView(event: Timing, plan: FlashPlan, participants: readonly FlashParticipant[], mentorId: string): FlashTableView | undefined {
  if (!plan.mentorIds.includes(mentorId)) return undefined;
  const byId = new Map(participants.map((p) => [p.userId, p]));
  const times = roundTimes(event);
  const mentor = byId.get(mentorId);
  return {
    eventTitle: event.title,
    zone: event.zone,
    mentor: { userId: mentorId, name: mentor?.name ?? 'A mentor who left the event', topics: mentor?.topics ?? [] },
    rounds: times.map((t) => {
      const pairs = plan.rounds.find((r) => r.round === t.round)?.pairs.filter((p) => p.mentorId === mentorId) ?? [];
      return {
        ...t,
        visitors: pairs.map((p) => {
          const mentee = byId.get(p.menteeId);
          return { userId: p.menteeId, name: mentee?.name ?? 'A mentee who left the event', topics: mentee?.topics ?? [], fit: p.fit };
        }),
      };
    }),
  };
}

export type RoundClock =
  | { phase: 'before'; next: number; msToStart: number }
  | { phase: 'running'; round: number; msLeft: number }
  | { phase: 'break'; next: number; msToStart: number }
  | { phase: 'over' };

/** Where the event is at `now`: before it, in round n (and how long is left), in a break before round n, or over. */
export function roundClock(rounds: readonly { round: number; start: number; end: number }[], now: number): RoundClock {
  const running = rounds.find((r) => r.start <= now && now < r.end);
  if (running) return { phase: 'running', round: running.round, msLeft: running.end - now };
  const next = rounds.find((r) => now < r.start);
  if (!next) return { phase: 'over' };
  return next.round === rounds[0]?.round ? { phase: 'before', next: next.round, msToStart: next.start - now } : { phase: 'break', next: next.round, msToStart: next.start - now };
}
