import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_CHECKLIST_ITEMS,
  ChecklistError,
  MENTEE_CHECKLIST,
  MENTOR_CHECKLIST,
  emptyChecklistState,
  isDone,
  mergeChecklistStates,
  pendingBeforeSession,
  progress,
  tick,
  untick,
  type ChecklistState,
} from './checklists';

// The method text, committed with the code (docs/method/README.md says where it came from).
const SEED = readFileSync(path.join(__dirname, '..', '..', 'docs', 'method', 'seed-micro-mentoring.txt'), 'utf8');

/** The check-marked lines under a heading of the seed, without their mark. */
function seedChecklist(heading: string): string[] {
  const lines = SEED.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^- \$render`✓` (.*)$/.exec(line.trim());
    if (!m) break;
    items.push(m[1]!.trim());
  }
  return items;
}

describe('the checklists', () => {
  it("are the seed's mentee items, verbatim and in order", () => {
    const seed = seedChecklist('Checklist for Mentees');
    expect(seed).toHaveLength(4);
    expect(MENTEE_CHECKLIST.map((i) => i.text)).toEqual(seed);
    for (const item of MENTEE_CHECKLIST) {
      expect(SEED).toContain(item.text);
      expect(item.role).toBe('mentee');
    }
  });

  it("are the seed's mentor items, verbatim and in order", () => {
    const seed = seedChecklist('Checklist for Mentors');
    expect(seed).toHaveLength(4);
    expect(MENTOR_CHECKLIST.map((i) => i.text)).toEqual(seed);
    for (const item of MENTOR_CHECKLIST) {
      expect(SEED).toContain(item.text);
      expect(item.role).toBe('mentor');
    }
  });

  it('have unique ids and no check marks in the text', () => {
    const ids = ALL_CHECKLIST_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of ALL_CHECKLIST_ITEMS) expect(item.text).not.toMatch(/✓|\$render/);
  });

  it('say which items are preparation and which happen in the session', () => {
    expect(MENTEE_CHECKLIST.every((i) => i.timing === 'pre-session')).toBe(true);
    const timing = Object.fromEntries(MENTOR_CHECKLIST.map((i) => [i.text, i.timing]));
    expect(timing["I have reviewed the mentee's stated goal and any pre-work."]).toBe('pre-session');
    expect(timing['I will start the session by confirming the objective and timeframe.']).toBe('during-session');
    expect(timing['My guidance will focus on practical steps the mentee can implement.']).toBe('during-session');
    expect(timing['I will end by summarizing key takeaways and agreed actions.']).toBe('during-session');
  });
});

describe('ticking', () => {
  it('records who ticked an item and when, and unticking records who undid it', () => {
    let s = tick(emptyChecklistState(), 'mentee-question', 'mentee-1', 1000);
    expect(s.items['mentee-question']).toEqual({ done: true, by: 'mentee-1', at: 1000 });
    expect(isDone(s, 'mentee-question')).toBe(true);
    s = untick(s, 'mentee-question', 'mentee-1', 2000);
    expect(s.items['mentee-question']).toEqual({ done: false, by: 'mentee-1', at: 2000 });
    expect(isDone(s, 'mentee-question')).toBe(false);
  });

  it('leaves the state alone when nothing changes, keeping the first tick', () => {
    const empty = emptyChecklistState();
    expect(untick(empty, 'mentor-summarize', 'mentor-1', 1000)).toBe(empty);
    const s = tick(empty, 'mentor-summarize', 'mentor-1', 1000);
    expect(tick(s, 'mentor-summarize', 'mentee-1', 2000)).toBe(s);
  });

  it('does not change the state it was given', () => {
    const empty = emptyChecklistState();
    tick(empty, 'mentee-notes', 'mentee-1', 1000);
    expect(empty).toEqual({ items: {} });
  });

  it('refuses an unknown item with a code and a sentence', () => {
    const empty = emptyChecklistState();
    expect.assertions(4);
    for (const change of [tick, untick]) {
      try {
        change(empty, 'mentee-coffee', 'mentee-1', 1000);
      } catch (error) {
        expect(error).toBeInstanceOf(ChecklistError);
        expect(error).toMatchObject({ code: 'unknown-checklist-item', message: expect.stringContaining('"mentee-coffee"') });
      }
    }
  });
});

describe('progress and pending preparation', () => {
  const s = [
    (x: ChecklistState) => tick(x, 'mentee-question', 'mentee-1', 1),
    (x: ChecklistState) => tick(x, 'mentee-outcome', 'mentee-1', 2),
    (x: ChecklistState) => tick(x, 'mentor-confirm-objective', 'mentor-1', 3),
  ].reduce((state, step) => step(state), emptyChecklistState());

  it('counts done items per role', () => {
    expect(progress(emptyChecklistState(), 'mentee')).toEqual({ done: 0, total: 4, percent: 0 });
    expect(progress(s, 'mentee')).toEqual({ done: 2, total: 4, percent: 50 });
    expect(progress(s, 'mentor')).toEqual({ done: 1, total: 4, percent: 25 });
    const all = MENTOR_CHECKLIST.reduce((x, i) => tick(x, i.id, 'mentor-1', 9), s);
    expect(progress(all, 'mentor')).toEqual({ done: 4, total: 4, percent: 100 });
  });

  it('lists the pre-session items not yet done, in order', () => {
    expect(pendingBeforeSession(s, 'mentee').map((i) => i.id)).toEqual(['mentee-background', 'mentee-notes']);
    // The mentor's in-session items are not preparation, ticked or not.
    expect(pendingBeforeSession(s, 'mentor').map((i) => i.id)).toEqual(['mentor-reviewed-goal']);
    expect(pendingBeforeSession(tick(s, 'mentor-reviewed-goal', 'mentor-1', 4), 'mentor')).toEqual([]);
  });
});

describe('mergeChecklistStates', () => {
  const base = tick(emptyChecklistState(), 'mentee-question', 'mentee-1', 1000);

  it('keeps both when two people tick different items', () => {
    const mine = tick(base, 'mentor-reviewed-goal', 'mentor-1', 2000);
    const theirs = tick(base, 'mentee-background', 'mentee-1', 2500);
    const merged = mergeChecklistStates(base, mine, theirs);
    expect(isDone(merged, 'mentee-question')).toBe(true);
    expect(isDone(merged, 'mentor-reviewed-goal')).toBe(true);
    expect(isDone(merged, 'mentee-background')).toBe(true);
    expect(merged.items['mentor-reviewed-goal']).toEqual({ done: true, by: 'mentor-1', at: 2000 });
  });

  it('gives the same item to the later change', () => {
    const mine = untick(base, 'mentee-question', 'mentee-1', 3000);
    const theirs = untick(tick(base, 'mentee-outcome', 'mentee-1', 1500), 'mentee-question', 'mentor-1', 2000);
    const later = mergeChecklistStates(base, mine, theirs);
    expect(later.items['mentee-question']).toEqual({ done: false, by: 'mentee-1', at: 3000 });
    expect(isDone(later, 'mentee-outcome')).toBe(true);
  });

  it('lets a later untick beat an earlier tick, and a later tick beat an earlier untick', () => {
    const empty = emptyChecklistState();
    const ticked = tick(empty, 'mentor-summarize', 'mentor-1', 1000);
    const unticked = untick(ticked, 'mentor-summarize', 'mentee-1', 3000);
    const reticked = tick(untick(ticked, 'mentor-summarize', 'mentor-1', 2000), 'mentor-summarize', 'mentor-1', 4000);

    // base ticked; mine unticked later; theirs unchanged → the untick stands.
    expect(isDone(mergeChecklistStates(ticked, unticked, ticked), 'mentor-summarize')).toBe(false);
    // base empty; mine ticked at 1000, theirs went tick→untick at 3000 → the later untick wins, either way round.
    const viaTheirs = { items: { 'mentor-summarize': { done: false, by: 'mentee-1', at: 3000 } } };
    expect(isDone(mergeChecklistStates(empty, ticked, viaTheirs), 'mentor-summarize')).toBe(false);
    expect(isDone(mergeChecklistStates(empty, viaTheirs, ticked), 'mentor-summarize')).toBe(false);
    // base ticked; mine unticked at 3000, theirs unticked and ticked again at 4000 → the later tick wins.
    expect(mergeChecklistStates(ticked, unticked, reticked).items['mentor-summarize']).toEqual({ done: true, by: 'mentor-1', at: 4000 });
  });

  it('prefers the tick when two different changes carry the same time', () => {
    const mine = untick(base, 'mentee-question', 'mentor-1', 2000);
    const theirs = { items: { 'mentee-question': { done: true, by: 'mentee-2', at: 2000 } } };
    expect(isDone(mergeChecklistStates(base, mine, theirs), 'mentee-question')).toBe(true);
    expect(isDone(mergeChecklistStates(base, theirs, mine), 'mentee-question')).toBe(true);
  });

  it('returns either side when only one side changed, and is plain data', () => {
    const mine = tick(base, 'mentee-notes', 'mentee-1', 2000);
    expect(mergeChecklistStates(base, mine, base)).toEqual(mine);
    expect(mergeChecklistStates(base, base, mine)).toEqual(mine);
    const merged = mergeChecklistStates(base, mine, base);
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
  });
});
