// Mentors' free/busy from their Outlook calendars: getSchedule for at most 20 people a request,
// 20 requests a $batch, one batch at a time (Graph runs 4 Outlook requests of a batch at once, and
// Outlook allows 4 per mailbox: more in flight would only be throttled), windows under 62 days.
import type { ScheduleInformation, ScheduleItem } from '@microsoft/microsoft-graph-types';
import type { BusyBlock, FreeBusyStatus, WorkingHours } from '../domain/free-slots';
import type { DayOfWeek } from '../domain/working-hours';
import { GatewayError, retryAfterMs, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { ianaFromOutlookZone } from './windows-zones';

export const SCHEDULES_PER_REQUEST = 20;
export const REQUESTS_PER_BATCH = 20;
/** Graph needs windows under 62 days; 61 leaves room for zone offsets. */
const MAX_WINDOW_MS = 61 * 86_400_000;
const MAX_THROTTLE_ROUNDS = 3;

export interface AvailabilityQuery {
  /** Mentors' email addresses (userPrincipalName works too). */
  emails: readonly string[];
  start: number;
  end: number;
  /** Resolution of Graph's availabilityView, 5–1440 minutes. */
  intervalMinutes?: number;
  /** Called as batches complete, for progress on large searches. */
  onProgress?: (done: number, total: number) => void;
  /** Called as each batch completes with the people it answered for, so screens fill in batch by batch. */
  onReadings?: (readings: PersonAvailability[]) => void;
}

export interface PersonAvailability {
  email: string;
  busy: BusyBlock[];
  workingHours?: WorkingHours;
  /** Set when Outlook could not give this person's calendar (unknown address, no access). */
  problem?: string;
}

export interface ScheduleRequest {
  id: string;
  emails: string[];
  start: number;
  end: number;
}

interface BatchResponse {
  responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

const STATUSES: Record<string, FreeBusyStatus> = { free: 'free', tentative: 'tentative', busy: 'busy', oof: 'oof', workingElsewhere: 'workingElsewhere' };

/** Graph's dateTime in UTC (we ask for UTC with Prefer) as epoch ms. */
function utcMs(dateTime: string | null | undefined): number {
  return Date.parse(`${(dateTime ?? '').slice(0, 23)}Z`);
}

function toBusy(item: ScheduleItem): BusyBlock | undefined {
  const start = utcMs(item.start?.dateTime);
  const end = utcMs(item.end?.dateTime);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return undefined;
  return { start, end, status: STATUSES[item.status ?? ''] ?? 'unknown' };
}

function toWorkingHours(info: ScheduleInformation): WorkingHours | undefined {
  const hours = info.workingHours;
  if (!hours?.startTime || !hours.endTime || !hours.daysOfWeek?.length) return undefined;
  const zone = ianaFromOutlookZone(hours.timeZone?.name) ?? 'UTC';
  return { days: hours.daysOfWeek as DayOfWeek[], start: hours.startTime.slice(0, 5), end: hours.endTime.slice(0, 5), zone };
}

function plan(query: AvailabilityQuery): ScheduleRequest[] {
  const requests: ScheduleRequest[] = [];
  const unique = [...new Set(query.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  for (let from = query.start; from < query.end; from += MAX_WINDOW_MS) {
    const to = Math.min(query.end, from + MAX_WINDOW_MS);
    for (let i = 0; i < unique.length; i += SCHEDULES_PER_REQUEST) {
      requests.push({ id: String(requests.length + 1), emails: unique.slice(i, i + SCHEDULES_PER_REQUEST), start: from, end: to });
    }
  }
  return requests;
}

/** One getSchedule as an inner request of a $batch (other gateway reads may share the batch). */
export function scheduleRequest(r: ScheduleRequest, interval: number) {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/Z$/, '');
  return {
    id: r.id,
    method: 'POST',
    url: '/me/calendar/getSchedule',
    headers: { 'Content-Type': 'application/json', Prefer: 'outlook.timezone="UTC"' },
    body: { schedules: r.emails, startTime: { dateTime: iso(r.start), timeZone: 'UTC' }, endTime: { dateTime: iso(r.end), timeZone: 'UTC' }, availabilityViewInterval: interval },
  };
}

export async function getAvailability(
  graph: GraphConnection,
  query: AvailabilityQuery,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Map<string, PersonAvailability>> {
  if (!(query.end > query.start)) throw new GatewayError('invalid', 'The search window must end after it starts.');
  const interval = query.intervalMinutes ?? 30;
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) throw new GatewayError('invalid', 'The availability interval must be 5 to 1,440 minutes.');
  const result = new Map<string, PersonAvailability>();
  let pending = plan(query);
  const total = pending.length;
  let done = 0;
  for (let round = 0; pending.length > 0; round++) {
    const throttled: ScheduleRequest[] = [];
    let longestWait = 0;
    for (let i = 0; i < pending.length; i += REQUESTS_PER_BATCH) {
      const chunk = pending.slice(i, i + REQUESTS_PER_BATCH);
      let batch: BatchResponse;
      try {
        batch = (await graph.client.api('/$batch').post({ requests: chunk.map((r) => scheduleRequest(r, interval)) })) as BatchResponse;
      } catch (error) {
        throw toGatewayError(error, "reading mentors' calendars");
      }
      const answered = new Set<string>();
      for (const response of batch.responses) {
        const request = chunk.find((r) => r.id === response.id);
        if (!request) continue;
        if (response.status === 429 || response.status === 503) {
          throttled.push(request);
          longestWait = Math.max(longestWait, retryAfterMs(response.headers?.['Retry-After'] ?? response.headers?.['retry-after']) ?? 1000);
          continue;
        }
        done++;
        for (const email of request.emails) answered.add(email);
        if (response.status >= 400) {
          const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message ?? `error ${response.status}`;
          for (const email of request.emails) mergeInto(result, { email, busy: [], problem: `Outlook could not share this calendar (${message}).` });
          continue;
        }
        readSchedules(response.body, result);
      }
      query.onProgress?.(done, total);
      if (query.onReadings && answered.size > 0) {
        query.onReadings([...answered].map((email) => result.get(email) ?? { email, busy: [], problem: 'Outlook did not return this calendar.' }));
      }
    }
    if (throttled.length === 0) break;
    if (round + 1 >= MAX_THROTTLE_ROUNDS) {
      throw new GatewayError('throttled', `Outlook is busy and did not share ${throttled.length * SCHEDULES_PER_REQUEST} mentors' calendars. Try again in a minute.`, 429, undefined, longestWait);
    }
    await wait(longestWait);
    pending = throttled;
  }
  return result;
}

/** A getSchedule answer's people, added to `result`. */
export function readSchedules(body: unknown, result: Map<string, PersonAvailability>): void {
  for (const info of (body as { value?: ScheduleInformation[] } | undefined)?.value ?? []) {
    const email = (info.scheduleId ?? '').toLowerCase();
    if (info.error) {
      mergeInto(result, { email, busy: [], problem: info.error.message ?? 'Outlook could not find this calendar.' });
      continue;
    }
    const busy = (info.scheduleItems ?? []).map(toBusy).filter((b): b is BusyBlock => b !== undefined);
    mergeInto(result, { email, busy, workingHours: toWorkingHours(info) });
  }
}

/** Windows of one person from several requests (long searches) add up. */
function mergeInto(result: Map<string, PersonAvailability>, next: PersonAvailability): void {
  const existing = result.get(next.email);
  if (!existing) {
    result.set(next.email, next);
    return;
  }
  existing.busy.push(...next.busy);
  existing.workingHours ??= next.workingHours;
  existing.problem ??= next.problem;
}
