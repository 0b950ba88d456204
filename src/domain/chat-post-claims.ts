// Who posts and pins a chat message when several clients ask at once. The session record is the
// only place with a real compare-and-swap (If-Match), so a client first writes its claim there;
// these functions decide, from what the record says now, whether to return, wait or claim.
import type { ChatPostClaim, ChatPostKind, ChatPostProgress, ChatPosts, Session } from './session';

export type ClaimStep =
  /** Posted and pinned already (this revision, or a newer one): nothing to do. */
  | { kind: 'done'; messageId: string }
  /** Someone else holds a live claim, or a newer revision is under way: read again later. */
  | { kind: 'wait'; until: number }
  /** Write `progress` (our claim) with If-Match; if it lands, post and pin. */
  | { kind: 'claim'; progress: ChatPostProgress };

export function claimIsLive(claim: ChatPostClaim | undefined, now: number): claim is ChatPostClaim {
  return claim !== undefined && claim.expiresAt > now;
}

/**
 * The next step for `holder`, who wants `revision` of a kind posted. A claim that has expired may
 * be taken over; the new holder keeps any message id already recorded, so it does not post again.
 */
export function nextClaimStep(current: ChatPostProgress | undefined, revision: number, holder: string, now: number, claimMs: number): ClaimStep {
  if (current && current.revision >= revision && current.messageId && current.pinned) return { kind: 'done', messageId: current.messageId };
  if (current && claimIsLive(current.claim, now) && current.claim.holder !== holder) return { kind: 'wait', until: current.claim.expiresAt };
  // A newer revision whose holder died: we cannot post its content, only wait for someone who can.
  if (current && current.revision > revision) return { kind: 'wait', until: now };
  const sameRevision = current?.revision === revision;
  return {
    kind: 'claim',
    progress: {
      revision,
      ...(sameRevision && current.messageId ? { messageId: current.messageId } : {}),
      pinned: false,
      claim: { holder, expiresAt: now + claimMs },
    },
  };
}

/** The progress once the holder has posted and pinned: the claim is released. */
export function completedProgress(revision: number, messageId: string, digest?: string): ChatPostProgress {
  return { revision, messageId, pinned: true, ...(digest !== undefined ? { digest } : {}) };
}

/**
 * The revision a click on "Pin" asks for: the recorded one while the content is unchanged (any
 * number of clicks, from both sides, give one message), the next one once it changed.
 */
export function pinRevision(current: ChatPostProgress | undefined, digest: string): number {
  if (!current) return 1;
  return current.digest === digest ? current.revision : current.revision + 1;
}

/** A short, stable digest of plain data (FNV-1a over its JSON): equal data, equal digest. */
export function contentDigest(data: unknown): string {
  const text = JSON.stringify(data) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

/** Whether `holder` still owns the claim in `current` (nobody took it over). */
export function holdsClaim(current: ChatPostProgress | undefined, revision: number, holder: string): boolean {
  return current?.revision === revision && current.claim?.holder === holder;
}

/** The session with one kind's progress replaced; the checklist's message id is kept beside it. */
export function withChatPost(session: Session, kind: ChatPostKind, progress: ChatPostProgress): Session {
  const next: Session = { ...session, chatPosts: { ...session.chatPosts, [kind]: progress } };
  if (kind === 'checklist' && progress.messageId && progress.pinned) next.checklistMessageId = progress.messageId;
  return next;
}

/** Orders two records of one kind: newer revision, then finished, then posted, wins. */
function rank(p: ChatPostProgress | undefined): [number, number, number] {
  if (!p) return [-1, 0, 0];
  return [p.revision, p.messageId && p.pinned ? 1 : 0, p.messageId ? 1 : 0];
}

function ahead(a: ChatPostProgress | undefined, b: ChatPostProgress | undefined): boolean {
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

/**
 * Three-way merge of chat post progress for a save that met a 412. Per kind: the side that changed
 * wins; if both did, the one further along wins, and on a tie theirs stands (their claim was
 * written first, so it won the race).
 */
export function mergeChatPosts(base: ChatPosts, mine: ChatPosts, theirs: ChatPosts): ChatPosts {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const out: ChatPosts = { ...theirs };
  for (const kind of new Set([...Object.keys(mine), ...Object.keys(theirs)]) as Set<ChatPostKind>) {
    const [b, m, t] = [base[kind], mine[kind], theirs[kind]];
    if (same(m, b) || same(m, t)) continue;
    if (same(t, b) || ahead(m, t)) {
      if (m) out[kind] = m;
      else delete out[kind];
    }
  }
  return out;
}
