import {
  EXTENSION_MINUTES,
  elapsedMs,
  initialTimeBoxState,
  reduceTimeBox,
  refusalFor,
  view,
  type TimeBoxEvent,
  type TimeBoxState,
} from './time-box-reducer';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 3, 9, 0); // 09:00 UTC
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;

const run = (state: TimeBoxState, ...events: TimeBoxEvent[]) => events.reduce(reduceTimeBox, state);

// A 30-minute box plans container 0–3, explore 3–14, advice 14–25, conclude 25–30.
describe('the time box through a whole session', () => {
  const fresh = initialTimeBoxState(30);

  it('shows the plan before the start, with the clock still', () => {
    const v = view(fresh, at(5));
    expect(v.status).toBe('not-started');
    expect(v.phase).toEqual({ id: 'container', title: 'Set the container', index: 0 });
    expect(v.sessionLeftMs).toBe(30 * MIN);
    expect(v.overtimeMs).toBe(0);
    expect(v.nudges).toEqual([]);
    expect(v.canExtend).toBe(false);
  });

  it('runs, pauses without counting paused time, resumes, extends once, runs over and ends', () => {
    let s = run(fresh, { type: 'start', at: at(0), by: 'mentor-1' });
    expect(s.startedBy).toBe('mentor-1');
    let v = view(s, at(2));
    expect(v.status).toBe('running');
    expect(v.phase.id).toBe('container');
    expect(v.phaseLeftMs).toBe(1 * MIN);
    expect(v.sessionLeftMs).toBe(28 * MIN);

    expect(view(s, at(5)).phase).toEqual({ id: 'explore', title: 'Explore the situation', index: 1 });

    // Ten minutes of pause, from minute 10 to minute 20 on the wall clock.
    s = run(s, { type: 'pause', at: at(10) });
    v = view(s, at(20));
    expect(v.status).toBe('paused');
    expect(v.elapsedMs).toBe(10 * MIN);
    expect(v.sessionLeftMs).toBe(20 * MIN);
    expect(view(s, at(90)).elapsedMs).toBe(10 * MIN);

    s = run(s, { type: 'resume', at: at(20) });
    v = view(s, at(30));
    expect(v.status).toBe('running');
    expect(v.elapsedMs).toBe(20 * MIN);
    expect(v.phase.id).toBe('advice');
    expect(v.phaseLeftMs).toBe(5 * MIN);
    expect(v.sessionLeftMs).toBe(10 * MIN);
    expect(v.nudges).toEqual([]);

    // Conclude begins at 25 session minutes = wall minute 35; its nudge lasts one minute.
    expect(view(s, at(34, 59)).nudges).toEqual([]);
    v = view(s, at(35));
    expect(v.phase).toEqual({ id: 'conclude', title: 'Conclude and hand off', index: 3 });
    expect(v.nudges).toEqual(['conclude-phase-starting']);
    expect(view(s, at(35, 59)).nudges).toEqual(['conclude-phase-starting']);
    expect(view(s, at(36)).nudges).toEqual([]);

    // Two minutes left at 28 session minutes.
    expect(view(s, at(37, 59)).nudges).toEqual([]);
    expect(view(s, at(38)).nudges).toEqual(['two-minutes-left']);
    expect(view(s, at(39, 59)).nudges).toEqual(['two-minutes-left']);

    // Time is up at 30 session minutes, then overtime counts.
    v = view(s, at(40));
    expect(v.sessionLeftMs).toBe(0);
    expect(v.nudges).toEqual(['overtime']);
    v = view(s, at(41));
    expect(v.overtimeMs).toBe(1 * MIN);
    expect(v.phase.id).toBe('conclude');
    expect(v.phaseLeftMs).toBe(0);
    expect(v.canExtend).toBe(true);

    s = run(s, { type: 'extend', at: at(41), by: 'mentee-1' });
    v = view(s, at(41));
    expect(v.extended).toBe(true);
    expect(v.canExtend).toBe(false);
    expect(v.totalMinutes).toBe(30 + EXTENSION_MINUTES);
    expect(v.overtimeMs).toBe(0);
    expect(v.sessionLeftMs).toBe(4 * MIN);
    expect(v.phase.id).toBe('conclude');
    expect(v.phases.map((p) => p.id)).toEqual(['container', 'explore', 'advice', 'conclude']);
    expect(view(s, at(43)).nudges).toEqual(['two-minutes-left']);

    // A second extend is refused, and the state says why.
    const once = s;
    s = run(s, { type: 'extend', at: at(42), by: 'mentor-1' });
    expect(s).not.toBe(once);
    expect(s.extendedMinutes).toBe(EXTENSION_MINUTES);
    expect(s.lastRefusal).toEqual({ code: 'already-extended', event: 'extend', message: expect.stringContaining('only once') });
    expect(view(s, at(42)).lastRefusal?.code).toBe('already-extended');
    // Asking a third time changes nothing more.
    expect(run(s, { type: 'extend', at: at(42) })).toBe(s);

    v = view(s, at(46));
    expect(v.overtimeMs).toBe(1 * MIN);
    expect(v.nudges).toEqual(['overtime']);

    s = run(s, { type: 'end', at: at(46), by: 'mentor-1' });
    expect(s.lastRefusal).toBeNull();
    v = view(s, at(90));
    expect(v.status).toBe('ended');
    expect(v.elapsedMs).toBe(36 * MIN);
    expect(v.overtimeMs).toBe(1 * MIN);
    expect(v.nudges).toEqual([]);
    expect(v.canExtend).toBe(false);
  });
});

describe('extending', () => {
  const running = run(initialTimeBoxState(30), { type: 'start', at: at(0) });

  it('gives the five minutes to advice, so conclude and its nudge move later', () => {
    const s = run(running, { type: 'extend', at: at(10) });
    expect(view(s, at(25)).phase.id).toBe('advice');
    expect(view(s, at(30)).nudges).toEqual(['conclude-phase-starting']);
    expect(view(s, at(33)).nudges).toEqual(['two-minutes-left']);
    expect(view(s, at(35)).nudges).toEqual(['overtime']);
  });

  it('reopens advice for the extra minutes when extended during conclude, and conclude keeps its full length', () => {
    const s = run(running, { type: 'extend', at: at(26) });
    expect(view(s, at(26)).phase.id).toBe('advice');
    const v = view(s, at(30));
    expect(v.phase.id).toBe('conclude');
    expect(v.phaseLeftMs).toBe(5 * MIN);
  });

  it('is allowed while paused', () => {
    const s = run(running, { type: 'pause', at: at(5) }, { type: 'extend', at: at(6) });
    expect(s.extendedMinutes).toBe(EXTENSION_MINUTES);
    expect(s.status).toBe('paused');
  });
});

describe('nudges', () => {
  it('are not shown while paused', () => {
    const s = run(initialTimeBoxState(45), { type: 'start', at: at(0) }, { type: 'pause', at: at(44) });
    const v = view(s, at(50));
    expect(v.sessionLeftMs).toBe(1 * MIN);
    expect(v.nudges).toEqual([]);
  });

  it('come at the right minutes of a 60-minute box', () => {
    const s = run(initialTimeBoxState(60), { type: 'start', at: at(0) });
    expect(view(s, at(51)).nudges).toEqual(['conclude-phase-starting']);
    expect(view(s, at(58)).nudges).toEqual(['two-minutes-left']);
    expect(view(s, at(61)).nudges).toEqual(['overtime']);
  });
});

describe('ending', () => {
  it('while paused stops the clock where the pause began', () => {
    const s = run(
      initialTimeBoxState(30),
      { type: 'start', at: at(0) },
      { type: 'pause', at: at(12) },
      { type: 'end', at: at(20) },
    );
    expect(s.pausedAt).toBeNull();
    expect(elapsedMs(s, at(99))).toBe(12 * MIN);
    expect(view(s, at(99)).phase.id).toBe('explore');
  });
});

describe('events in the wrong state', () => {
  const fresh = initialTimeBoxState(30);
  const running = run(fresh, { type: 'start', at: at(0) });
  const paused = run(running, { type: 'pause', at: at(1) });
  const ended = run(running, { type: 'end', at: at(2) });

  it.each<[string, TimeBoxState, TimeBoxEvent, string]>([
    ['pause before start', fresh, { type: 'pause', at: at(1) }, 'not-started'],
    ['resume before start', fresh, { type: 'resume', at: at(1) }, 'not-started'],
    ['extend before start', fresh, { type: 'extend', at: at(1) }, 'not-started'],
    ['end before start', fresh, { type: 'end', at: at(1) }, 'not-started'],
    ['start when running', running, { type: 'start', at: at(1) }, 'already-started'],
    ['resume when running', running, { type: 'resume', at: at(1) }, 'not-paused'],
    ['pause when paused', paused, { type: 'pause', at: at(2) }, 'not-running'],
    ['start after end', ended, { type: 'start', at: at(3) }, 'already-ended'],
    ['pause after end', ended, { type: 'pause', at: at(3) }, 'already-ended'],
    ['resume after end', ended, { type: 'resume', at: at(3) }, 'already-ended'],
    ['extend after end', ended, { type: 'extend', at: at(3) }, 'already-ended'],
    ['end after end', ended, { type: 'end', at: at(3) }, 'already-ended'],
  ])('%s returns the same state and can be explained', (_name, state, event, code) => {
    expect(reduceTimeBox(state, event)).toBe(state);
    const refusal = refusalFor(state, event);
    expect(refusal?.code).toBe(code);
    expect(refusal?.event).toBe(event.type);
    expect(refusal?.message).toMatch(/^The session .+\.$/);
  });

  it('accepts what makes sense', () => {
    expect(refusalFor(fresh, { type: 'start', at: at(0) })).toBeNull();
    expect(refusalFor(running, { type: 'pause', at: at(1) })).toBeNull();
    expect(refusalFor(paused, { type: 'resume', at: at(2) })).toBeNull();
    expect(refusalFor(paused, { type: 'end', at: at(2) })).toBeNull();
  });

  it('counts a resume stamped before its pause (two clocks) as no pause at all', () => {
    const s = run(running, { type: 'pause', at: at(10) }, { type: 'resume', at: at(9) });
    expect(s.pausedMs).toBe(0);
  });
});

describe('the state', () => {
  it('is plain data that survives a round trip through JSON', () => {
    const s = run(
      initialTimeBoxState(45),
      { type: 'start', at: at(0), by: 'mentor-1' },
      { type: 'pause', at: at(3) },
      { type: 'resume', at: at(4) },
      { type: 'extend', at: at(5) },
      { type: 'extend', at: at(6) },
    );
    const copy = JSON.parse(JSON.stringify(s)) as TimeBoxState;
    expect(copy).toEqual(s);
    expect(view(copy, at(20))).toEqual(view(s, at(20)));
  });
});
