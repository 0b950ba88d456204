import { tick } from '../domain/checklists';
import { newSession } from '../domain/session';
import { changedFields, fieldsToSession, sessionToFields } from './session-fields';

const session = {
  ...newSession({
    key: 'k1',
    menteeId: 'mentee',
    mentorId: 'mentor',
    topic: 'presentation coaching',
    goal: 'Could I get your feedback on my <b>board</b> slides?',
    context: 'Deck: https://contoso.sharepoint.com/board.pptx',
    success: 'Three slides cut',
    format: 'sequence' as const,
    sequence: { index: 2, of: 3 },
    timeBoxMinutes: 45 as const,
    start: Date.parse('2030-01-08T10:00:00Z'),
    end: Date.parse('2030-01-08T10:45:00Z'),
  }),
  agreedActions: [{ text: 'Cut the deck', owner: 'Priya' }],
};

describe('session fields', () => {
  it('round-trips a session through the list columns', () => {
    const fields = sessionToFields(session);
    expect(fields.Format).toBe('sequence 2/3');
    expect(fieldsToSession('7', fields)).toEqual({ ...session, itemId: '7' });
  });

  it('sends only the columns that changed', () => {
    const ticked = { ...session, checklists: tick(session.checklists, 'mentee-question', 'mentee', 1) };
    expect(Object.keys(changedFields(session, ticked))).toEqual(['Checklists']);
  });

  it('survives hand edits in Microsoft Lists: broken JSON falls back to empty state', () => {
    const fields = { ...sessionToFields(session), Checklists: '{not json', AgreedActions: '' };
    const read = fieldsToSession('7', fields);
    expect(read.checklists).toEqual({ items: {} });
    expect(read.agreedActions).toEqual([]);
  });
});
