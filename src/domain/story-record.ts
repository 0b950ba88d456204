// A success story as the program keeps it (one item in the SuccessStories list), and the rules that
// keep consent whole: a story is shown only while it is published AND its session still has the
// mentee's consent; withdrawn consent unpublishes it and erases its words from the list, so nothing
// of that session stays outside the session record. Sharing to a Teams channel is claimed on the
// story record first (If-Match), like chat posts (chat-post-claims.ts), so a retry never posts twice.
import type { SuccessStory } from './success-story';

export const STORY_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** A Teams channel a published story was (or is being) shared to. */
export interface ChannelTarget {
  teamId: string;
  channelId: string;
  /** "Team › Channel", as the program manager picked it. */
  channelName: string;
}

export interface ChannelShare extends ChannelTarget {
  /** Set once the message is in the channel. */
  messageId?: string;
  /** Whoever is posting now; it expires so a client that died does not block the others. */
  claim?: { holder: string; expiresAt: number };
  /** A claim was taken before without a message id recorded: the post may have gone. */
  attempted?: boolean;
}

export interface StoryRecord {
  story: SuccessStory;
  status: StoryStatus;
  /** Epoch ms of the latest publishing. */
  publishedAt?: number;
  /** Epoch ms the session was held, for the program manager's list. */
  heldAt?: number;
  channel?: ChannelShare;
  /** Consent was withdrawn: the words were taken out of the list. */
  erased?: boolean;
}

/** A story everyone may read. */
export interface PublishedStory extends SuccessStory {
  publishedAt: number;
}

/**
 * Published stories that may be shown: only those whose session still has consent (`consented`
 * answers for the session keys read from the Sessions list), newest first.
 */
export function showableStories(records: readonly StoryRecord[], consented: ReadonlySet<string>): PublishedStory[] {
  return records
    .filter((r) => r.status === 'published' && !r.erased && r.publishedAt !== undefined && consented.has(r.story.sessionKey))
    .map((r) => ({ ...r.story, publishedAt: r.publishedAt! }))
    .sort((a, b) => b.publishedAt - a.publishedAt);
}

/** Records to withdraw now: words still kept (any status), yet their session no longer has consent. */
export function lostConsent(records: readonly StoryRecord[], consented: ReadonlySet<string>): StoryRecord[] {
  return records.filter((r) => !r.erased && !consented.has(r.story.sessionKey));
}

/** The record once consent is withdrawn: unpublished, and nothing of the session's words kept. */
export function withdrawnRecord(record: StoryRecord): StoryRecord {
  const { department: _dropped, ...story } = record.story;
  return {
    ...record,
    status: 'unpublished',
    erased: true,
    story: { ...story, goal: '', success: '', actions: [] },
    ...(record.channel ? { channel: record.channel } : {}),
  };
}

/** Whether a record was erased (consent withdrawn): the program manager starts again from the session. */
export function isErased(record: StoryRecord | undefined): boolean {
  return record === undefined || record.erased === true;
}

export type ShareStep =
  /** Posted already: nothing to do. */
  | { kind: 'done'; messageId: string }
  /** Someone else is posting: try again later. */
  | { kind: 'wait'; until: number }
  /** Write `channel` (our claim) with If-Match; if it lands, post (after a look for an earlier post when `lookFirst`). */
  | { kind: 'claim'; channel: ChannelShare; lookFirst: boolean };

/** The next step for `holder`, who wants the story posted to `target`. */
export function nextShareStep(current: ChannelShare | undefined, target: ChannelTarget, holder: string, now: number, claimMs: number): ShareStep {
  const same = current !== undefined && current.teamId === target.teamId && current.channelId === target.channelId;
  if (same && current.messageId) return { kind: 'done', messageId: current.messageId };
  if (current?.claim && current.claim.expiresAt > now && current.claim.holder !== holder) return { kind: 'wait', until: current.claim.expiresAt };
  // A claim on this channel before, without a message recorded: that post may have gone.
  const lookFirst = same && (current.attempted === true || current.claim !== undefined);
  return { kind: 'claim', lookFirst, channel: { ...target, attempted: true, claim: { holder, expiresAt: now + claimMs } } };
}

/** The share once posted: the claim released, the message id kept. */
export function sharedTo(target: ChannelTarget, messageId: string): ChannelShare {
  return { teamId: target.teamId, channelId: target.channelId, channelName: target.channelName, messageId };
}
