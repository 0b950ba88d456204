// Two people edit one session at once (the mentor ticks a checklist item while the mentee adds an
// agreed action). On a stale ETag the store re-reads and merges field by field: edits to different
// fields both win, checklist ticks merge item by item, and only a real collision is reported.
import { mergeChatPosts } from './chat-post-claims';
import { mergeChecklistStates } from './checklists';
import type { Session } from './session';

export type MergeOutcome = { kind: 'merged'; session: Session } | { kind: 'conflict'; fields: (keyof Session)[]; theirs: Session };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `base` is what I read, `mine` what I want to write, `theirs` what is stored now. */
export function mergeSessions(base: Session, mine: Session, theirs: Session): MergeOutcome {
  const merged = { ...theirs } as Record<keyof Session, unknown>;
  const conflicts: (keyof Session)[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)] as (keyof Session)[]);
  for (const key of keys) {
    if (key === 'itemId') continue;
    const b = base[key];
    const m = mine[key];
    const t = theirs[key];
    if (same(m, b) || same(m, t)) continue; // I did not change it, or we agree: theirs stands
    if (same(t, b)) {
      merged[key] = m; // only I changed it
      continue;
    }
    if (key === 'checklists') {
      merged[key] = mergeChecklistStates(base.checklists, mine.checklists, theirs.checklists);
      continue;
    }
    if (key === 'chatPosts') {
      // Claims and posted message ids: the one further along wins, never a conflict to show.
      merged[key] = mergeChatPosts(base.chatPosts, mine.chatPosts, theirs.chatPosts);
      continue;
    }
    if (key === 'checklistMessageId') {
      merged[key] = t ?? m; // the message recorded first is the one in the chat
      continue;
    }
    if (key === 'agreedActions') {
      // Both added actions: keep theirs and append mine that are new.
      const added = mine.agreedActions.filter((a) => !base.agreedActions.some((x) => same(x, a)) && !theirs.agreedActions.some((x) => same(x, a)));
      const removedByMe = base.agreedActions.filter((a) => !mine.agreedActions.some((x) => same(x, a)));
      merged[key] = [...theirs.agreedActions.filter((a) => !removedByMe.some((x) => same(x, a))), ...added];
      continue;
    }
    conflicts.push(key);
  }
  if (conflicts.length > 0) return { kind: 'conflict', fields: conflicts, theirs };
  return { kind: 'merged', session: merged as unknown as Session };
}
