import { lostConsent, nextShareStep, sharedTo, showableStories, withdrawnRecord, type StoryRecord } from './story-record';
import { renderStoryCard } from './render-story-card';

const record = (key: string, patch: Partial<StoryRecord> = {}): StoryRecord => ({
  story: { sessionKey: key, topic: 'negotiation', goal: `Goal of ${key}`, success: 'A walk-away point', result: 'met', actions: ['Write it down'], department: 'Finance' },
  status: 'published',
  publishedAt: 1000,
  ...patch,
});

describe('showableStories', () => {
  it('shows published stories newest first, only while their session has consent', () => {
    const records = [record('a', { publishedAt: 1 }), record('b', { publishedAt: 3 }), record('c', { publishedAt: 2 }), record('d', { status: 'unpublished' }), record('e', { status: 'draft' })];
    expect(showableStories(records, new Set(['a', 'b', 'd', 'e'])).map((s) => s.sessionKey)).toEqual(['b', 'a']);
  });
});

describe('withdrawing consent', () => {
  it('finds every record that still holds words of a session without consent, whatever its status', () => {
    const records = [record('a'), record('b', { status: 'draft' }), record('c'), withdrawnRecord(record('d'))];
    expect(lostConsent(records, new Set(['c'])).map((r) => r.story.sessionKey)).toEqual(['a', 'b']);
  });

  it('unpublishes and erases the words and the department', () => {
    const gone = withdrawnRecord(record('a'));
    expect(gone).toMatchObject({ status: 'unpublished', erased: true, story: { goal: '', success: '', actions: [] } });
    expect(gone.story.department).toBeUndefined();
    expect(JSON.stringify(gone)).not.toContain('Goal of a');
  });
});

describe('nextShareStep', () => {
  const target = { teamId: 't', channelId: 'c', channelName: 'Team › General' };
  it('claims once, then is done once the message is recorded', () => {
    const step = nextShareStep(undefined, target, 'me', 0, 60_000);
    expect(step).toMatchObject({ kind: 'claim', lookFirst: false });
    expect(nextShareStep(sharedTo(target, '17'), target, 'other', 0, 60_000)).toEqual({ kind: 'done', messageId: '17' });
  });

  it("waits for someone else's live claim, and looks for an earlier post before taking over an expired one", () => {
    const claimed = nextShareStep(undefined, target, 'me', 0, 60_000);
    if (claimed.kind !== 'claim') throw new Error('expected a claim');
    expect(nextShareStep(claimed.channel, target, 'other', 1000, 60_000)).toEqual({ kind: 'wait', until: 60_000 });
    expect(nextShareStep(claimed.channel, target, 'other', 61_000, 60_000)).toMatchObject({ kind: 'claim', lookFirst: true });
  });
});

describe('renderStoryCard', () => {
  it("keeps the story's words in plain text runs, never in Markdown or HTML", () => {
    const card = renderStoryCard({ ...record('a').story, goal: '<script>alert(1)</script> **bold** [x](https://evil.example)' });
    const blocks = JSON.stringify(card.body.filter((b) => b.type === 'TextBlock'));
    expect(blocks).not.toContain('script');
    const runs = card.body.filter((b) => b.type === 'RichTextBlock').flatMap((b) => (b.type === 'RichTextBlock' ? b.inlines.map((i) => i.text) : []));
    expect(runs).toContain('<script>alert(1)</script> **bold** [x](https://evil.example)');
    expect(runs).toContain('negotiation · Finance');
  });
});
