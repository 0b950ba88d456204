// A success story from one session, for the program to share (the method's "promote success
// stories"): only from a session whose mentee consented, anonymised by default (no names, no
// addresses; the department only if the mentee allowed it), edited by the program manager before
// it is published. Withdrawn consent means no story, whatever was drafted.
import type { Session, SessionResult } from './session';

export const STORY_LIMITS = { textMax: 600, actionsMax: 5, actionMax: 200 } as const;

export interface SuccessStory {
  /** The session's key: one story per session. */
  sessionKey: string;
  topic: string;
  /** What the mentee wanted, in their words (names taken out). */
  goal: string;
  /** What success looked like to them. */
  success: string;
  result: SessionResult;
  /** The agreed actions, names taken out. */
  actions: string[];
  /** Only when the mentee allowed it. */
  department?: string;
}

export interface StoryPeople {
  /** Names and addresses that must not appear: the mentee's and the mentor's. */
  names: readonly string[];
  emails: readonly string[];
  /** The mentee's department, and whether they allowed it to be shown. */
  department?: string;
  showDepartment: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each name (whole, then each part of two letters or more) and address with a neutral word. */
export function anonymise(text: string, people: Pick<StoryPeople, 'names' | 'emails'>): string {
  let out = text.replace(/[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi, 'someone');
  for (const email of people.emails) out = out.replace(new RegExp(escapeRegExp(email), 'gi'), 'someone');
  const parts = people.names.flatMap((name) => [name, ...name.split(/\s+/)]).filter((p) => p.trim().length >= 2);
  // Longest first, so "Daniel Okafor" goes before "Daniel".
  for (const part of [...new Set(parts)].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part.trim())}(?![\\p{L}\\p{N}])`, 'giu'), 'someone');
  }
  return out;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The draft story of a session, or undefined: no consent, no result yet, or cancelled. */
export function draftStory(session: Session, people: StoryPeople): SuccessStory | undefined {
  if (!session.shareStory || !session.result || session.status === 'cancelled') return undefined;
  const clean = (text: string, max: number) => clip(anonymise(text.trim(), people), max);
  return {
    sessionKey: session.key,
    topic: session.topic,
    goal: clean(session.goal, STORY_LIMITS.textMax),
    success: clean(session.success, STORY_LIMITS.textMax),
    result: session.result,
    actions: session.agreedActions.slice(0, STORY_LIMITS.actionsMax).map((a) => clean(a.text, STORY_LIMITS.actionMax)),
    ...(people.showDepartment && people.department ? { department: people.department } : {}),
  };
}

export type StoryField = 'goal' | 'success' | 'actions';

/** What a program manager's edit may not do: empty or too long fields, or a name put back in. */
export function checkStory(story: SuccessStory, people: Pick<StoryPeople, 'names' | 'emails'>): { field: StoryField; message: string }[] {
  const errors: { field: StoryField; message: string }[] = [];
  const named = (text: string) => anonymise(text, people) !== text;
  for (const field of ['goal', 'success'] as const) {
    const text = story[field].trim();
    if (!text) errors.push({ field, message: 'This part of the story must not be empty.' });
    else if (text.length > STORY_LIMITS.textMax) errors.push({ field, message: `Keep it to ${STORY_LIMITS.textMax} characters (it has ${text.length}).` });
    else if (named(text)) errors.push({ field, message: 'It names the mentee or the mentor, or an email address; stories are anonymous.' });
  }
  if (story.actions.length > STORY_LIMITS.actionsMax) errors.push({ field: 'actions', message: `Keep at most ${STORY_LIMITS.actionsMax} actions.` });
  else if (story.actions.some((a) => a.length > STORY_LIMITS.actionMax)) errors.push({ field: 'actions', message: `Keep each action to ${STORY_LIMITS.actionMax} characters.` });
  else if (story.actions.some(named)) errors.push({ field: 'actions', message: 'An action names the mentee or the mentor, or an email address; stories are anonymous.' });
  return errors;
}
