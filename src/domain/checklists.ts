// The two preparation checklists from the micro-mentoring method, verbatim, and their shared
// state: who ticked what and when. Plain data, because it is stored in a SharePoint list item
// that both the mentor and the mentee write to.

export type ChecklistRole = 'mentee' | 'mentor';

export type ChecklistTiming = 'pre-session' | 'during-session';

export interface ChecklistItem {
  id: string;
  role: ChecklistRole;
  text: string;
  timing: ChecklistTiming;
}

/** "Checklist for Mentees: Preparing for Your Session" — all of it is preparation. */
export const MENTEE_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'mentee-question',
    role: 'mentee',
    text: 'I have written down my single, most pressing question or goal.',
    timing: 'pre-session',
  },
  {
    id: 'mentee-background',
    role: 'mentee',
    text: 'I have provided the mentor with necessary background (e.g., a document link, a brief scenario description).',
    timing: 'pre-session',
  },
  {
    id: 'mentee-outcome',
    role: 'mentee',
    text: 'I know what a successful outcome from this meeting looks like for me.',
    timing: 'pre-session',
  },
  {
    id: 'mentee-notes',
    role: 'mentee',
    text: 'I am prepared to take notes on actionable steps.',
    timing: 'pre-session',
  },
];

/** "Checklist for Mentors: Facilitating a Productive Exchange" — reviewing comes before, the rest happens in the session. */
export const MENTOR_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'mentor-reviewed-goal',
    role: 'mentor',
    text: "I have reviewed the mentee's stated goal and any pre-work.",
    timing: 'pre-session',
  },
  {
    id: 'mentor-confirm-objective',
    role: 'mentor',
    text: 'I will start the session by confirming the objective and timeframe.',
    timing: 'during-session',
  },
  {
    id: 'mentor-practical-steps',
    role: 'mentor',
    text: 'My guidance will focus on practical steps the mentee can implement.',
    timing: 'during-session',
  },
  {
    id: 'mentor-summarize',
    role: 'mentor',
    text: 'I will end by summarizing key takeaways and agreed actions.',
    timing: 'during-session',
  },
];

/**
 * For session 2 and later of a skill sequence, the mentee also prepares the actions agreed in the
 * session before (see skill-sequence.ts menteeChecklistFor); other sessions do not show it.
 */
export const CARRIED_ACTIONS_ITEM: ChecklistItem = {
  id: 'mentee-carried-actions',
  role: 'mentee',
  text: 'I have worked on the actions agreed in our previous session and can say how they went.',
  timing: 'pre-session',
};

export const ALL_CHECKLIST_ITEMS: readonly ChecklistItem[] = [...MENTEE_CHECKLIST, ...MENTOR_CHECKLIST, CARRIED_ACTIONS_ITEM];

export function checklistFor(role: ChecklistRole): readonly ChecklistItem[] {
  return role === 'mentee' ? MENTEE_CHECKLIST : MENTOR_CHECKLIST;
}

/** One item's state. `by` and `at` name the last change: who ticked it, or who unticked it again. */
export interface ChecklistItemState {
  done: boolean;
  /** The user id of whoever made the last change. */
  by: string;
  /** Epoch ms of the last change; the three-way merge uses it to decide between two edits. */
  at: number;
}

/** Both checklists of one session. Items never touched have no entry (not done). */
export interface ChecklistState {
  items: Record<string, ChecklistItemState>;
}

export function emptyChecklistState(): ChecklistState {
  return { items: {} };
}

export type ChecklistErrorCode = 'unknown-checklist-item';

export class ChecklistError extends Error {
  readonly code: ChecklistErrorCode;

  constructor(code: ChecklistErrorCode, message: string) {
    super(message);
    this.name = 'ChecklistError';
    this.code = code;
  }
}

export function checklistItem(itemId: string): ChecklistItem {
  const item = ALL_CHECKLIST_ITEMS.find((i) => i.id === itemId);
  if (!item) {
    throw new ChecklistError('unknown-checklist-item', `"${itemId}" is not an item of the mentee's or the mentor's checklist.`);
  }
  return item;
}

export function isDone(state: ChecklistState, itemId: string): boolean {
  return state.items[itemId]?.done === true;
}

/** Marks an item done. Ticking a done item keeps who ticked it first and when, and returns the same state. */
export function tick(state: ChecklistState, itemId: string, by: string, at: number): ChecklistState {
  return setDone(state, itemId, true, by, at);
}

/** Marks an item not done. Unticking an item that is not done returns the same state. */
export function untick(state: ChecklistState, itemId: string, by: string, at: number): ChecklistState {
  return setDone(state, itemId, false, by, at);
}

function setDone(state: ChecklistState, itemId: string, done: boolean, by: string, at: number): ChecklistState {
  checklistItem(itemId);
  if (isDone(state, itemId) === done) return state;
  return { items: { ...state.items, [itemId]: { done, by, at } } };
}

export interface ChecklistProgress {
  done: number;
  total: number;
  /** Whole percent, 0–100. */
  percent: number;
}

/** `items`: the role's checklist as this session shows it (a sequence session adds one, see menteeChecklistFor). */
export function progress(state: ChecklistState, role: ChecklistRole, items: readonly ChecklistItem[] = checklistFor(role)): ChecklistProgress {
  const done = items.filter((i) => isDone(state, i.id)).length;
  return { done, total: items.length, percent: Math.round((done / items.length) * 100) };
}

/** The preparation still open for one person: pre-session items not yet done, in checklist order. */
export function pendingBeforeSession(state: ChecklistState, role: ChecklistRole, items: readonly ChecklistItem[] = checklistFor(role)): ChecklistItem[] {
  return items.filter((i) => i.timing === 'pre-session' && !isDone(state, i.id));
}

/**
 * Three-way merge after a write conflict (HTTP 412 on the list item's ETag): `base` is what both
 * sides read, `mine` the local edit, `theirs` what is stored now. Item by item: a change on one side
 * only wins; the same change on both sides is kept; different changes to the same item go to the
 * later one (a tie goes to "done", so a tick is never lost to a clock tie).
 */
export function mergeChecklistStates(base: ChecklistState, mine: ChecklistState, theirs: ChecklistState): ChecklistState {
  const ids = new Set([...Object.keys(base.items), ...Object.keys(mine.items), ...Object.keys(theirs.items)]);
  const items: Record<string, ChecklistItemState> = {};
  for (const id of ids) {
    const merged = mergeItem(base.items[id], mine.items[id], theirs.items[id]);
    if (merged) items[id] = merged;
  }
  return { items };
}

type Entry = ChecklistItemState | undefined;

function mergeItem(base: Entry, mine: Entry, theirs: Entry): Entry {
  if (sameEntry(mine, theirs)) return mine;
  if (sameEntry(mine, base)) return theirs;
  if (sameEntry(theirs, base)) return mine;
  // Both sides changed the item differently; an entry missing on one side counts as oldest.
  if (!mine) return theirs;
  if (!theirs) return mine;
  if (mine.at !== theirs.at) return mine.at > theirs.at ? mine : theirs;
  if (mine.done !== theirs.done) return mine.done ? mine : theirs;
  // Same time, same outcome, different people: pick one the same way on every client.
  return mine.by <= theirs.by ? mine : theirs;
}

function sameEntry(a: Entry, b: Entry): boolean {
  if (!a || !b) return a === b;
  return a.done === b.done && a.by === b.by && a.at === b.at;
}
