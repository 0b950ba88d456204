// A fake DashboardPort for screen tests: a small program in memory (two weeks of sessions in two
// departments, two mentors, searches, one pilot), pilots started as the store would (once per key).
import type { DashboardData, StoredPilot } from '../../domain/dashboard-figures';
import { checkPilot } from '../../domain/pilot';
import type { InsightSession } from '../../domain/program-insight';
import type { DashboardPort } from './dashboard-ports';
import { FAKE_NOW } from './fake-tab-ports';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const session = (fields: Partial<InsightSession> & Pick<InsightSession, 'start'>): InsightSession => ({
  topic: 'public speaking',
  status: 'completed',
  // Only a held session has a result.
  ...(fields.status === undefined || fields.status === 'completed' ? { result: 'met' as const } : {}),
  requestedAt: fields.start - 2 * DAY,
  end: fields.start + HOUR,
  mentorId: 'mentor-1',
  menteeId: 'mentee-1',
  menteeDepartment: 'Sales',
  thankYouSent: true,
  followUpSuggested: false,
  ...fields,
});

/** A function, not a constant: fake-tab-ports imports this module (FAKE_NOW is not there yet at load). */
export const fakePilot = (): StoredPilot => ({
  key: 'pilot-1',
  itemId: '1',
  pilot: { name: 'Sales pilot', from: FAKE_NOW - 14 * DAY, to: FAKE_NOW + 14 * DAY, people: ['mentor-1', 'mentee-1'], goal: { sessions: 4, metOrPartly: 0.7 } },
});

/** FAKE_NOW is Monday 2 March 2026: one week of sessions before it, one the week before that. */
export function fakeDashboardData(): DashboardData {
  return {
    sessions: [
      session({ start: FAKE_NOW - 10 * DAY }),
      session({ start: FAKE_NOW - 9 * DAY, result: 'partly', thankYouSent: false }),
      session({ start: FAKE_NOW - 3 * DAY, topic: 'budgeting', mentorId: 'mentor-2', menteeId: 'mentee-2', menteeDepartment: 'Finance', result: 'not-yet', thankYouSent: false, followUpSuggested: true }),
      session({ start: FAKE_NOW - 2 * DAY, topic: 'budgeting', mentorId: 'mentor-2', menteeId: 'mentee-2', menteeDepartment: 'Finance', status: 'cancelled' }),
      session({ start: FAKE_NOW + 1 * DAY, status: 'scheduled' }),
    ],
    skipped: 2,
    skippedByField: { Status: 2 },
    searches: [
      { topic: 'budgeting', at: FAKE_NOW - 4 * DAY, foundFreeMentor: false },
      { topic: 'budgeting', at: FAKE_NOW - 4 * DAY, foundFreeMentor: false },
      { topic: 'public speaking', at: FAKE_NOW - 4 * DAY, foundFreeMentor: true },
    ],
    mentors: [
      { id: 'mentor-1', name: 'Daniel Okafor', topics: ['public speaking'], capacityPerWeek: 2, freeSlotsTwoWeeks: 4 },
      { id: 'mentor-2', name: 'Mei Tanaka', topics: ['budgeting'], capacityPerWeek: 1, freeSlotsTwoWeeks: 0 },
    ],
    pilots: [fakePilot()],
    flash: { useful: 3, rated: 4 },
  };
}

export function fakeDashboardPort(data: DashboardData = fakeDashboardData()): DashboardPort & { started: StoredPilot[] } {
  const started: StoredPilot[] = [];
  return {
    started,
    load: async () => ({ ...data, pilots: [...data.pilots, ...started] }),
    startPilot: async (pilot, key) => {
      const problem = checkPilot(pilot)[0];
      if (problem) return { kind: 'invalid', field: problem.field, message: problem.message };
      const found = started.find((p) => p.key === key);
      if (found) return { kind: 'started', pilot: found };
      const stored = { key, itemId: String(started.length + 2), pilot };
      started.push(stored);
      return { kind: 'started', pilot: stored };
    },
  };
}
