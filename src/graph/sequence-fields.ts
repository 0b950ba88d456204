// The Sequence column of a session in a skill sequence: the key its sessions share, the overall
// goal and the sequence's own result, as JSON (which session of how many is in the Format column).
import * as z from 'zod/mini';
import { SESSION_RESULTS, type Session } from '../domain/session';

const sequenceSchema = z.object({
  key: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/))),
  goal: z.optional(z.string().check(z.maxLength(1000))),
  result: z.optional(z.enum(SESSION_RESULTS)),
  goals: z.optional(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(3))),
});

export type StoredSequence = z.infer<typeof sequenceSchema>;

export const SEQUENCE_COLUMN_SHAPE = 'the sequence (its key, overall goal and result)';

/** What the Sequence column holds for a session, or null when it holds nothing. */
export function sequenceToField(s: Session): string | null {
  const seq = s.sequence;
  if (!seq || (seq.key === undefined && seq.goal === undefined && seq.result === undefined && seq.goals === undefined)) return null;
  return JSON.stringify({ ...(seq.key ? { key: seq.key } : {}), ...(seq.goal ? { goal: seq.goal } : {}), ...(seq.result ? { result: seq.result } : {}), ...(seq.goals ? { goals: seq.goals } : {}) });
}

export { sequenceSchema };

/** The session's sequence with the column's parts added (nothing when the session is no sequence). */
export function withStoredSequence(sequence: Session['sequence'], stored: StoredSequence): Session['sequence'] {
  if (!sequence) return sequence;
  return { ...sequence, ...(stored.key ? { key: stored.key } : {}), ...(stored.goal ? { goal: stored.goal } : {}), ...(stored.result ? { result: stored.result } : {}), ...(stored.goals ? { goals: stored.goals } : {}) };
}
