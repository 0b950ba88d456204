// Free-slot search speed: one mentee against 1,000 mentors over 14 days, as the directory does
// when a mentee filters by "has a slot in the next two weeks". Calendars are built from a seeded
// generator before timing starts, so every run measures the same work.
import { seededRandom } from '../src/domain/seeded-random';
import { performance } from 'node:perf_hooks';
import {
  freeSlots,
  menteeFreeTime,
  type BookedSession,
  type BusyBlock,
  type FreeBusyStatus,
  type Mentee,
  type Mentor,
  type SlotQuery,
} from '../src/domain/free-slots';
import type { DayOfWeek, WorkingHours } from '../src/domain/working-hours';
import { localDayOf, localWallTime, weekdayOfDay } from '../src/domain/zone-time';
import { median, type Report } from '../scripts/bench';

const MENTORS = 1_000;
const DAYS = 14;
const RUNS = 15;
const WARM_UP = 3;
const MINUTE = 60_000;
const DAY = 86_400_000;

const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Sydney'];
const WEEKDAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];


function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function status(random: () => number): FreeBusyStatus {
  const r = random();
  if (r < 0.72) return 'busy';
  if (r < 0.87) return 'tentative';
  if (r < 0.92) return 'oof';
  if (r < 0.96) return 'workingElsewhere';
  return 'free';
}

/** A calendar covering about `busyShare` of each working day with 30–120-minute meetings, plus the odd day off. */
function calendar(random: () => number, hours: WorkingHours, from: number, to: number, busyShare: number): BusyBlock[] {
  const blocks: BusyBlock[] = [];
  const [sh, sm] = hours.start.split(':').map(Number) as [number, number];
  const [eh, em] = hours.end.split(':').map(Number) as [number, number];
  const dayMinutes = eh * 60 + em - (sh * 60 + sm);
  for (let day = localDayOf(hours.zone, from); day <= localDayOf(hours.zone, to); day++) {
    if (weekdayOfDay(day) === 0 || weekdayOfDay(day) === 6) continue;
    const dayStart = localWallTime(hours.zone, day, sh * 60 + sm);
    if (random() < 0.04) {
      blocks.push({ start: dayStart, end: dayStart + dayMinutes * MINUTE, status: 'oof' });
      continue;
    }
    let busyMinutes = 0;
    let guard = 0;
    while (busyMinutes < busyShare * dayMinutes && guard++ < 40) {
      const length = 30 * (1 + Math.floor(random() * 4));
      const offset = 15 * Math.floor((random() * (dayMinutes - length)) / 15);
      blocks.push({ start: dayStart + offset * MINUTE, end: dayStart + (offset + length) * MINUTE, status: status(random) });
      busyMinutes += length;
    }
  }
  return blocks.sort((a, b) => a.start - b.start);
}

function workingHours(random: () => number, zone: string): WorkingHours {
  const start = pick(random, ['08:00', '08:30', '09:00', '09:00', '10:00']);
  const end = pick(random, ['16:30', '17:00', '17:00', '17:30', '18:00']);
  return { days: WEEKDAYS, start, end, zone };
}

export async function run(report: Report): Promise<void> {
  const random = seededRandom(20_260_323);
  const now = Date.UTC(2026, 2, 23, 7, 20); // Monday morning in Europe, so both weeks are in the window
  const from = now;
  const to = now + DAYS * DAY;
  const menteeHours: WorkingHours = { days: WEEKDAYS, start: '08:00', end: '18:00', zone: 'Europe/London' };
  const mentee: Mentee = { workingHours: menteeHours, busy: calendar(random, menteeHours, from, to, 0.4) };
  const mentors: Mentor[] = Array.from({ length: MENTORS }, () => {
    const hours = workingHours(random, pick(random, ZONES));
    const booked: BookedSession[] = Array.from({ length: Math.floor(random() * 5) }, () => ({
      start: now - 10 * DAY + Math.floor(random() * 24 * 4) * 15 * MINUTE + Math.floor(random() * 20) * DAY,
    }));
    return {
      workingHours: hours,
      busy: calendar(random, hours, from, to, 0.3 + random() * 0.3),
      caps: { perWeek: 2 + Math.floor(random() * 4), perMonth: 6 + Math.floor(random() * 8) },
      booked,
    };
  });
  const settings = { from, to, now, timeBox: 45, viewerZone: 'Europe/London', noticeMinutes: 12 * 60, bufferMinutes: 10 } as const;

  let slots = 0;
  const searchAll = (): number => {
    const started = performance.now();
    // Part of the timed work: a real search prepares the mentee once, then asks per mentor.
    const menteeFree = menteeFreeTime(mentee, from, to, settings.bufferMinutes);
    let count = 0;
    for (const mentor of mentors) {
      const query: SlotQuery = { ...settings, mentee: menteeFree, mentor };
      count += freeSlots(query).length;
    }
    const elapsed = performance.now() - started;
    slots = count;
    return elapsed;
  };

  for (let i = 0; i < WARM_UP; i++) searchAll();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(searchAll());
  if (slots === 0) throw new Error('The generated calendars left no free slot; the benchmark would measure nothing.');
  report({ name: 'slots.1000-mentors-14-days', value: median(runs), unit: 'ms', target: { max: 30 } });
  report({ name: 'slots.1000-mentors-14-days.slots-found', value: slots, unit: 'slots' });
}
