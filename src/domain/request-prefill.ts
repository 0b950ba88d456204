// A request to book, prefilled from a session that asks for a follow-up: the meeting side panel
// hands it to the Teams tab as the page's subPageId (a small JSON text), and the tab opens the
// request form for that mentor with it. The subPageId comes from a link anyone can make, so what
// the tab reads is checked like any input: known shape, lengths, a mentor id of id characters.
import { normalizeLine, normalizeParagraphs, REQUEST_LIMITS } from './precise-request';

export interface RequestPrefill {
  mentorId: string;
  topic: string;
  goal: string;
  context: string;
}

/** Entra object ids are GUIDs; the emulator's and the tests' ids are letters, digits and '-'. */
export const PREFILL_MENTOR_ID = /^[A-Za-z0-9-]{1,64}$/;
/** Teams passes the subPageId in a deep link: the context carried is kept well under a link's length. */
export const PREFILL_CONTEXT_MAX = 1000;
const PREFILL_TEXT_MAX = 4000;
const KIND = 'request';

const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('');

/** The subPageId for a prefill, its texts cut to the request form's limits. */
export function encodeRequestPrefill(prefill: RequestPrefill): string {
  return JSON.stringify({
    kind: KIND,
    mentorId: prefill.mentorId,
    topic: clip(normalizeLine(prefill.topic), REQUEST_LIMITS.topic.max),
    goal: clip(normalizeLine(prefill.goal), REQUEST_LIMITS.goal.max),
    context: clip(normalizeParagraphs(prefill.context), PREFILL_CONTEXT_MAX),
  });
}

/** The prefill a subPageId carries, or undefined for anything else (absent, another page's, malformed, too long). */
export function readRequestPrefill(subPageId: string | undefined): RequestPrefill | undefined {
  if (!subPageId || subPageId.length > PREFILL_TEXT_MAX) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(subPageId);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind !== KIND || typeof v.mentorId !== 'string' || !PREFILL_MENTOR_ID.test(v.mentorId)) return undefined;
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const [topic, goal, context] = [text('topic') ?? '', text('goal'), text('context') ?? ''];
  if (goal === undefined) return undefined;
  return {
    mentorId: v.mentorId,
    topic: clip(normalizeLine(topic), REQUEST_LIMITS.topic.max),
    goal: clip(normalizeLine(goal), REQUEST_LIMITS.goal.max),
    context: clip(normalizeParagraphs(context), PREFILL_CONTEXT_MAX),
  };
}
