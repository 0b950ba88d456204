// The emulator's free/busy speed, over real HTTP: one getSchedule for 20 mentors × 14 days, and a
// $batch of 20 of them (what the app's directory sends when it checks a page of mentors).
import { PROGRAM_SITE_LISTS } from '../scripts/program-site-lists';
import { MENTORS_LIST_ID } from '../emulator/seed-program-site';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulatorServer } from '../emulator/server';
import { median, type Report } from '../scripts/bench';

const RUNS = 40;
const WARM_UP = 5;
const DAY = 86_400_000;

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-bench-'));
  const now = Date.UTC(2026, 10, 23, 8);
  const { emulator, server, url } = await startEmulatorServer({ port: 0, dbPath: path.join(dir, 'graph.sqlite'), clock: () => now, programSite: PROGRAM_SITE_LISTS });
  try {
    const tokenRes = await fetch(`${url}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'mentee' }) });
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const mentors = (emulator.db.prepare("SELECT json_extract(fields, '$.MentorUpn') AS upn FROM list_items WHERE list_id = ? ORDER BY id LIMIT 20").all(MENTORS_LIST_ID) as { upn: string }[]).map((r) => r.upn);
    const body = {
      schedules: mentors,
      startTime: { dateTime: new Date(now).toISOString().slice(0, 19), timeZone: 'UTC' },
      endTime: { dateTime: new Date(now + 14 * DAY).toISOString().slice(0, 19), timeZone: 'UTC' },
      availabilityViewInterval: 30,
    };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const time = async (target: string, payload: unknown): Promise<number> => {
      const started = performance.now();
      const res = await fetch(`${url}${target}`, { method: 'POST', headers, body: JSON.stringify(payload) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
      return performance.now() - started;
    };
    const measure = async (target: string, payload: unknown): Promise<number> => {
      for (let i = 0; i < WARM_UP; i++) await time(target, payload);
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await time(target, payload));
      return median(runs);
    };

    report({ name: 'emulator.getSchedule.20x14d', value: await measure('/v1.0/me/calendar/getSchedule', body), unit: 'ms', target: { max: 20 } });
    const batch = {
      requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'POST', url: '/me/calendar/getSchedule', headers: { 'content-type': 'application/json' }, body })),
    };
    report({ name: 'emulator.batch.20x20x14d', value: await measure('/v1.0/$batch', batch), unit: 'ms', target: { max: 150 } });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
