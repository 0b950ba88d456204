import {
  demandAndSupply,
  filterSessions,
  medianRequestToSession,
  mentorLoads,
  outcomes,
  readableRows,
  resultsPerTopic,
  sessionsPerWeek,
  weekStatusOf,
  type InsightSession,
} from './program-insight';

const H = 3_600_000;
const D = 24 * H;
// Monday 2 March 2026, 09:00 UTC.
const MONDAY = Date.parse('2026-03-02T09:00:00Z');
const NOW = MONDAY + 3 * D;

let n = 0;
function session(patch: Partial<InsightSession> = {}): InsightSession {
  n += 1;
  const start = patch.start ?? MONDAY + D;
  return {
    topic: 'Negotiation',
    status: 'completed',
    result: 'met',
    requestedAt: start - 2 * D,
    start,
    end: start + H,
    mentorId: 'mentor-1',
    menteeId: `mentee-${n}`,
    menteeDepartment: 'Sales',
    thankYouSent: false,
    followUpSuggested: false,
    ...patch,
  };
}

describe('an empty program', () => {
  it('gives empty tables and no median, and never divides by zero', () => {
    expect(sessionsPerWeek([], 'Europe/London', NOW)).toEqual([]);
    expect(resultsPerTopic([])).toEqual([]);
    expect(medianRequestToSession([])).toBeUndefined();
    expect(outcomes([], NOW)).toEqual({ held: 0, followUpsSuggested: 0, sequencesStarted: 0, sequencesCompleted: 0 });
    expect(demandAndSupply([], [], [])).toEqual([]);
    expect(mentorLoads([], [], 'Europe/London', NOW)).toEqual([]);
  });
});

describe('rows edited by hand', () => {
  it('are skipped and counted per column, the rest aggregated', () => {
    const { sessions, skipped, skippedByField } = readableRows([session(), { skipped: true, field: 'Status' }, { skipped: true, field: 'Status' }, { skipped: true, field: 'Start' }]);
    expect(sessions).toHaveLength(1);
    expect(skipped).toBe(3);
    expect(skippedByField).toEqual({ Status: 2, Start: 1 });
  });
});

describe('status on the dashboard', () => {
  it('reads the booking saga and the clock as a person would', () => {
    expect(weekStatusOf({ status: 'checklist-posted', end: NOW + H }, NOW)).toBe('requested');
    expect(weekStatusOf({ status: 'scheduled', end: NOW + H }, NOW)).toBe('scheduled');
    expect(weekStatusOf({ status: 'scheduled', end: NOW - H }, NOW)).toBe('no-result');
    expect(weekStatusOf({ status: 'completed', end: NOW - H }, NOW)).toBe('no-result');
    expect(weekStatusOf({ status: 'completed', result: 'partly', end: NOW - H }, NOW)).toBe('held');
    expect(weekStatusOf({ status: 'cancelled', end: NOW + H }, NOW)).toBe('cancelled');
  });
});

describe('sessions per week', () => {
  it("starts weeks on Monday in the program's zone, not in UTC", () => {
    // Sunday 8 March 23:30 in London is still that week in London; in Tokyo it is Monday 9 March.
    const lateSunday = Date.parse('2026-03-08T23:30:00Z');
    const rows = [session({ start: lateSunday }), session({ start: MONDAY })];
    expect(sessionsPerWeek(rows, 'Europe/London', NOW).map((w) => [new Date(w.weekStart).toISOString(), w.counts.held])).toEqual([['2026-03-02T00:00:00.000Z', 2]]);
    expect(sessionsPerWeek(rows, 'Asia/Tokyo', NOW).map((w) => [new Date(w.weekStart).toISOString(), w.counts.held])).toEqual([
      ['2026-03-01T15:00:00.000Z', 1],
      ['2026-03-08T15:00:00.000Z', 1],
    ]);
  });

  it('counts each status of the week', () => {
    const rows = [session({ status: 'cancelled' }), session({ status: 'scheduled', start: NOW + H, end: NOW + 2 * H }), session({ status: 'completed', result: undefined }), session()];
    expect(sessionsPerWeek(rows, 'UTC', NOW)[0]!.counts).toEqual({ requested: 0, scheduled: 1, held: 1, cancelled: 1, 'no-result': 1 });
  });
});

describe('results, waits and outcomes', () => {
  it('groups results by topic whatever its case, most results first', () => {
    const rows = [session({ topic: 'Pricing', result: 'not-yet' }), session({ topic: 'negotiation ', result: 'partly' }), session(), session({ status: 'scheduled', result: undefined })];
    expect(resultsPerTopic(rows)).toEqual([
      { topic: 'negotiation', met: 1, partly: 1, notYet: 0 },
      { topic: 'Pricing', met: 0, partly: 0, notYet: 1 },
    ]);
  });

  it('takes the median wait of booked and held sessions only', () => {
    const rows = [session({ requestedAt: MONDAY - D }), session({ requestedAt: MONDAY - 3 * D }), session({ status: 'cancelled', requestedAt: MONDAY - 30 * D })];
    expect(medianRequestToSession(rows)).toBe(3 * D);
    expect(medianRequestToSession([...rows, session({ requestedAt: MONDAY + D - H })])).toBe(2 * D);
  });

  it('counts the thank-you share of held sessions, follow-ups, and sequences held to the end', () => {
    const seq = (key: string, index: number, patch: Partial<InsightSession> = {}) => session({ sequence: { key, index, of: 2 }, ...patch });
    const rows = [session({ thankYouSent: true }), session({ followUpSuggested: true }), seq('a', 1), seq('a', 2), seq('b', 1), seq('b', 2, { status: 'cancelled' })];
    expect(outcomes(rows, NOW)).toEqual({ held: 5, thankYouShare: 1 / 5, followUpsSuggested: 1, sequencesStarted: 2, sequencesCompleted: 1 });
  });
});

describe('demand and supply per topic', () => {
  it('puts topics where asks outrun free slots first, with unmet searches counted and drafts not', () => {
    const rows = [session({ topic: 'Pricing' }), session({ topic: 'pricing' }), session({ topic: 'Pricing', status: 'draft' }), session()];
    const searches = [{ topic: 'Pricing', at: NOW, foundFreeMentor: false }, { topic: 'Negotiation', at: NOW, foundFreeMentor: true }];
    const mentors = [
      { id: 'm1', topics: ['Negotiation', 'negotiation'], capacityPerWeek: 2, freeSlotsTwoWeeks: 6 },
      { id: 'm2', topics: ['Pricing'], freeSlotsTwoWeeks: 1 },
    ];
    expect(demandAndSupply(rows, searches, mentors)).toEqual([
      { topic: 'Pricing', requests: 2, unmetSearches: 1, mentors: 1, weeklyCapacity: 1, freeSlotsTwoWeeks: 1, short: true },
      { topic: 'Negotiation', requests: 1, unmetSearches: 0, mentors: 1, weeklyCapacity: 2, freeSlotsTwoWeeks: 6, short: false },
    ]);
  });
});

describe('mentor load', () => {
  it("counts this week's sessions holding a place against each cap, busiest first", () => {
    const rows = [session({ mentorId: 'm1' }), session({ mentorId: 'm1', status: 'scheduled', start: NOW + H }), session({ mentorId: 'm1', status: 'cancelled' }), session({ mentorId: 'm2', start: MONDAY - 2 * D })];
    const mentors = [{ id: 'm2', topics: [], capacityPerWeek: 1, freeSlotsTwoWeeks: 0 }, { id: 'm1', topics: [], capacityPerWeek: 2, freeSlotsTwoWeeks: 0 }];
    expect(mentorLoads(rows, mentors, 'Europe/London', NOW)).toEqual([
      { mentorId: 'm1', thisWeek: 2, capacityPerWeek: 2, atCap: true },
      { mentorId: 'm2', thisWeek: 0, capacityPerWeek: 1, atCap: false },
    ]);
  });
});

describe('filters', () => {
  it('keep sessions in the range, department, topic and pilot people', () => {
    const a = session({ menteeId: 'p1', start: MONDAY });
    const b = session({ menteeDepartment: 'Finance', start: MONDAY + D });
    const c = session({ topic: 'Pricing', start: MONDAY + 2 * D });
    expect(filterSessions([a, b, c], { from: MONDAY + D, to: MONDAY + 2 * D })).toEqual([b]);
    expect(filterSessions([a, b, c], { department: 'Finance' })).toEqual([b]);
    expect(filterSessions([a, b, c], { topic: ' pricing' })).toEqual([c]);
    expect(filterSessions([a, b, c], { people: new Set(['p1']) })).toEqual([a]);
  });
});
