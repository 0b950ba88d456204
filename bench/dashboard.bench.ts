// The program dashboard's aggregation over 10,000 sessions (the program size): every
// figure on the screen from the same rows, built from a seeded generator before timing starts.
import { performance } from 'node:perf_hooks';
import { demandAndSupply, medianRequestToSession, mentorLoads, outcomes, resultsPerTopic, sessionsPerWeek, type InsightMentor, type InsightSearch, type InsightSession } from '../src/domain/program-insight';
import { SESSION_RESULTS, type SessionStatus } from '../src/domain/session';
import { seededRandom } from '../src/domain/seeded-random';
import { median, type Report } from '../scripts/bench';
import { seedSessionHistory } from '../emulator/seed-session-history';
import { readInsightSessions } from '../src/graph/insight-store';
import { startTestEmulator } from '../test/contract/harness';
import { PROGRAM_SITE, connectAs } from '../test/integration/gateway-harness';

const SESSIONS = 10_000;
const MENTORS = 300;
const RUNS = 15;
const WARM_UP = 3;
const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T09:00:00Z');
const TOPICS = ['negotiation', 'public speaking', 'pricing', 'career pivot', 'data visualization', 'hiring', 'budgeting', 'stakeholders'];
const STATUSES: SessionStatus[] = ['completed', 'completed', 'completed', 'scheduled', 'cancelled', 'checklist-posted'];

function program() {
  const random = seededRandom(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sessions: InsightSession[] = Array.from({ length: SESSIONS }, (_, i) => {
    const start = NOW - Math.floor(random() * 365) * DAY + Math.floor(random() * 10) * 3_600_000;
    const status = pick(STATUSES);
    return {
      topic: pick(TOPICS),
      status,
      ...(status === 'completed' && random() < 0.8 ? { result: pick(SESSION_RESULTS) } : {}),
      requestedAt: start - Math.floor(random() * 14) * DAY,
      start,
      end: start + 45 * 60_000,
      mentorId: `mentor-${Math.floor(random() * MENTORS)}`,
      menteeId: `mentee-${i % 2_000}`,
      menteeDepartment: pick(['Sales', 'Finance', 'Marketing', 'Engineering']),
      thankYouSent: random() < 0.5,
      followUpSuggested: random() < 0.2,
      ...(i % 10 === 0 ? { sequence: { key: `seq-${Math.floor(i / 30)}`, index: (i / 10) % 3 + 1, of: 3 } } : {}),
    };
  });
  const searches: InsightSearch[] = Array.from({ length: 5_000 }, () => ({ topic: pick(TOPICS), at: NOW - Math.floor(random() * 90) * DAY, foundFreeMentor: random() < 0.7 }));
  const mentors: InsightMentor[] = Array.from({ length: MENTORS }, (_, i) => ({ id: `mentor-${i}`, topics: [pick(TOPICS), pick(TOPICS)], capacityPerWeek: 1 + (i % 3), freeSlotsTwoWeeks: Math.floor(random() * 12) }));
  return { sessions, searches, mentors };
}

export async function run(report: Report): Promise<void> {
  const { sessions, searches, mentors } = program();
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const t0 = performance.now();
    sessionsPerWeek(sessions, 'Europe/London', NOW);
    resultsPerTopic(sessions);
    medianRequestToSession(sessions);
    outcomes(sessions, NOW);
    demandAndSupply(sessions, searches, mentors);
    mentorLoads(sessions, mentors, 'Europe/London', NOW);
    if (i >= WARM_UP) times.push(performance.now() - t0);
  }
  report({ name: 'dashboard.10k-sessions-ms', value: median(times), unit: 'ms', target: { max: 100 } });

  // Loading them: a program site of 10,000 sessions in the emulator, read as the dashboard reads it.
  const emu = await startTestEmulator({ clock: () => NOW });
  try {
    seedSessionHistory(emu.emulator.db, { count: SESSIONS, now: NOW });
    const read = await readInsightSessions(connectAs(emu, 'manager'), PROGRAM_SITE);
    if (read.rows.length < SESSIONS) throw new Error(`read ${read.rows.length} sessions of ${SESSIONS}`);
    report({ name: 'dashboard.load-10k-round-trips', value: read.pages, unit: 'requests', target: { max: 3 } });
  } finally {
    await emu.close();
  }
}
