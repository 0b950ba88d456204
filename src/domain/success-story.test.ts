import { newSession, type Session } from './session';
import { anonymise, checkStory, draftStory, type StoryPeople } from './success-story';

const people: StoryPeople = { names: ['Priya Natarajan', 'Daniel Okafor'], emails: ['priya.natarajan@contoso.example'], department: 'Marketing', showDepartment: false };

function session(patch: Partial<Session> = {}): Session {
  return {
    ...newSession({
      key: 'k-1', menteeId: 'p', mentorId: 'd', topic: 'presentation coaching', format: 'one-time', timeBoxMinutes: 45,
      goal: 'Could Daniel review my slides for the board before Priya presents?', context: 'Deck', success: 'Three slides cut, as Daniel Okafor suggested',
      start: 0, end: 45 * 60_000,
    }),
    status: 'completed',
    result: 'met',
    shareStory: true,
    agreedActions: [{ text: 'Priya rehearses twice; mail priya.natarajan@contoso.example the outline', owner: 'Priya' }],
    ...patch,
  };
}

describe('draftStory', () => {
  it('takes names and addresses out of the goal, success and actions, and leaves the department out unless allowed', () => {
    const story = draftStory(session(), people)!;
    expect(story.goal).toBe('Could someone review my slides for the board before someone presents?');
    expect(story.success).toBe('Three slides cut, as someone suggested');
    expect(story.actions).toEqual(['someone rehearses twice; mail someone the outline']);
    expect(story.department).toBeUndefined();
    expect(draftStory(session(), { ...people, showDepartment: true })!.department).toBe('Marketing');
  });

  it('gives nothing without consent, without a result, or for a cancelled session', () => {
    expect(draftStory(session({ shareStory: false }), people)).toBeUndefined();
    expect(draftStory(session({ result: undefined }), people)).toBeUndefined();
    expect(draftStory(session({ status: 'cancelled' }), people)).toBeUndefined();
  });
});

describe('anonymise', () => {
  it('replaces whole words only, in any case', () => {
    expect(anonymise('Danielle met DANIEL', { names: ['Daniel Okafor'], emails: [] })).toBe('Danielle met someone');
  });
});

describe('checkStory', () => {
  it('refuses an edit that puts a name back, or empties a part', () => {
    const story = draftStory(session(), people)!;
    expect(checkStory(story, people)).toEqual([]);
    expect(checkStory({ ...story, goal: 'Daniel helped me', success: ' ' }, people).map((e) => e.field)).toEqual(['goal', 'success']);
  });
});
