import { completedProgress, contentDigest, holdsClaim, mergeChatPosts, nextClaimStep, pinRevision, withChatPost } from './chat-post-claims';
import { newSession, type ChatPostProgress } from './session';

const NOW = 1_900_000_000_000;
const MINUTE = 60_000;
const claimed = (holder: string, expiresAt: number, extra: Partial<ChatPostProgress> = {}): ChatPostProgress => ({ revision: 1, pinned: false, claim: { holder, expiresAt }, ...extra });

describe('nextClaimStep', () => {
  it('claims when nothing is recorded yet', () => {
    expect(nextClaimStep(undefined, 1, 'me', NOW, MINUTE)).toEqual({ kind: 'claim', progress: { revision: 1, pinned: false, claim: { holder: 'me', expiresAt: NOW + MINUTE } } });
  });

  it('returns the recorded message once it is posted and pinned, also for an older revision', () => {
    expect(nextClaimStep(completedProgress(1, '42'), 1, 'me', NOW, MINUTE)).toEqual({ kind: 'done', messageId: '42' });
    expect(nextClaimStep({ ...completedProgress(3, '43') }, 2, 'me', NOW, MINUTE)).toEqual({ kind: 'done', messageId: '43' });
  });

  it('waits while someone else holds a live claim', () => {
    expect(nextClaimStep(claimed('other', NOW + 1), 1, 'me', NOW, MINUTE)).toEqual({ kind: 'wait', until: NOW + 1 });
  });

  it('takes over an expired claim, keeping a message id its holder recorded', () => {
    const step = nextClaimStep(claimed('dead', NOW, { messageId: '41' }), 1, 'me', NOW, MINUTE);
    expect(step).toEqual({ kind: 'claim', progress: { revision: 1, messageId: '41', pinned: false, claim: { holder: 'me', expiresAt: NOW + MINUTE } } });
  });

  it('starts a newer revision over a finished older one, without its message id', () => {
    const step = nextClaimStep(completedProgress(1, '42'), 2, 'me', NOW, MINUTE);
    expect(step).toEqual({ kind: 'claim', progress: { revision: 2, pinned: false, claim: { holder: 'me', expiresAt: NOW + MINUTE } } });
  });

  it('waits for a newer revision it cannot post itself', () => {
    expect(nextClaimStep(claimed('dead', NOW - 1, { revision: 3 }), 2, 'me', NOW, MINUTE).kind).toBe('wait');
  });
});

describe('holdsClaim and withChatPost', () => {
  it('knows whose claim stands', () => {
    expect(holdsClaim(claimed('me', NOW), 1, 'me')).toBe(true);
    expect(holdsClaim(claimed('other', NOW), 1, 'me')).toBe(false);
    expect(holdsClaim(claimed('me', NOW), 2, 'me')).toBe(false);
  });

  it('records the checklist message id beside its progress once it is pinned', () => {
    const s = newSession({ key: 'k', menteeId: 'a', mentorId: 'b', topic: '', goal: '', context: '', success: '', format: 'one-time', timeBoxMinutes: 30, start: 0, end: 1 });
    expect(withChatPost(s, 'checklist', claimed('me', NOW)).checklistMessageId).toBeUndefined();
    expect(withChatPost(s, 'checklist', completedProgress(1, '42'))).toMatchObject({ checklistMessageId: '42', chatPosts: { checklist: { messageId: '42', pinned: true } } });
    expect(withChatPost(s, 'summary', completedProgress(1, '43')).checklistMessageId).toBeUndefined();
  });
});

describe('mergeChatPosts', () => {
  it('keeps what only one side changed, per kind', () => {
    const merged = mergeChatPosts({}, { checklist: completedProgress(1, '1') }, { summary: claimed('other', NOW) });
    expect(merged).toEqual({ checklist: completedProgress(1, '1'), summary: claimed('other', NOW) });
  });

  it('lets their claim stand over mine when both claimed: theirs landed first', () => {
    expect(mergeChatPosts({}, { summary: claimed('me', NOW + 5) }, { summary: claimed('other', NOW) })).toEqual({ summary: claimed('other', NOW) });
  });

  it('prefers the side further along: a finished post over a claim, a newer revision over an older one', () => {
    expect(mergeChatPosts({}, { summary: completedProgress(1, '9') }, { summary: claimed('other', NOW) })).toEqual({ summary: completedProgress(1, '9') });
    const base = { summary: completedProgress(1, '9') };
    expect(mergeChatPosts(base, { summary: claimed('me', NOW, { revision: 2 }) }, { summary: claimed('other', NOW, { revision: 1, messageId: '9' }) })).toEqual({ summary: claimed('me', NOW, { revision: 2 }) });
  });
});

describe('pinRevision', () => {
  const digest = contentDigest({ goal: 'Board slides', actions: ['Cut the deck'] });

  it('starts at 1, stays while the content is the same, and moves on once it changed', () => {
    expect(pinRevision(undefined, digest)).toBe(1);
    const pinned = completedProgress(1, '9', digest);
    expect(pinRevision(pinned, digest)).toBe(1);
    expect(pinRevision(pinned, contentDigest({ goal: 'Board slides', actions: ['Cut the deck', 'Rehearse'] }))).toBe(2);
    // The booking's checklist was posted without a digest: the panel's first pin is a new revision.
    expect(pinRevision(completedProgress(1, '9'), digest)).toBe(2);
  });

  it('digests equal data equally and different data differently', () => {
    expect(contentDigest({ a: [1, 2] })).toBe(contentDigest({ a: [1, 2] }));
    expect(contentDigest({ a: [1, 2] })).not.toBe(contentDigest({ a: [2, 1] }));
    expect(contentDigest({ a: [1, 2] }).length).toBeLessThanOrEqual(64);
  });
});
