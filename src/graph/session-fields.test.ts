import { tick } from '../domain/checklists';
import { newSession } from '../domain/session';
import { GatewayError } from './gateway-error';
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
  agreedActions: [{ id: 'x7', text: 'Cut the deck', owner: 'Priya', role: 'mentee' as const, done: false }],
  meetingId: 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==',
  followUp: { title: 'Slide guide', url: 'https://contoso.sharepoint.com/guide' },
  referral: { mentorId: 'grace', displayName: 'Grace Hopper' },
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

  it('keeps chat post progress and the checklist message id in the Progress column', () => {
    const posted = { ...session, checklistMessageId: '1700000000000', chatPosts: { summary: { revision: 2, messageId: '1700000000001', pinned: false, claim: { holder: 'h', expiresAt: 5 } } } };
    expect(fieldsToSession('7', sessionToFields(posted))).toEqual({ ...posted, itemId: '7' });
  });

  it('keeps the meeting id, and the follow-up resource and referral in one FollowUp column', () => {
    const fields = sessionToFields(session);
    expect(fields.MeetingId).toBe(session.meetingId);
    expect(JSON.parse(String(fields.FollowUp))).toEqual({ resource: session.followUp, referral: session.referral });
    const { followUp: _f, referral: _r, ...without } = session;
    expect(sessionToFields(without).FollowUp).toBeNull();
    expect(fieldsToSession('7', sessionToFields(without))).not.toHaveProperty('followUp');
  });

  it('keeps a suggested follow-up session in the FollowUp column, alone or beside the resource', () => {
    const { followUp: _f, referral: _r, ...without } = session;
    const suggested = { ...without, followUpSuggested: { at: 1_900_000_000_000 } };
    expect(JSON.parse(String(sessionToFields(suggested).FollowUp))).toEqual({ suggested: { at: 1_900_000_000_000 } });
    expect(fieldsToSession('7', sessionToFields(suggested))).toEqual({ ...suggested, itemId: '7' });
    expect(fieldsToSession('7', sessionToFields({ ...session, followUpSuggested: { at: 5 } })).followUpSuggested).toEqual({ at: 5 });
    expect(() => fieldsToSession('7', { ...sessionToFields(session), FollowUp: '{"suggested":{"at":"soon"}}' })).toThrow(/suggested\.at/);
  });

  it('gives actions of older records stable ids from their place', () => {
    const fields = { ...sessionToFields(session), AgreedActions: JSON.stringify([{ text: 'One', owner: 'A' }, { id: 'a1', text: 'Two', owner: 'B' }, { text: 'Three', owner: 'C' }]) };
    const ids = fieldsToSession('7', fields).agreedActions.map((a) => a.id);
    expect(ids).toEqual(['a1x', 'a1', 'a3']);
    expect(fieldsToSession('7', fields).agreedActions.map((a) => a.id)).toEqual(ids);
  });

  it('reads empty JSON columns and missing booleans as empty state', () => {
    const fields = { ...sessionToFields(session), Checklists: '', AgreedActions: null, TimeBox: '', Progress: undefined, ThankYouSent: null };
    expect(fieldsToSession('7', fields)).toMatchObject({ checklists: { items: {} }, agreedActions: [], timeBox: undefined, chatPosts: {}, thankYouSent: false });
  });
});

// Values a program manager might type in Microsoft Lists: each is refused naming the record, the
// column (as Lists shows it), the value and what it may be.
describe('hand-edited session fields', () => {
  const good = sessionToFields(session);
  const read = (edit: Record<string, unknown>) => () => fieldsToSession('17', { ...good, ...edit });

  it.each([
    ['Status', { Status: 'Done' }, /has Status "Done", which Micromentor cannot use\. It may be one of: draft, meeting-created, .*cancelled\. Ask your program manager/],
    ['Status', { Status: null }, /has no Status,.*It may be one of: draft/],
    ['TimeBoxMinutes', { TimeBoxMinutes: 50 }, /has Time box \(minutes\) "50",.*It may be one of: 30, 45, 60\./],
    ['Result', { Result: 'great' }, /has Result "great",.*It may be one of: met, partly, not-yet\./],
    ['Format', { Format: 'weekly' }, /has Format "weekly",.*It may be one of: one-time, flash, office-hours, sequence n\/m/],
    ['Format', { Format: 'sequence 4/3' }, /has Format "sequence 4\/3"/],
    ['Format', { Format: 'one-time 1/2' }, /has Format "one-time 1\/2"/],
    ['StartUtc', { StartUtc: null }, /has no Start \(UTC\),.*It must be a date and time\./],
    ['StartUtc', { StartUtc: 'next Tuesday' }, /has Start \(UTC\) "next Tuesday"/],
    ['EndUtc', { EndUtc: '2030-01-08T09:00:00Z' }, /has End \(UTC\) "2030-01-08T09:00:00Z",.*It must be after the start \(2030-01-08T10:00:00.000Z\)\./],
    ['JoinUrl', { JoinUrl: 'http://teams.example/join' }, /has Join URL "http:\/\/teams.example\/join",.*https:\/\//],
    ['JoinUrl', { JoinUrl: 'javascript:alert(1)' }, /has Join URL "javascript:alert\(1\)"/],
    ['ChatId', { ChatId: '19:x"><script>' }, /has Chat id .*It must be a Teams chat id/],
    ['EventId', { EventId: 'a b' }, /has Event id "a b"/],
    ['SessionKey', { SessionKey: '' }, /has no Session key,/],
    ['MenteeId', { MenteeId: null }, /has no Mentee id,.*It must not be empty\./],
    ['Checklists', { Checklists: '{not json' }, /has Checklists "\{not json",.*It must be the checklists in the JSON Micromentor writes, or empty\./],
    ['Checklists', { Checklists: '{"items":{"mentee-question":{"done":"yes","by":"x","at":1}}}' }, /at items\.mentee-question\.done/],
    ['Checklists', { Checklists: '{"items":{"not-an-item":{"done":true,"by":"x","at":1}}}' }, /has Checklists/],
    ['TimeBox', { TimeBox: '{"box":50}' }, /has Time box "\{\\"box\\":50\}"/],
    ['AgreedActions', { AgreedActions: '[{"text":1}]' }, /has Agreed actions .*a list of actions/],
    ['AgreedActions', { AgreedActions: '{}' }, /has Agreed actions "\{\}"/],
    ['AgreedActions', { AgreedActions: '[{"id":"a 1","text":"x","owner":"y"}]' }, /at 0\.id/],
    ['AgreedActions', { AgreedActions: '[{"text":"x","owner":"y","role":"boss"}]' }, /at 0\.role/],
    ['FollowUp', { FollowUp: '{"resource":{"title":"x","url":"http://example.com"}}' }, /has Follow-up .*https link.*resource\.url/],
    ['FollowUp', { FollowUp: '{"resource":{"title":"x","url":"javascript:alert(1)"}}' }, /resource\.url/],
    ['FollowUp', { FollowUp: '{"referral":{"mentorId":"","displayName":"x"}}' }, /referral\.mentorId/],
    ['FollowUp', { FollowUp: 'see link' }, /has Follow-up "see link"/],
    ['MeetingId', { MeetingId: 'a b<c>' }, /has Meeting id .*It must be a Teams meeting id/],
    ['Progress', { Progress: '{"chatPosts":{"summary":{"revision":0,"pinned":true}}}' }, /has Progress .*progress record.*chatPosts\.summary\.revision/],
    ['Progress', { Progress: '{"checklistMessageId":"1\'><b>"}' }, /has Progress/],
    ['ThankYouSent', { ThankYouSent: 'yes' }, /has Thank-you sent "yes",.*It must be Yes or No\./],
    ['Topic', { Topic: 42 }, /has Topic "42",.*It must be text\./],
  ])('refuses %s %j', (field, edit, message) => {
    let error: unknown;
    try {
      read(edit)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'invalid', field });
    expect((error as GatewayError).message).toMatch(/^Session 17 in the Sessions list has /);
    expect((error as GatewayError).message).toMatch(message);
    expect((error as GatewayError).message).toMatch(/Ask your program manager to correct it in Microsoft Lists\.$/);
  });

  it('accepts every value the app writes', () => {
    for (const status of ['draft', 'scheduled', 'cancelled']) expect(read({ Status: status })().status).toBe(status);
    for (const box of [30, 45, 60]) expect(read({ TimeBoxMinutes: box })().timeBoxMinutes).toBe(box);
    expect(read({ Format: 'office-hours' })()).not.toHaveProperty('sequence');
    expect(read({ Format: 'office-hours' })().format).toBe('office-hours');
    expect(read({ JoinUrl: 'https://teams.microsoft.com/l/meetup-join/x' })().joinUrl).toBe('https://teams.microsoft.com/l/meetup-join/x');
  });
});
