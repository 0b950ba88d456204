// POST /v1.0/$batch: up to 20 inner requests, each answered on its own (status, headers, body);
// `dependsOn` orders them and a failed dependency gives 424. As in Outlook, at most 4 calendar
// requests of one batch run at once.
import { GraphFault, badRequest } from './graph-error';
import type { EmuRequest, EmuResponse } from './http-types';

export const MAX_BATCH_REQUESTS = 20;
const MAX_CALENDAR_PARALLEL = 4;

export interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface InnerResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function parseBatch(body: unknown): InnerRequest[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest('Invalid batch payload: the body needs a "requests" array.', 'BadRequest');
  if (requests.length === 0) throw badRequest('Invalid batch payload: "requests" is empty.', 'BadRequest');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`Invalid batch payload: a batch may contain at most ${MAX_BATCH_REQUESTS} requests, this one has ${requests.length}.`, 'BadRequest');
  }
  const ids = new Set<string>();
  const parsed = requests.map((raw, index): InnerRequest => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    if (!id) throw badRequest(`Invalid batch payload: request ${index + 1} has no "id".`);
    if (ids.has(id)) throw badRequest(`Invalid batch payload: the id "${id}" is used twice.`);
    ids.add(id);
    if (typeof r.method !== 'string' || typeof r.url !== 'string') throw badRequest(`Invalid batch payload: request "${id}" needs "method" and "url".`);
    const headers = normaliseHeaders(r.headers);
    if (r.body !== undefined && !headers['content-type']) {
      throw badRequest(`Invalid batch payload: request "${id}" has a body but no Content-Type header.`);
    }
    const dependsOn = readDependsOn(r.dependsOn, id);
    return { id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
  for (const r of parsed) {
    for (const dep of r.dependsOn ?? []) {
      if (dep === r.id) throw badRequest(`Invalid batch payload: request "${r.id}" depends on itself.`);
      if (!ids.has(dep)) throw badRequest(`Invalid batch payload: request "${r.id}" depends on "${dep}", which is not in the batch.`);
    }
  }
  const cycle = dependencyCycle(parsed);
  if (cycle) throw badRequest(`Invalid batch payload: requests ${cycle.map((id) => `"${id}"`).join(' → ')} depend on each other in a circle.`);
  return parsed;
}

/** `dependsOn` as ids: absent, or an array of the ids (strings, or numbers as ids may be) of other requests. */
function readDependsOn(raw: unknown, id: string): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || !raw.every((dep) => typeof dep === 'string' || typeof dep === 'number')) {
    throw badRequest(`Invalid batch payload: "dependsOn" of request "${id}" must be an array of request ids.`);
  }
  return raw.map(String);
}

/** A chain of ids that leads back to its start through `dependsOn`, or undefined; each request is visited once. */
function dependencyCycle(requests: InnerRequest[]): string[] | undefined {
  const byId = new Map(requests.map((r) => [r.id, r]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const r of requests) {
    const found = visit(r.id);
    if (found) return found;
  }
  return undefined;
}

/** Whether a path is Graph's $batch endpoint, whatever the method. */
export function isBatchPath(pathname: string): boolean {
  return /^\/v1\.0\/\$batch$/i.test(pathname);
}

export function isBatchRequest(method: string, pathname: string): boolean {
  return method.toUpperCase() === 'POST' && isBatchPath(pathname);
}

export function isCalendarPath(path: string): boolean {
  return /\/(calendar|calendars|events|calendarview|getschedule|findmeetingtimes)(\/|$)/i.test(path);
}

/** Splits an inner url (`/me/events?$top=1` or `me/events`) into path and query. */
export function innerTarget(url: string): { path: string; query: URLSearchParams } {
  const relative = url.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/?(v1\.0\/)?/i, '/');
  const q = relative.indexOf('?');
  const path = `/v1.0${q >= 0 ? relative.slice(0, q) : relative}`;
  return { path, query: new URLSearchParams(q >= 0 ? relative.slice(q + 1) : '') };
}

export async function runBatch(
  requests: InnerRequest[],
  run: (inner: InnerRequest, calendarInFlight: number | undefined) => Promise<EmuResponse>,
): Promise<InnerResponse[]> {
  const done = new Map<string, Promise<EmuResponse>>();
  let calendarRunning = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    while (calendarRunning >= MAX_CALENDAR_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
    calendarRunning += 1;
  };
  const release = () => {
    calendarRunning -= 1;
    waiting.shift()?.();
  };

  const start = (inner: InnerRequest): Promise<EmuResponse> => {
    const existing = done.get(inner.id);
    if (existing) return existing;
    const promise = (async (): Promise<EmuResponse> => {
      for (const dep of inner.dependsOn ?? []) {
        const depRequest = requests.find((r) => r.id === dep)!;
        const depResponse = await start(depRequest);
        if (depResponse.status >= 400) {
          return new GraphFault(424, 'FailedDependency', `The request depends on "${dep}", which failed with ${depResponse.status}.`).toResponse();
        }
      }
      const calendar = isCalendarPath(innerTarget(inner.url).path);
      if (calendar) await acquire();
      try {
        return await run(inner, calendar ? calendarRunning : undefined);
      } finally {
        if (calendar) release();
      }
    })();
    done.set(inner.id, promise);
    return promise;
  };

  const responses = await Promise.all(requests.map(start));
  return requests.map((inner, i) => {
    const response = responses[i]!;
    const out: InnerResponse = { id: inner.id, status: response.status };
    if (response.headers && Object.keys(response.headers).length > 0) out.headers = response.headers;
    if (response.body !== undefined) out.body = Buffer.isBuffer(response.body) ? response.body.toString('base64') : response.body;
    return out;
  });
}

function normaliseHeaders(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k.toLowerCase()] = String(v);
  }
  return out;
}

export type { EmuRequest };
