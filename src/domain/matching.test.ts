import { exclusionReason, rankMentors, type MentorCandidate, type MenteeProfile, type MentorRequest } from './matching';

const NOW = Date.UTC(2026, 10, 23, 8);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const mentee: MenteeProfile = { id: 'mentee', department: 'Sales', managerChain: ['boss', 'bosses-boss'] };
const request: MentorRequest = { topic: 'Presentation coaching', goal: 'Get feedback on my slides for the board review' };

function mentor(id: string, overrides: Partial<MentorCandidate> = {}): MentorCandidate {
  return { id, displayName: id.toUpperCase(), department: 'Sales', topics: ['presentation coaching'], active: true, soonestSlotStart: NOW + DAY, ...overrides };
}

const ids = (mentors: { mentor: MentorCandidate }[]) => mentors.map((r) => r.mentor.id);

describe('rankMentors', () => {
  it('ranks exact above synonym above word overlap, with reasons', () => {
    const ranked = rankMentors(request, mentee, [mentor('overlap', { topics: ['Coaching new managers'] }), mentor('synonym', { topics: ['Public speaking', 'Keynotes'] }), mentor('exact')], { now: NOW });
    expect(ids(ranked)).toEqual(['exact', 'synonym', 'overlap']);
    expect(ranked.map((r) => r.topicFit.kind)).toEqual(['exact', 'synonym', 'overlap']);
    expect(ranked[0]!.reasons[0]).toEqual({ kind: 'topic', fit: 'exact', mentorTopic: 'presentation coaching', text: 'Exact topic match: presentation coaching' });
    expect(ranked[1]!.reasons[0]).toMatchObject({ kind: 'topic', fit: 'synonym', mentorTopic: 'Public speaking' });
    expect(ranked[2]!.reasons[0]).toMatchObject({ kind: 'topic', fit: 'overlap', mentorTopic: 'Coaching new managers' });
    expect(ranked[0]!.components.topic).toBe(1);
  });

  it('leaves out mentors whose topics do not fit, unless asked', () => {
    const mentors = [mentor('exact'), mentor('unrelated', { topics: ['Kubernetes'] })];
    expect(ids(rankMentors(request, mentee, mentors, { now: NOW }))).toEqual(['exact']);
    const all = rankMentors(request, mentee, mentors, { now: NOW, includeUnrelated: true });
    expect(ids(all)).toEqual(['exact', 'unrelated']);
    expect(all[1]!.reasons.some((r) => r.kind === 'topic')).toBe(false);
  });

  it('prefers the sooner slot and puts no slot last, giving the start as data', () => {
    const ranked = rankMentors(request, mentee, [mentor('none', { soonestSlotStart: undefined }), mentor('later', { soonestSlotStart: NOW + 5 * DAY }), mentor('soon', { soonestSlotStart: NOW + 2 * HOUR })], { now: NOW });
    expect(ids(ranked)).toEqual(['soon', 'later', 'none']);
    expect(ranked[0]!.reasons).toContainEqual({ kind: 'soonest-slot', start: NOW + 2 * HOUR });
    expect(ranked[2]!.reasons).toContainEqual({ kind: 'no-slot', text: 'No shared free time found yet' });
    expect(ranked[2]!.components.soonness).toBe(0);
  });

  it('lets a synonym match free tomorrow beat an exact match free in two weeks, but not a word overlap', () => {
    const mentors = [mentor('exact-late', { soonestSlotStart: NOW + 14 * DAY }), mentor('synonym-soon', { topics: ['slides'], soonestSlotStart: NOW + DAY })];
    expect(ids(rankMentors(request, mentee, mentors, { now: NOW }))).toEqual(['synonym-soon', 'exact-late']);
    const overlap = [mentor('exact-week', { soonestSlotStart: NOW + 7 * DAY }), mentor('overlap-now', { topics: ['Coaching'], soonestSlotStart: NOW })];
    expect(ids(rankMentors(request, mentee, overlap, { now: NOW }))).toEqual(['exact-week', 'overlap-now']);
  });

  it('lists mentors at capacity last, saying in which period', () => {
    const ranked = rankMentors(
      request,
      mentee,
      [
        mentor('full-week', { capacityPerWeek: 2, bookedThisWeek: 2, soonestSlotStart: NOW }),
        mentor('full-month', { topics: ['slides'], capacityPerMonth: 4, bookedThisMonth: 5 }),
        mentor('free', { topics: ['Coaching'], capacityPerWeek: 3, bookedThisWeek: 1, capacityPerMonth: 8, bookedThisMonth: 6 }),
      ],
      { now: NOW },
    );
    expect(ids(ranked)).toEqual(['free', 'full-week', 'full-month']);
    expect(ranked[0]!.atCapacity).toBeUndefined();
    expect(ranked[0]!.capacityLeft).toEqual({ week: 2, month: 2 });
    expect(ranked[0]!.components.capacity).toBeCloseTo(0.25, 10);
    expect(ranked[0]!.reasons).toContainEqual({ kind: 'capacity-left', period: 'month', left: 2, text: '2 sessions left this month' });
    expect(ranked[1]!.atCapacity).toBe('week');
    expect(ranked[1]!.reasons).toContainEqual({ kind: 'at-capacity', period: 'week', text: 'At capacity this week' });
    expect(ranked[2]!.atCapacity).toBe('month');
    expect(ranked[2]!.capacityLeft).toEqual({ month: 0 });
  });

  it('prefers the mentor with more capacity left, all else equal', () => {
    const ranked = rankMentors(request, mentee, [mentor('busy', { capacityPerWeek: 4, bookedThisWeek: 3 }), mentor('idle', { capacityPerWeek: 4, bookedThisWeek: 0 })], { now: NOW });
    expect(ids(ranked)).toEqual(['idle', 'busy']);
    expect(ranked[1]!.reasons).toContainEqual({ kind: 'capacity-left', period: 'week', left: 1, text: '1 session left this week' });
  });

  it('breaks ties towards another department', () => {
    const ranked = rankMentors(request, mentee, [mentor('ada', { displayName: 'Ada' }), mentor('zoe', { displayName: 'Zoe', department: 'Finance' })], { now: NOW });
    expect(ids(ranked)).toEqual(['zoe', 'ada']);
    expect(ranked[0]!.reasons).toContainEqual({ kind: 'cross-department', department: 'Finance', text: 'From another department: Finance' });
    expect(ranked[1]!.components.crossDepartment).toBe(0);
  });

  it('never suggests the mentee, their manager chain or inactive mentors', () => {
    const mentors = [mentor('mentee'), mentor('boss'), mentor('bosses-boss'), mentor('asleep', { active: false }), mentor('peer')];
    expect(ids(rankMentors(request, mentee, mentors, { now: NOW }))).toEqual(['peer']);
    expect(mentors.map((m) => exclusionReason(mentee, m))).toEqual(['self', 'manager-chain', 'manager-chain', 'inactive', undefined]);
    expect(exclusionReason({ id: 'x' }, mentor('boss'))).toBeUndefined();
  });

  it('orders equal scores by display name, then id, whatever the input order', () => {
    const mentors = [mentor('m3', { displayName: 'bo' }), mentor('m2', { displayName: 'Al' }), mentor('m1', { displayName: 'Bo' }), mentor('m0', { displayName: 'Bo' })];
    const expected = ['m2', 'm0', 'm1', 'm3'];
    expect(ids(rankMentors(request, mentee, mentors, { now: NOW }))).toEqual(expected);
    expect(ids(rankMentors(request, mentee, [...mentors].reverse(), { now: NOW }))).toEqual(expected);
  });

  it('returns at most the limit', () => {
    expect(rankMentors(request, mentee, [mentor('a'), mentor('b'), mentor('c')], { now: NOW, limit: 2 })).toHaveLength(2);
  });
});
