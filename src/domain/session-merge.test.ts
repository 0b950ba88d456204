import { tick } from './checklists';
import { newSession, type Session } from './session';
import { mergeSessions } from './session-merge';

const base: Session = newSession({
  key: 'k1',
  menteeId: 'mentee',
  mentorId: 'mentor',
  topic: 'presentation coaching',
  goal: 'Get feedback on my board slides',
  context: '',
  success: 'A clear story for the board',
  format: 'one-time',
  timeBoxMinutes: 45,
  start: 1_800_000_000_000,
  end: 1_800_002_700_000,
});

describe('mergeSessions', () => {
  it('keeps both people’s ticks on different checklist items', () => {
    const mine = { ...base, checklists: tick(base.checklists, 'mentee-question', 'mentee', 10) };
    const theirs = { ...base, checklists: tick(base.checklists, 'mentor-reviewed-goal', 'mentor', 11) };
    const outcome = mergeSessions(base, mine, theirs);
    expect(outcome.kind).toBe('merged');
    if (outcome.kind !== 'merged') return;
    expect(outcome.session.checklists.items['mentee-question']?.done).toBe(true);
    expect(outcome.session.checklists.items['mentor-reviewed-goal']?.done).toBe(true);
  });

  it('keeps edits to different fields from both sides', () => {
    const mine = { ...base, result: 'met' as const };
    const theirs = { ...base, shareStory: true };
    const outcome = mergeSessions(base, mine, theirs);
    expect(outcome).toMatchObject({ kind: 'merged', session: { result: 'met', shareStory: true } });
  });

  it('appends agreed actions both people added', () => {
    const mine = { ...base, agreedActions: [{ text: 'Cut the deck to 8 slides', owner: 'mentee' }] };
    const theirs = { ...base, agreedActions: [{ text: 'Send the board template', owner: 'mentor' }] };
    const outcome = mergeSessions(base, mine, theirs);
    expect(outcome.kind === 'merged' && outcome.session.agreedActions.map((a) => a.text)).toEqual(['Send the board template', 'Cut the deck to 8 slides']);
  });

  it('reports a real collision instead of losing either edit', () => {
    const mine = { ...base, goal: 'Rehearse the opening of my board talk' };
    const theirs = { ...base, goal: 'Review my board slides' };
    expect(mergeSessions(base, mine, theirs)).toMatchObject({ kind: 'conflict', fields: ['goal'] });
  });

  it('takes their change when I changed nothing', () => {
    const theirs = { ...base, status: 'scheduled' as const };
    expect(mergeSessions(base, base, theirs)).toMatchObject({ kind: 'merged', session: { status: 'scheduled' } });
  });
});

describe('mergeSessions with chat post progress', () => {
  it('never reports claims or posted message ids as a conflict', () => {
    const mine = { ...base, chatPosts: { summary: { revision: 1, pinned: false, claim: { holder: 'me', expiresAt: 5 } } }, goal: 'Mine' };
    const theirs = { ...base, chatPosts: { summary: { revision: 1, messageId: '7', pinned: true } }, checklistMessageId: '6' };
    const outcome = mergeSessions(base, mine, theirs);
    expect(outcome).toMatchObject({ kind: 'merged', session: { goal: 'Mine', checklistMessageId: '6', chatPosts: { summary: { revision: 1, messageId: '7', pinned: true } } } });
  });
});
