import { newSession, type Session } from './session';
import { ACTIONS_MAX, ACTION_TEXT_MAX, applySessionEdit, applySessionEdits, checklistRoleOf, roleIn, type SessionEdit } from './session-edits';

const MENTEE = 'mentee-id';
const MENTOR = 'mentor-id';
const T0 = 1_800_000_000_000;

const base: Session = { ...newSession({
  key: 'k1',
  menteeId: MENTEE,
  mentorId: MENTOR,
  topic: 'presentation coaching',
  goal: 'Get feedback on my board slides',
  context: '',
  success: 'A clear story for the board',
  format: 'one-time',
  timeBoxMinutes: 45,
  start: T0,
  end: T0 + 45 * 60_000,
}), itemId: '7', status: 'scheduled' };

function applied(session: Session, edit: SessionEdit, userId: string): Session {
  const outcome = applySessionEdit(session, edit, userId);
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome.session;
}

function refusal(session: Session, edit: SessionEdit, userId: string) {
  const outcome = applySessionEdit(session, edit, userId);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}

const action = (id: string, text = 'Cut the deck to 8 slides') => ({ type: 'add-action' as const, action: { id, text, owner: 'Ana', role: 'mentee' as const } });

/** Every edit kind: applied twice gives the same record as once, and the second changes nothing. */
const EVERY_EDIT: [string, SessionEdit, string][] = [
  ['checklist tick', { type: 'checklist', itemId: 'mentee-question', done: true, by: MENTEE, at: T0 }, MENTEE],
  ['time box start', { type: 'time-box', event: { type: 'start', at: T0, by: MENTOR } }, MENTOR],
  ['add action', action('a-1'), MENTOR],
  ['follow-up', { type: 'follow-up', resource: { title: 'Deck guide', url: 'https://example.com/guide' } }, MENTOR],
  ['referral', { type: 'referral', referral: { mentorId: 'other-mentor', displayName: 'Grace Hopper' } }, MENTOR],
  ['result', { type: 'result', result: 'partly' }, MENTEE],
  ['share story', { type: 'share-story', consent: true }, MENTEE],
  ['share department', { type: 'share-department', allow: true }, MENTEE],
  ['thank-you sent', { type: 'thank-you-sent' }, MENTEE],
  ['suggest follow-up', { type: 'suggest-follow-up', by: MENTOR, at: T0 }, MENTOR],
  ['complete', { type: 'complete' }, MENTEE],
  ['attach meeting', { type: 'attach-meeting', chatId: '19:meeting_abc@thread.v2', meetingId: 'MSo1' }, MENTEE],
];

describe('applySessionEdit', () => {
  it.each(EVERY_EDIT)('%s: applying it twice is the same as once', (_name, edit, by) => {
    const once = applied(base, edit, by);
    expect(once).not.toBe(base);
    const twice = applied(once, edit, by);
    expect(twice).toBe(once);
  });

  describe('checklists', () => {
    it('lets each person tick only their own checklist, with a sentence for the other', () => {
      const ticked = applied(base, { type: 'checklist', itemId: 'mentor-reviewed-goal', done: true, by: MENTOR, at: T0 }, MENTOR);
      expect(ticked.checklists.items['mentor-reviewed-goal']).toEqual({ done: true, by: MENTOR, at: T0 });

      const refused = refusal(base, { type: 'checklist', itemId: 'mentor-reviewed-goal', done: true, by: MENTEE, at: T0 }, MENTEE);
      expect(refused).toMatchObject({ code: 'not-your-checklist', edit: 'checklist' });
      expect(refused.message).toBe("Only the mentor ticks the mentor's checklist.");
    });

    it('refuses an item on neither list', () => {
      expect(refusal(base, { type: 'checklist', itemId: 'made-up', done: true, by: MENTEE, at: T0 }, MENTEE).code).toBe('not-your-checklist');
    });

    it('unticks, and unticking an open item changes nothing', () => {
      const ticked = applied(base, { type: 'checklist', itemId: 'mentee-notes', done: true, by: MENTEE, at: T0 }, MENTEE);
      const unticked = applied(ticked, { type: 'checklist', itemId: 'mentee-notes', done: false, by: MENTEE, at: T0 + 1 }, MENTEE);
      expect(unticked.checklists.items['mentee-notes']?.done).toBe(false);
      expect(applied(base, { type: 'checklist', itemId: 'mentee-notes', done: false, by: MENTEE, at: T0 }, MENTEE)).toBe(base);
    });

    it('says whose checklist an item is on', () => {
      expect(checklistRoleOf('mentee-outcome')).toBe('mentee');
      expect(checklistRoleOf('mentor-summarize')).toBe('mentor');
      expect(() => checklistRoleOf('nope')).toThrow();
      expect(roleIn(base, MENTOR)).toBe('mentor');
      expect(roleIn(base, 'someone')).toBeUndefined();
    });
  });

  it('refuses every edit from someone who is neither mentor nor mentee', () => {
    const r = refusal(base, { type: 'result', result: 'met' }, 'stranger');
    expect(r).toMatchObject({ code: 'not-a-participant', edit: 'result' });
    expect(r.message).toMatch(/mentor and the mentee/);
  });

  describe('time box', () => {
    it('starts once: a second start from the other side writes nothing', () => {
      const started = applied(base, { type: 'time-box', event: { type: 'start', at: T0, by: MENTOR } }, MENTOR);
      expect(started.timeBox).toMatchObject({ status: 'running', startedAt: T0, startedBy: MENTOR, box: 45 });
      expect(applied(started, { type: 'time-box', event: { type: 'start', at: T0 + 500, by: MENTEE } }, MENTEE)).toBe(started);
    });

    it('the same extend applied again is not recorded as a refused second extend', () => {
      const started = applied(base, { type: 'time-box', event: { type: 'start', at: T0 } }, MENTOR);
      const extend: SessionEdit = { type: 'time-box', event: { type: 'extend', at: T0 + 40 * 60_000, by: MENTOR } };
      const extended = applied(started, extend, MENTOR);
      expect(extended.timeBox?.extendedMinutes).toBe(5);
      expect(applied(extended, extend, MENTOR)).toBe(extended);
      // A different, later extend is a real second request: both people are told why not.
      const again = applied(extended, { type: 'time-box', event: { type: 'extend', at: T0 + 41 * 60_000, by: MENTEE } }, MENTEE);
      expect(again.timeBox?.lastRefusal?.code).toBe('already-extended');
    });
  });

  describe('agreed actions', () => {
    it('adds an action with its id, role and done, trimmed', () => {
      const s = applied(base, { type: 'add-action', action: { id: 'a-1', text: '  Cut   the deck ', owner: ' Ana ', role: 'mentee' } }, MENTOR);
      expect(s.agreedActions).toEqual([{ id: 'a-1', text: 'Cut the deck', owner: 'Ana', role: 'mentee', done: false }]);
    });

    it('refuses an empty, too long or id-less action with a sentence', () => {
      expect(refusal(base, action('a-1', '   '), MENTOR)).toMatchObject({ code: 'action-empty', message: 'Say what will be done.' });
      expect(refusal(base, action('a-1', 'x'.repeat(ACTION_TEXT_MAX + 1)), MENTOR).code).toBe('action-too-long');
      expect(refusal(base, action('a 1'), MENTOR).code).toBe('action-id-refused');
    });

    it('keeps at most ACTIONS_MAX actions', () => {
      const full = applySessionEdits(base, Array.from({ length: ACTIONS_MAX }, (_, i) => action(`a-${i}`)), MENTOR);
      expect(full.refused).toEqual([]);
      const r = refusal(full.session, action('one-more'), MENTOR);
      expect(r.code).toBe('too-many-actions');
      expect(r.message).toContain(String(ACTIONS_MAX));
    });

    it('changes text, owner, role and due; the same change again writes nothing', () => {
      const withAction = applied(base, action('a-1'), MENTOR);
      const change: SessionEdit = { type: 'change-action', id: 'a-1', text: 'Cut to 6 slides', owner: 'Ben', role: 'mentor', due: T0 + 86_400_000 };
      const changed = applied(withAction, change, MENTEE);
      expect(changed.agreedActions[0]).toMatchObject({ id: 'a-1', text: 'Cut to 6 slides', owner: 'Ben', role: 'mentor', due: T0 + 86_400_000 });
      expect(applied(changed, change, MENTEE)).toBe(changed);
      const noDue = applied(changed, { type: 'change-action', id: 'a-1', due: null }, MENTEE);
      expect(noDue.agreedActions[0]).not.toHaveProperty('due');
    });

    it('ticks an action done and back', () => {
      const withAction = applied(base, action('a-1'), MENTOR);
      const done = applied(withAction, { type: 'action-done', id: 'a-1', done: true }, MENTEE);
      expect(done.agreedActions[0]?.done).toBe(true);
      expect(applied(done, { type: 'action-done', id: 'a-1', done: true }, MENTEE)).toBe(done);
      expect(applied(done, { type: 'action-done', id: 'a-1', done: false }, MENTEE).agreedActions[0]?.done).toBe(false);
    });

    it('removing twice is removing once; changing or ticking a removed action is refused with a sentence', () => {
      const withAction = applied(base, action('a-1'), MENTOR);
      const removed = applied(withAction, { type: 'remove-action', id: 'a-1' }, MENTEE);
      expect(removed.agreedActions).toEqual([]);
      expect(applied(removed, { type: 'remove-action', id: 'a-1' }, MENTOR)).toBe(removed);
      expect(refusal(removed, { type: 'change-action', id: 'a-1', text: 'x' }, MENTOR)).toMatchObject({
        code: 'no-such-action',
        message: 'That action was removed meanwhile.',
      });
      expect(refusal(removed, { type: 'action-done', id: 'a-1', done: true }, MENTOR).code).toBe('no-such-action');
    });
  });

  describe('follow-up and referral', () => {
    it('refuses a resource that is not https, saying why', () => {
      const r = refusal(base, { type: 'follow-up', resource: { title: 'Guide', url: 'http://example.com' } }, MENTOR);
      expect(r.code).toBe('resource-refused');
      expect(r.message).toMatch(/https:\/\//);
    });

    it('removes the resource and the referral', () => {
      const s = applySessionEdits(
        base,
        [
          { type: 'follow-up', resource: { title: '', url: 'https://example.com/guide' } },
          { type: 'referral', referral: { mentorId: 'other', displayName: 'Grace' } },
        ],
        MENTOR,
      ).session;
      expect(s.followUp).toEqual({ title: 'https://example.com/guide', url: 'https://example.com/guide' });
      const cleared = applySessionEdits(s, [{ type: 'follow-up', resource: null }, { type: 'referral', referral: null }], MENTOR).session;
      expect(cleared).not.toHaveProperty('followUp');
      expect(cleared).not.toHaveProperty('referral');
      expect(applied(cleared, { type: 'referral', referral: null }, MENTOR)).toBe(cleared);
    });

    it('never refers the mentee back to the same mentor', () => {
      expect(refusal(base, { type: 'referral', referral: { mentorId: MENTOR, displayName: 'Me' } }, MENTOR).code).toBe('referral-refused');
    });
  });

  it('lets only the mentor suggest a follow-up; the first suggestion stands', () => {
    expect(refusal(base, { type: 'suggest-follow-up', by: MENTEE, at: T0 }, MENTEE)).toMatchObject({ code: 'not-the-mentor', message: expect.stringMatching(/mentee books it/) });
    const suggested = applied(base, { type: 'suggest-follow-up', by: MENTOR, at: T0 }, MENTOR);
    expect(suggested.followUpSuggested).toEqual({ at: T0 });
    expect(applied(suggested, { type: 'suggest-follow-up', by: MENTOR, at: T0 + 1 }, MENTOR)).toBe(suggested);
  });

  it('refuses an unknown result', () => {
    expect(refusal(base, { type: 'result', result: 'great' as never }, MENTEE)).toMatchObject({ code: 'unknown-result', message: 'Pick met, partly or not yet.' });
  });

  it('refuses every change to a cancelled session, with a sentence', () => {
    const cancelled: Session = { ...base, status: 'cancelled' };
    const r = refusal(cancelled, { type: 'result', result: 'met' }, MENTEE);
    expect(r).toMatchObject({ code: 'session-cancelled', message: 'This session was cancelled; it can no longer be changed.' });
  });
});

describe('applySessionEdits', () => {
  it('applies in order, leaves refused edits out and reports them', () => {
    const { session, refused } = applySessionEdits(
      base,
      [action('a-1'), { type: 'checklist', itemId: 'mentee-question', done: true, by: MENTOR, at: T0 }, { type: 'action-done', id: 'a-1', done: true }],
      MENTOR,
    );
    expect(session.agreedActions[0]).toMatchObject({ id: 'a-1', done: true });
    expect(refused).toEqual([expect.objectContaining({ code: 'not-your-checklist', edit: 'checklist' })]);
  });

  it('a queue applied to a record that already holds it changes nothing (a save that landed unseen)', () => {
    const queue: SessionEdit[] = [
      action('a-1'),
      { type: 'checklist', itemId: 'mentor-summarize', done: true, by: MENTOR, at: T0 },
      { type: 'time-box', event: { type: 'start', at: T0, by: MENTOR } },
      { type: 'time-box', event: { type: 'extend', at: T0 + 60_000, by: MENTOR } },
    ];
    const once = applySessionEdits(base, queue, MENTOR).session;
    expect(applySessionEdits(once, queue, MENTOR)).toEqual({ session: once, refused: [] });
  });
});
