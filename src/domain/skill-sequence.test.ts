import { CARRIED_ACTIONS_ITEM, MENTEE_CHECKLIST } from './checklists';
import type { Mentee, Mentor } from './free-slots';
import { newSession, type Session } from './session';
import { applySessionEdit } from './session-edits';
import {
  carriedActions,
  groupSequences,
  isLastOfSequence,
  menteeChecklistFor,
  nextToBook,
  proposeSequence,
  sequenceMoveWindow,
  sequenceOutcome,
  startsWithin,
  validateSequencePlan,
  type SequenceSlotQuery,
} from './skill-sequence';
import { DAY, HOUR, MINUTE } from './zone-time';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const mentee: Mentee = { workingHours: { days: [...weekdays], start: '09:00', end: '17:00', zone: 'Europe/Berlin' }, busy: [] };
const mentor: Mentor = { workingHours: { days: [...weekdays], start: '09:00', end: '17:00', zone: 'America/New_York' }, busy: [] };
// Monday 2026-03-02 15:00 Berlin (09:00 New York: both work then).
const FIRST = Date.UTC(2026, 2, 2, 14, 0);
const NOW = Date.UTC(2026, 1, 27, 9, 0);
const query: SequenceSlotQuery = { mentee, mentor, now: NOW, timeBox: 45, viewerZone: 'Europe/Berlin', noticeMinutes: 60, bufferMinutes: 0 };

describe('validateSequencePlan', () => {
  const good = { overallGoal: 'Run a pricing review on my own', goals: ['Understand the pricing model', 'Draft my first review'] };

  it('accepts an overall goal and two or three session goals, normalised', () => {
    const result = validateSequencePlan({ ...good, overallGoal: '  Run a pricing\nreview on my own ' });
    expect(result).toEqual({ ok: true, plan: { overallGoal: 'Run a pricing review on my own', goals: good.goals } });
    expect(validateSequencePlan({ ...good, goals: [...good.goals, 'Present it to the board'] }).ok).toBe(true);
  });

  it('refuses one or four sessions', () => {
    for (const goals of [['Understand the pricing model'], ['aaaaaaaaaa1', 'aaaaaaaaaa2', 'aaaaaaaaaa3', 'aaaaaaaaaa4']]) {
      const result = validateSequencePlan({ ...good, goals });
      expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('sessions-count');
    }
  });

  it('names the field of each problem: missing overall goal, empty, repeated, linked and over-long session goals', () => {
    const result = validateSequencePlan({ overallGoal: '', goals: ['', 'x'.repeat(281), 'see http://intranet.example/deck'] });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['overallGoal', 'overall-goal-required'],
      ['goal-1', 'session-goal-required'],
      ['goal-2', 'session-goal-too-long'],
      ['goal-3', 'session-goal-link-refused'],
    ]);
    const repeated = validateSequencePlan({ ...good, goals: ['Draft my first review', 'draft my first review'] });
    expect(repeated.ok ? undefined : repeated.errors[0]).toMatchObject({ field: 'goal-2', code: 'session-goal-repeated' });
  });

  it('answers anything that is not a plan with errors, never a throw', () => {
    expect(validateSequencePlan(null).ok).toBe(false);
    expect(validateSequencePlan({ overallGoal: 5, goals: 'x' }).ok).toBe(false);
  });
});

describe('proposeSequence', () => {
  it('proposes each next session at the same time a week later when both are free', () => {
    const sessions = proposeSequence(query, FIRST, 3);
    expect(sessions.map((s) => s.start)).toEqual([FIRST, FIRST + 7 * DAY, FIRST + 14 * DAY]);
    expect(sessions[1]!.options.every((s) => s >= FIRST + 7 * DAY - 6 * HOUR && s <= FIRST + 14 * DAY)).toBe(true);
  });

  it('keeps the wall-clock time across a clock change (Berlin moves to summer time on 29 March)', () => {
    const first = Date.UTC(2026, 2, 23, 14, 0); // Monday 15:00 Berlin (CET)
    const [, second] = proposeSequence({ ...query, mentor: { ...mentor, workingHours: { ...mentor.workingHours, zone: 'Europe/Berlin' } } }, first, 2);
    expect(second!.start).toBe(Date.UTC(2026, 2, 30, 13, 0)); // Monday 15:00 Berlin (CEST)
  });

  it('moves a session off a busy week-later time to the nearest mutual free time in 1–2 weeks', () => {
    // New York is on summer time from 8 March: the mentor works from 13:00 UTC then, so no earlier slot that day.
    const busy = { start: FIRST + 7 * DAY - HOUR, end: FIRST + 7 * DAY + HOUR, status: 'busy' as const };
    const [, second] = proposeSequence({ ...query, mentor: { ...mentor, busy: [busy] } }, FIRST, 2);
    expect(second!.start).toBe(busy.end);
    expect(second!.start! - FIRST).toBeGreaterThanOrEqual(7 * DAY - DAY);
    expect(second!.start! - FIRST).toBeLessThanOrEqual(14 * DAY);
  });

  it('keeps a time the mentee chose among the options, and replaces one that is not an option', () => {
    const options = proposeSequence(query, FIRST, 2)[1]!.options;
    const picked = options[options.length - 1]!;
    expect(proposeSequence(query, FIRST, 3, [undefined, picked])[1]!.start).toBe(picked);
    // Session 3 follows the chosen session 2.
    expect(proposeSequence(query, FIRST, 3, [undefined, picked])[2]!.start! - picked).toBeGreaterThanOrEqual(6 * DAY);
    expect(proposeSequence(query, FIRST, 2, [undefined, FIRST + 7 * DAY + 3 * MINUTE])[1]!.start).toBe(FIRST + 7 * DAY);
  });

  it("counts the earlier sessions towards the mentor's weekly cap", () => {
    // One session a week, and the week after session 1 already holds one: session 2 goes to the week after.
    const booked = [{ start: FIRST + 8 * DAY }];
    const [, second] = proposeSequence({ ...query, mentor: { ...mentor, caps: { perWeek: 1 }, booked } }, FIRST, 2);
    expect(second!.start).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 15, 23, 0)); // Monday 16 March, Berlin
    expect(second!.start).toBeLessThanOrEqual(FIRST + 14 * DAY);
  });

  it('says so when there is no mutual free time, and session 3 waits for session 2', () => {
    const allBusy = { start: FIRST + DAY, end: FIRST + 30 * DAY, status: 'oof' as const };
    const sessions = proposeSequence({ ...query, mentee: { ...mentee, busy: [allBusy] } }, FIRST, 3);
    expect(sessions[1]).toMatchObject({ index: 2, options: [] });
    expect(sessions[1]!.start).toBeUndefined();
    expect(sessions[1]!.problem).toMatch(/1–2 weeks after session 1/);
    expect(sessions[2]!.problem).toMatch(/session 2 first/);
  });
});

function session(index: number, of: number, extra: Partial<Session> = {}): Session {
  return {
    ...newSession({ key: `seq-${index}`, menteeId: 'me', mentorId: 'mo', topic: 'Pricing', goal: `Goal ${index}`, context: '', success: 'ok', format: 'sequence', sequence: { index, of, key: 'seq', goal: 'Run a pricing review' }, timeBoxMinutes: 45, start: index * DAY, end: index * DAY + 45 * MINUTE }),
    ...extra,
  };
}

describe('carried actions and the prep checklist', () => {
  it('carries all actions of the session before, open ones first', () => {
    const previous = session(1, 3, { agreedActions: [{ id: 'a1', text: 'Read the model', owner: 'Ana', done: true }, { id: 'a2', text: 'Draft a review', owner: 'Ana' }] });
    expect(carriedActions(previous).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(carriedActions(undefined)).toEqual([]);
  });

  it('adds the carried-actions item to the mentee prep of session 2 and 3 only', () => {
    expect(menteeChecklistFor(session(1, 3))).toEqual(MENTEE_CHECKLIST);
    expect(menteeChecklistFor(session(2, 3))).toContain(CARRIED_ACTIONS_ITEM);
    expect(menteeChecklistFor(session(3, 3))).toContain(CARRIED_ACTIONS_ITEM);
    expect(menteeChecklistFor({ format: 'one-time' })).toEqual(MENTEE_CHECKLIST);
  });
});

describe('sequenceOutcome', () => {
  it('is in progress until every session has a result', () => {
    expect(sequenceOutcome([session(1, 3, { result: 'met' }), session(2, 3)])).toEqual({ kind: 'in-progress', held: 1, of: 3 });
  });

  it('derives met, partly and not yet from the sessions, a cancelled one left out', () => {
    const cancelled = session(2, 2, { status: 'cancelled' });
    expect(sequenceOutcome([session(1, 2, { result: 'met' }), session(2, 2, { result: 'met' })])).toMatchObject({ kind: 'result', result: 'met', recordedByMentee: false });
    expect(sequenceOutcome([session(1, 2, { result: 'met' }), session(2, 2, { result: 'not-yet' })])).toMatchObject({ result: 'partly' });
    expect(sequenceOutcome([session(1, 2, { result: 'not-yet' }), session(2, 2, { result: 'not-yet' })])).toMatchObject({ result: 'not-yet' });
    expect(sequenceOutcome([session(1, 2, { result: 'met' }), cancelled])).toMatchObject({ kind: 'in-progress' });
  });

  it("takes the mentee's own verdict from the last session over the derived one", () => {
    const last = session(2, 2, { result: 'partly', sequence: { index: 2, of: 2, key: 'seq', result: 'met' } });
    expect(sequenceOutcome([session(1, 2, { result: 'not-yet' }), last])).toMatchObject({ kind: 'result', result: 'met', recordedByMentee: true });
    expect(isLastOfSequence(last)).toBe(true);
    expect(isLastOfSequence(session(1, 2))).toBe(false);
  });
});

describe('groupSequences', () => {
  it("lists a sequence's sessions together in order, where its first session was listed", () => {
    const single = newSession({ key: 'one', menteeId: 'me', mentorId: 'mo', topic: 'T', goal: 'G', context: '', success: 's', format: 'one-time', timeBoxMinutes: 30, start: 0, end: 1 });
    const items = [{ session: session(2, 3) }, { session: single }, { session: session(1, 3) }, { session: session(3, 3) }];
    const groups = groupSequences(items);
    expect(groups.map((g) => g.kind)).toEqual(['sequence', 'single']);
    const first = groups[0];
    expect(first?.kind === 'sequence' ? first.items.map((i) => i.session.sequence?.index) : []).toEqual([1, 2, 3]);
    expect(first?.kind === 'sequence' ? first.overallGoal : '').toBe('Run a pricing review');
  });
});

describe("recording the sequence's result", () => {
  it('is taken from the mentee in the last session only', () => {
    const last = session(3, 3);
    const ok = applySessionEdit(last, { type: 'sequence-result', result: 'partly' }, 'me');
    expect(ok.ok && ok.session.sequence).toMatchObject({ index: 3, of: 3, key: 'seq', result: 'partly' });
    expect(applySessionEdit(session(2, 3), { type: 'sequence-result', result: 'met' }, 'me')).toMatchObject({ ok: false, refusal: { code: 'not-last-of-sequence' } });
    expect(applySessionEdit(last, { type: 'sequence-result', result: 'met' }, 'mo')).toMatchObject({ ok: false });
  });

  it("lets the mentee tick the carried-actions item as their own", () => {
    const ticked = applySessionEdit(session(2, 3), { type: 'checklist', itemId: 'mentee-carried-actions', done: true, by: 'me', at: 1 }, 'me');
    expect(ticked.ok && ticked.session.checklists.items['mentee-carried-actions']?.done).toBe(true);
    expect(applySessionEdit(session(2, 3), { type: 'checklist', itemId: 'mentee-carried-actions', done: true, by: 'mo', at: 1 }, 'mo').ok).toBe(false);
  });
});

describe('moving a session within its sequence', () => {
  it('keeps session 2 after session 1 ends and before session 3 starts; a cancelled neighbour does not count', () => {
    const [one, two, three] = [session(1, 3), session(2, 3), session(3, 3)];
    const range = sequenceMoveWindow(two, [one, two, three]);
    expect(range).toEqual({ after: one.end, before: three.start });
    const starts = [one.start, one.end, three.start - 45 * MINUTE, three.start - 30 * MINUTE, three.start + DAY];
    expect(startsWithin(starts, 45, range)).toEqual([one.end, three.start - 45 * MINUTE]);
    expect(sequenceMoveWindow(two, [one, two, { ...three, status: 'cancelled' }])).toEqual({ after: one.end });
    expect(sequenceMoveWindow({ ...two, format: 'one-time', sequence: undefined }, [one, three])).toEqual({});
  });
});

describe('nextToBook', () => {
  const scheduled = (index: number, extra: Partial<Session> = {}) => session(index, 3, { status: 'scheduled', ...extra });
  it('is the first session not booked after a booked one, with that one', () => {
    expect(nextToBook([scheduled(1)])).toMatchObject({ index: 2, previous: { key: 'seq-1' } });
    expect(nextToBook([scheduled(1), scheduled(2)])).toMatchObject({ index: 3, previous: { key: 'seq-2' } });
    expect(nextToBook([scheduled(1), scheduled(2), scheduled(3)])).toBeUndefined();
  });

  it('waits while the session before is not booked, and counts a cancelled one as missing', () => {
    expect(nextToBook([scheduled(1, { status: 'draft' })])).toBeUndefined();
    expect(nextToBook([scheduled(1), scheduled(2, { status: 'cancelled' })])).toMatchObject({ index: 2 });
  });
});
