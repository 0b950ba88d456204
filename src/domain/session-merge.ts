// Two people edit one session at once (the mentor ticks a checklist item while the mentee adds an
// agreed action). On a stale ETag the store re-reads and merges field by field (mergeFields): edits
// to different fields both win, checklist ticks merge item by item, and only a real collision is reported.
import { mergeChatPosts } from './chat-post-claims';
import { mergeChecklistStates } from './checklists';
import { mergeFields, sameValue as same, type ResolveField } from './field-merge';
import type { AgreedAction, Session } from './session';

export type MergeOutcome = { kind: 'merged'; session: Session } | { kind: 'conflict'; fields: (keyof Session)[]; theirs: Session };

/** Fields both sides changed that still merge; any other is a conflict. */
const resolveSessionField: ResolveField<Session> = (key, base, mine, theirs) => {
  switch (key) {
    case 'checklists':
      return { value: mergeChecklistStates(base as Session['checklists'], mine as Session['checklists'], theirs as Session['checklists']) as typeof base };
    case 'chatPosts':
      // Claims and posted message ids: the one further along wins, never a conflict to show.
      return { value: mergeChatPosts(base as Session['chatPosts'], mine as Session['chatPosts'], theirs as Session['chatPosts']) as typeof base };
    case 'checklistMessageId':
      return { value: theirs ?? mine }; // the message recorded first is the one in the chat
    case 'agreedActions':
      return { value: mergeActions(base as AgreedAction[], mine as AgreedAction[], theirs as AgreedAction[]) as typeof base };
    default:
      return undefined;
  }
};

/** Both changed the actions: keep theirs (less those I removed) and append mine that are new. */
function mergeActions(base: AgreedAction[], mine: AgreedAction[], theirs: AgreedAction[]): AgreedAction[] {
  const added = mine.filter((a) => !base.some((x) => same(x, a)) && !theirs.some((x) => same(x, a)));
  const removedByMe = base.filter((a) => !mine.some((x) => same(x, a)));
  return [...theirs.filter((a) => !removedByMe.some((x) => same(x, a))), ...added];
}

/** `base` is what I read, `mine` what I want to write, `theirs` what is stored now. */
export function mergeSessions(base: Session, mine: Session, theirs: Session): MergeOutcome {
  // The list item's id is the store's, never an edit: theirs stands.
  const outcome = mergeFields(base, { ...mine, itemId: theirs.itemId }, theirs, resolveSessionField);
  return outcome.kind === 'merged' ? { kind: 'merged', session: outcome.value } : { kind: 'conflict', fields: outcome.fields, theirs };
}
