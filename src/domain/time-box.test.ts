import { MIN_CONCLUDE_MINUTES, PHASE_IDS, TIME_BOXES, isTimeBoxMinutes, planPhases, planPhasesWithExtension } from './time-box';

describe('planPhases', () => {
  it.each(TIME_BOXES)('plans a %i-minute box as the four phases in order, summing to the box', (box) => {
    const phases = planPhases(box);
    expect(phases.map((p) => p.id)).toEqual(['container', 'explore', 'advice', 'conclude']);
    expect(phases.reduce((sum, p) => sum + p.minutes, 0)).toBe(box);
    for (const p of phases) {
      expect(Number.isInteger(p.minutes)).toBe(true);
      expect(p.minutes).toBeGreaterThan(0);
    }
  });

  it.each(TIME_BOXES)('gives conclude at least five minutes and makes it last in a %i-minute box', (box) => {
    const phases = planPhases(box);
    const last = phases[phases.length - 1];
    expect(last?.id).toBe('conclude');
    expect(last?.minutes).toBeGreaterThanOrEqual(MIN_CONCLUDE_MINUTES);
    expect((last?.startMinute ?? 0) + (last?.minutes ?? 0)).toBe(box);
  });

  it.each(TIME_BOXES)('starts each phase where the one before ends (%i minutes)', (box) => {
    const phases = planPhases(box);
    expect(phases[0]?.startMinute).toBe(0);
    for (let i = 1; i < phases.length; i++) {
      const before = phases[i - 1]!;
      expect(phases[i]?.startMinute).toBe(before.startMinute + before.minutes);
    }
  });

  it('scales the phases with the box', () => {
    expect(planPhases(30).map((p) => p.minutes)).toEqual([3, 11, 11, 5]);
    expect(planPhases(45).map((p) => p.minutes)).toEqual([5, 16, 17, 7]);
    expect(planPhases(60).map((p) => p.minutes)).toEqual([6, 21, 24, 9]);
  });

  it("names the phases in the method's words", () => {
    expect(planPhases(45).map((p) => p.title)).toEqual([
      'Set the container',
      'Explore the situation',
      'Advice and next steps',
      'Conclude and hand off',
    ]);
    expect(planPhases(45)[0]?.description).toContain('agree on the time box');
    expect(planPhases(45)[3]?.description).toContain('summarizing agreed-upon actions');
  });

  it('adds an extension to advice, so conclude keeps its length and stays last', () => {
    const plain = planPhases(30);
    const extended = planPhasesWithExtension(30, 5);
    expect(extended.map((p) => p.id)).toEqual(PHASE_IDS);
    expect(extended[2]?.minutes).toBe((plain[2]?.minutes ?? 0) + 5);
    expect(extended[3]).toEqual({ ...plain[3], startMinute: 30 });
    expect(extended.reduce((sum, p) => sum + p.minutes, 0)).toBe(35);
  });

  it('knows which numbers are time boxes', () => {
    expect(isTimeBoxMinutes(45)).toBe(true);
    expect(isTimeBoxMinutes(50)).toBe(false);
    expect(isTimeBoxMinutes('30')).toBe(false);
  });
});
