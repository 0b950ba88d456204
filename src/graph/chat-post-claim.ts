// Posting and pinning a session's checklist or summary exactly once, however many people click at
// once (mentor and mentee, several tabs). Teams chat posts have no idempotency key and pins no
// compare-and-swap, so the session record, which has one (If-Match), decides: a client writes its
// claim there first; only the client whose claim landed posts, pins and records the message id;
// the others read the record until it shows the result. A claim expires, so a client that died
// holding it does not block everyone: a newcomer takes it over (If-Match again) and, before
// posting, looks in the chat for a message already posted under the same marker.
import { claimIsLive, completedProgress, holdsClaim, nextClaimStep, withChatPost } from '../domain/chat-post-claims';
import type { ChatPostProgress, Session } from '../domain/session';
import { GatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { pinInPlace, postOnce, type ChatPost } from './meeting-chat';
import { readSession, replaceIfUnchanged, type ProgramSite, type StoredSession } from './sessions-store';

export interface ClaimOptions {
  /** The clock (epoch ms); claims expire by it. */
  now?: () => number;
  /** How to wait between reads of the record, and between retries of a post. */
  wait?: (ms: number) => Promise<void>;
  /** This attempt's id in the claim; random by default. */
  holder?: string;
  /** How long a claim stands without its holder finishing (default 60 s). */
  claimMs?: number;
  /** Pause between reads while someone else holds the claim (default 1.5 s). */
  pollMs?: number;
  /** Reads before giving up on someone else's claim (default: enough to outlast one claim). */
  maxPolls?: number;
  /** Other changes to write with the result (e.g. the booking's status), saving a write of their own. */
  withResult?: (session: Session) => Session;
  /** The content's digest, recorded with the revision (see pinRevision). */
  digest?: string;
}

export interface PostedAndPinned {
  messageId: string;
  /** The session record as it stands after the post (with its new ETag). */
  stored: StoredSession;
}

const CLAIM_MS = 60_000;
const POLL_MS = 1_500;
/** 412s in a row before giving up: each means another writer landed first, so this is plenty. */
const MAX_LOST_WRITES = 12;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function randomHolder(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Posts `post` to the session's meeting chat and pins it (unpinning the earlier pin of its kind),
 * unless it is done already; returns the message id either way. Safe to call from any number of
 * clients at once: exactly one message and one pin per kind and revision.
 */
export async function postAndPinOnce(graph: GraphConnection, site: ProgramSite, stored: StoredSession, post: Omit<ChatPost, 'sessionId'>, options: ClaimOptions = {}): Promise<PostedAndPinned> {
  const itemId = checkId('session item id', stored.session.itemId);
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const holder = options.holder ?? randomHolder();
  const claimMs = options.claimMs ?? CLAIM_MS;
  const pollMs = options.pollMs ?? POLL_MS;
  const maxPolls = options.maxPolls ?? Math.ceil(claimMs / pollMs) + 5;
  const { kind, revision } = post;

  let current = stored;
  let polls = 0;
  let lostWrites = 0;
  for (;;) {
    const step = nextClaimStep(current.session.chatPosts[kind], revision, holder, now(), claimMs);
    if (step.kind === 'done') return { messageId: step.messageId, stored: current };
    if (step.kind === 'wait') {
      if (++polls > maxPolls) {
        throw new GatewayError('conflict', `Someone else is posting the ${kind} to the meeting chat and has not finished. Try again in a minute.`);
      }
      await wait(pollMs);
      current = await readSession(graph, site, itemId);
      continue;
    }
    // Nobody has claimed this kind for this session before: nothing can be in the chat or pinned
    // yet, so the looks that make a repeat safe are skipped (they run on any later try).
    const firstClaim = current.session.chatPosts[kind] === undefined;
    const progress = options.digest !== undefined ? { ...step.progress, digest: options.digest } : step.progress;
    const claimed = await replaceIfUnchanged(graph, site, current, withChatPost(current.session, kind, progress));
    if (!claimed) {
      if (++lostWrites > MAX_LOST_WRITES) throw new GatewayError('conflict', 'This session keeps changing while we post to its chat. Reload it and try again.', 412);
      current = await readSession(graph, site, itemId);
      continue;
    }
    // Ours. A message id recorded by an earlier holder is reused; postOnce also finds one posted
    // by a holder that died before recording it.
    const chatId = claimed.session.chatId;
    if (!chatId) throw new GatewayError('invalid', `Session ${itemId} has no meeting chat yet, so nothing can be posted to it.`, undefined, undefined, undefined, 'ChatId');
    const messageId = step.progress.messageId ?? (await postOnce(graph, chatId, { ...post, sessionId: itemId }, wait, { unposted: firstClaim }));
    await pinInPlace(graph, chatId, messageId, kind, { nothingPinned: firstClaim });
    const done = completedProgress(revision, messageId, options.digest);
    return { messageId, stored: await recordDone(graph, site, claimed, kind, holder, done, now, options.withResult) };
  }
}

/** Records the message id and releases the claim; keeps trying through other writers' 412s. */
async function recordDone(
  graph: GraphConnection,
  site: ProgramSite,
  claimed: StoredSession,
  kind: ChatPost['kind'],
  holder: string,
  done: ChatPostProgress,
  now: () => number,
  withResult: (session: Session) => Session = (session) => session,
): Promise<StoredSession> {
  const itemId = claimed.session.itemId!;
  const revision = done.revision;
  let current = claimed;
  for (let round = 0; round <= MAX_LOST_WRITES; round++) {
    const p = current.session.chatPosts[kind];
    // Not ours any more: someone finished, moved on to a newer revision, or took over our expired
    // claim (they will find our message by its marker and record it). Only a same-revision record
    // that nobody is working on is still worth completing.
    if (!holdsClaim(p, revision, holder) && (!p || p.revision !== revision || p.pinned || claimIsLive(p.claim, now()))) return current;
    const saved = await replaceIfUnchanged(graph, site, current, withChatPost(withResult(current.session), kind, done));
    if (saved) return saved;
    current = await readSession(graph, site, itemId);
  }
  throw new GatewayError('conflict', 'The message is posted and pinned, but this session kept changing while we recorded it. Reload it to see it.', 412);
}
