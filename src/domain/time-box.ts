// The time box of one micro-mentoring session and its four phases, from the method's
// "How to Structure a Single Micro-Mentoring Session": set the container, conduct the
// session (explore, then advice), conclude and hand off.

export type TimeBoxMinutes = 30 | 45 | 60;

export const TIME_BOXES: readonly TimeBoxMinutes[] = [30, 45, 60];

export type PhaseId = 'container' | 'explore' | 'advice' | 'conclude';

export interface Phase {
  id: PhaseId;
  title: string;
  description: string;
  /** Minutes from the session start at which this phase begins. */
  startMinute: number;
  minutes: number;
}

/** The shortest conclude phase: summarizing agreed actions needs a few minutes even in a 30-minute box. */
export const MIN_CONCLUDE_MINUTES = 5;

const PHASE_TEXT: Record<PhaseId, { title: string; description: string }> = {
  container: {
    title: 'Set the container',
    description: 'Confirm the focus and agree on the time box.',
  },
  explore: {
    title: 'Explore the situation',
    description: 'Explore the concrete situation, with the mentor asking clarifying questions.',
  },
  advice: {
    title: 'Advice and next steps',
    description: 'The mentor offers actionable advice or next steps. The output should be a clear path forward.',
  },
  conclude: {
    title: 'Conclude and hand off',
    description:
      'End by summarizing agreed-upon actions. Optionally, the mentor can provide a brief follow-up resource or suggest another expert.',
  },
};

export const PHASE_IDS: readonly PhaseId[] = ['container', 'explore', 'advice', 'conclude'];

// Share of the box per phase; advice takes whatever rounding leaves, so the plan always sums to the box.
const CONTAINER_SHARE = 0.1;
const EXPLORE_SHARE = 0.35;
const CONCLUDE_SHARE = 0.15;

export function isTimeBoxMinutes(value: unknown): value is TimeBoxMinutes {
  return TIME_BOXES.includes(value as TimeBoxMinutes);
}

/** The four phases of one session, in order, in whole minutes summing exactly to the box. */
export function planPhases(box: TimeBoxMinutes): Phase[] {
  const container = Math.round(box * CONTAINER_SHARE);
  const conclude = Math.max(MIN_CONCLUDE_MINUTES, Math.round(box * CONCLUDE_SHARE));
  const explore = Math.round(box * EXPLORE_SHARE);
  const advice = box - container - explore - conclude;
  return withStarts([
    ['container', container],
    ['explore', explore],
    ['advice', advice],
    ['conclude', conclude],
  ]);
}

/**
 * The plan after the session was extended: the extra minutes go to advice (the part just before
 * conclude), so conclude stays the last phase and keeps its length.
 */
export function planPhasesWithExtension(box: TimeBoxMinutes, extraMinutes: number): Phase[] {
  return withStarts(
    planPhases(box).map((p): [PhaseId, number] => [p.id, p.id === 'advice' ? p.minutes + extraMinutes : p.minutes]),
  );
}

function withStarts(lengths: [PhaseId, number][]): Phase[] {
  let start = 0;
  return lengths.map(([id, minutes]) => {
    const phase: Phase = { id, ...PHASE_TEXT[id], startMinute: start, minutes };
    start += minutes;
    return phase;
  });
}
