import { countRoundVerdicts, dashboardCsv, dashboardFigures, figureTables, slotsIn, supplyOverTwoWeeks, type DashboardData } from './dashboard-figures';
import type { InsightSession } from './program-insight';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 2, 8); // Monday 2 March 2026

const s = (fields: Partial<InsightSession> & Pick<InsightSession, 'start'>): InsightSession => ({
  topic: 'pricing',
  status: 'completed',
  result: 'met',
  requestedAt: fields.start - DAY,
  end: fields.start + HOUR,
  mentorId: 'm1',
  menteeId: 'e1',
  menteeDepartment: 'Sales',
  thankYouSent: true,
  followUpSuggested: false,
  ...fields,
});

function data(): DashboardData {
  return {
    sessions: [
      s({ start: NOW - 10 * DAY }),
      s({ start: NOW - 3 * DAY, menteeId: 'e2', menteeDepartment: 'Finance', result: 'partly', thankYouSent: false }),
      s({ start: NOW - 40 * DAY, topic: 'hiring', mentorId: 'm2', menteeId: 'e3' }),
      s({ start: NOW + DAY, status: 'scheduled' }),
    ],
    skipped: 1,
    skippedByField: { Status: 1 },
    searches: [
      { topic: 'hiring', at: NOW - 2 * DAY, foundFreeMentor: false },
      { topic: 'hiring', at: NOW - 2 * DAY, foundFreeMentor: false },
    ],
    mentors: [
      { id: 'm1', name: 'Ann', topics: ['pricing'], capacityPerWeek: 3, freeSlotsTwoWeeks: 4 },
      { id: 'm2', name: 'Bo', topics: ['hiring'], capacityPerWeek: 1, freeSlotsTwoWeeks: 0 },
    ],
    pilots: [{ key: 'p1', itemId: '1', pilot: { name: 'Finance pilot', from: NOW - 7 * DAY, to: NOW + 7 * DAY, people: ['e2', 'm9'], goal: { sessions: 2, metOrPartly: 0.5 } } }],
    flash: { useful: 2, rated: 3 },
  };
}

describe('dashboard figures', () => {
  it('counts the filtered sessions and flags a short topic with the mentors who could add it', () => {
    const f = dashboardFigures(data(), { from: NOW - 14 * DAY }, 'Europe/London', NOW);
    expect(f.sessionCount).toBe(3);
    const hiring = f.balance.find((b) => b.topic === 'hiring')!;
    expect(hiring).toMatchObject({ requests: 0, unmetSearches: 2, freeSlotsTwoWeeks: 0, short: true });
    // Ann has room and free slots and does not offer hiring yet.
    expect(hiring.couldAdd).toEqual(['Ann']);
    expect(f.balance.find((b) => b.topic === 'pricing')!.couldAdd).toEqual([]);
  });

  it('narrows to a department, a topic, or a pilot (its people and dates)', () => {
    expect(dashboardFigures(data(), { department: 'Finance' }, 'UTC', NOW).sessionCount).toBe(1);
    expect(dashboardFigures(data(), { topic: ' Hiring ' }, 'UTC', NOW).sessionCount).toBe(1);
    const pilot = dashboardFigures(data(), { pilot: 'p1' }, 'UTC', NOW);
    expect(pilot.sessionCount).toBe(1);
    expect(pilot.pilots).toHaveLength(1);
    expect(pilot.pilots[0]!.progress).toMatchObject({ sessions: 1, held: 1, metOrPartly: 1, sessionsGoalReached: false, resultGoalReached: true });
  });

  it('an empty program gives empty tables and dashes, never a crash', () => {
    const empty: DashboardData = { sessions: [], skipped: 0, skippedByField: {}, searches: [], mentors: [], pilots: [], flash: { useful: 0, rated: 0 } };
    const tables = figureTables(dashboardFigures(empty, {}, 'UTC', NOW), 'UTC');
    expect(tables.find((t) => t.id === 'weeks')!.rows).toEqual([]);
    expect(tables.find((t) => t.id === 'outcomes')!.rows).toContainEqual(['Median days from request to session', '—']);
  });

  it('writes one CSV with each table under its title, formula-looking cells made safe', () => {
    const d = data();
    d.mentors = [...d.mentors, { id: 'm3', name: '=HYPERLINK("x")', topics: [], freeSlotsTwoWeeks: 0 }];
    const tables = figureTables(dashboardFigures(d, {}, 'UTC', NOW), 'UTC');
    const csv = dashboardCsv(tables);
    expect(csv).toContain('Demand and supply per topic\r\nTopic,Requests,');
    expect(csv).toContain('\r\n\r\nMentor load this week\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('Sessions per week by status\r\nWeek starting,Requested,Scheduled,Held,Cancelled,No result\r\n2026-01-19,0,0,1,0,0\r\n');
  });

  it('free slots: as many sessions as fit in each free stretch, within two weeks of the weekly cap', () => {
    expect(slotsIn([{ start: 0, end: 2.5 * HOUR }, { start: 3 * HOUR, end: 3.5 * HOUR }], 60)).toBe(2);
    expect(slotsIn([{ start: 0, end: HOUR }], 0)).toBe(0);
    expect(supplyOverTwoWeeks(10, 2)).toBe(4);
    expect(supplyOverTwoWeeks(3, undefined)).toBe(3);
  });

  it('counts useful flash rounds over rated ones', () => {
    expect(countRoundVerdicts([{ 1: 'useful', 2: 'not-useful' }, undefined, { 1: 'useful' }])).toEqual({ useful: 2, rated: 3 });
  });
});
