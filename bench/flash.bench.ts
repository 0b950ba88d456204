// Flash-mentoring events: planning an event of 300 mentees at 60 mentor tables over 6 rounds (the
// rotation, the random comparison and the plan's shape; flash.plan-300x60x6-ms), and how many Graph
// round trips publishing it costs against the emulator (flash.publish-round-trips: 60 table meetings
// created and their schedules sent in $batches; a $batch is one round trip).
import type { User } from '@microsoft/microsoft-graph-types';
import { performance } from 'node:perf_hooks';
import type { FlashParticipant } from '../src/domain/flash-participants';
import { planFlashEvent } from '../src/domain/flash-plan';
import type { FlashEventRecord } from '../src/domain/flash-record';
import { createFlashEvent, inviteParticipants, saveFlashEvent, type FlashLists } from '../src/graph/flash-event-store';
import { publishFlashEvent } from '../src/graph/flash-publish';
import { median, type Report } from '../scripts/bench';
import { startTestEmulator } from '../test/contract/harness';
import { PROGRAM_SITE, connectAs } from '../test/integration/gateway-harness';
import { flashEvent } from './rotation-event';

const RUNS = 7;
const ROUNDS = 6;
const LISTS: FlashLists = { siteId: PROGRAM_SITE.siteId, eventsList: 'FlashEvents', participantsList: 'FlashParticipants' };
const START = Date.parse('2030-01-15T13:00:00Z');

/** The rotation benchmark's seeded event as registered participants (a mentee's question and goal as their topics). */
function participants(users?: readonly User[]): FlashParticipant[] {
  const { mentees, mentors } = flashEvent(20_261_123, 300, 60);
  const person = (i: number, role: FlashParticipant['role'], topics: string[]): FlashParticipant => {
    const u = users?.[i];
    return { userId: u?.id ?? `${role}-${i}`, name: u?.displayName ?? `${role} ${i}`, email: u?.mail ?? `${role}${i}@contoso.example`, role, status: 'registered', topics, zone: ['Europe/London', 'America/New_York', 'Asia/Kolkata'][i % 3]! };
  };
  return [...mentors.map((m, i) => person(i, 'mentor', [...m.topics])), ...mentees.map((m, i) => person(mentors.length + i, 'mentee', [m.topic, ...(m.goal ? [m.goal] : [])]))];
}

function timePlan(): number {
  const people = participants();
  planFlashEvent({ rounds: ROUNDS }, people, 'bench');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    planFlashEvent({ rounds: ROUNDS }, people, 'bench');
    times.push(performance.now() - started);
  }
  return median(times);
}

async function publishRoundTrips(): Promise<{ trips: number; tables: number; ms: number }> {
  const emu = await startTestEmulator({ mentors: 400, clock: () => Date.parse('2030-01-01T00:00:00Z') });
  try {
    const res = await emu.fetch('/v1.0/users?$top=999&$select=id,displayName,mail', { user: 'manager' });
    const users = ((await res.json()) as { value: User[] }).value.filter((u) => u.mail);
    if (users.length < 360) throw new Error(`the bench needs 360 people, the organisation has ${users.length}`);
    const people = participants(users);
    const graph = connectAs(emu, 'manager');
    const record: FlashEventRecord = {
      itemId: '', key: 'flash-bench', organizerId: 'manager', status: 'open', title: 'Onboarding flash mentoring', start: START, zone: 'Europe/London',
      roundMinutes: 10, rounds: ROUNDS, breakMinutes: 2, topics: ['onboarding'], registrationCloses: START - 86_400_000, meetings: {},
    };
    const stored = await createFlashEvent(graph, LISTS, record);
    await inviteParticipants(graph, LISTS, record.key, people);
    await saveFlashEvent(graph, LISTS, stored, { ...stored.event, plan: planFlashEvent(record, people, record.key), status: 'planned' });
    emu.emulator.log.clear();
    const started = performance.now();
    const outcome = await publishFlashEvent(graph, LISTS, stored.event.itemId);
    const ms = performance.now() - started;
    const trips = emu.emulator.log.list().filter((r) => r.batchId === undefined);
    console.error(`bench: publishing ${outcome.tables} tables took ${ms.toFixed(0)} ms: ${trips.map((r) => `${r.method} ${r.path.slice(0, 40)}`).join('; ')}`);
    return { trips: trips.length, tables: outcome.tables, ms };
  } finally {
    await emu.close();
  }
}

export async function run(report: Report): Promise<void> {
  report({ name: 'flash.plan-300x60x6-ms', value: timePlan(), unit: 'ms', target: { max: 300 } });
  const publish = await publishRoundTrips();
  if (publish.tables !== 60) throw new Error(`the bench event should have 60 tables, it has ${publish.tables}`);
  report({ name: 'flash.publish-round-trips', value: publish.trips, unit: 'requests', target: { max: 10 } });
}
