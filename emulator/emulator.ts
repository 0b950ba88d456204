// The emulator: authenticates, injects faults, logs, routes, batches. Mountable in any Node HTTP
// server (`npm start` mounts it in the workbench's, so the surfaces reach it on their own origin).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { MAX_BATCH_REQUESTS, innerTarget, isCalendarPath, parseBatch, runBatch } from './batch';
import { FaultBook, type FaultRule } from './faults';
import { GraphFault, graphError } from './graph-error';
import type { EmuRequest, EmuResponse, UserRow } from './http-types';
import { RequestLog } from './request-log';
import { Router } from './router';
import { registerAllRoutes } from './routes/register-all';
import { DEMO_SESSION } from './seed';
import { openStore, reseed, type Database } from './store';
import { TENANT_ID } from './teams-meeting';

export interface EmulatorOptions {
  dbPath: string;
  reset?: boolean;
  /** Seed a larger organisation with this many mentors (up to 5,000). */
  mentors?: number;
  /** Added to every Graph HTTP request, to model the network. */
  latencyMs?: number;
  /** The emulator's clock; tests pin it. */
  clock?: () => number;
}

const TOKEN_LIFETIME_S = 3600;
const MAILBOX_CONCURRENCY = 4;
export const MAX_MENTORS = 5000;

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, prefer, if-match, if-none-match, client-request-id, consistencylevel, sdkversion',
  'access-control-expose-headers': 'retry-after, etag, request-id, client-request-id, location',
};

export class Emulator {
  readonly db: Database;
  readonly faults = new FaultBook();
  readonly log = new RequestLog();
  private readonly router = new Router();
  private readonly options: EmulatorOptions;
  private readonly clock: () => number;
  private readonly calendarInFlight = new Map<string, number>();
  private latencyMs: number;

  constructor(options: EmulatorOptions) {
    if (options.mentors !== undefined && (!Number.isInteger(options.mentors) || options.mentors < 1 || options.mentors > MAX_MENTORS)) {
      throw new Error(`--mentors must be a whole number from 1 to ${MAX_MENTORS}.`);
    }
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.latencyMs = options.latencyMs ?? 0;
    this.db = openStore({ dbPath: options.dbPath, reset: options.reset, mentors: options.mentors, now: this.clock() });
    registerAllRoutes(this.router);
  }

  close(): void {
    this.db.close();
  }

  now(): number {
    return this.clock();
  }

  /** When the demo organisation was seeded (epoch ms): its calendars cover the 4 weeks after it. */
  seededAt(): number {
    return Number(this.meta('seededAt'));
  }

  /** Changes the latency added to every Graph request (benchmarks seed fast, then model the network). */
  setLatencyMs(ms: number): void {
    this.latencyMs = ms;
  }

  /** Node HTTP entry point. Answers `/v1.0/…` and `/_emulator/…`; returns false for other paths. */
  handles(url: string | undefined): boolean {
    return /^\/(v1\.0|beta|_emulator)(\/|$|\?)/i.test(url ?? '');
  }

  /** Answers one HTTP request and never rejects: a failure becomes a 500 with Graph's error body. */
  serve(req: IncomingMessage, res: ServerResponse): void {
    this.handle(req, res).catch((error: unknown) => {
      console.error('emulator: request failed', error);
      if (!res.headersSent) send(res, graphError(500, 'InternalServerError', 'The Graph emulator failed on this request.'));
      else res.end();
    });
  }

  async handle(req: IncomingMessage, res: ServerResponse, baseOrigin?: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const origin = baseOrigin ?? `http://${req.headers.host ?? 'localhost'}`;
    if (req.method === 'OPTIONS') return send(res, { status: 204 });
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return; // the client went away
    }
    if (url.pathname.startsWith('/_emulator')) return send(res, this.admin(req.method ?? 'GET', url.pathname, raw));

    const headers = lowerHeaders(req.headers);
    const started = performance.now();
    const seq = this.log.nextSeq();
    const method = (req.method ?? 'GET').toUpperCase();
    const user = this.authenticate(headers.authorization);
    // Parsed once: the concurrency count and the route both read it.
    const body = readJsonBody(raw, headers['content-type']);
    const calendarWeight = user instanceof GraphFault ? 0 : this.calendarWeight(url.pathname, method, body);
    const mailbox = user instanceof GraphFault ? '' : user.id;
    const inFlight = this.enterCalendar(mailbox, calendarWeight);
    let response: EmuResponse;
    let dropped = false;
    try {
      if (this.latencyMs) await sleep(this.latencyMs);
      response = await this.graphRequest({ method, url, headers, body, user, origin, seq, inFlight, onDrop: () => (dropped = true) });
    } finally {
      this.leaveCalendar(mailbox, calendarWeight);
    }
    this.log.add({
      seq,
      method,
      path: url.pathname,
      status: dropped ? 0 : response.status,
      startedMs: started,
      endedMs: performance.now(),
      ...(calendarWeight > 0 ? { calendarInFlight: inFlight } : {}),
    });
    if (dropped) {
      req.socket.destroy();
      return;
    }
    send(res, response);
  }

  private async graphRequest(input: {
    method: string;
    url: URL;
    headers: Record<string, string>;
    body: ParsedBody;
    user: UserRow | GraphFault;
    origin: string;
    seq: number;
    inFlight: number;
    onDrop: () => void;
  }): Promise<EmuResponse> {
    const { method, url, headers, user, origin, seq } = input;
    if (!/^\/v1\.0(\/|$)/i.test(url.pathname)) {
      return graphError(501, 'NotImplemented', `The emulator answers Graph v1.0 only; ${url.pathname} is outside it.`);
    }
    if (user instanceof GraphFault) return user.toResponse();
    if (!input.body.ok) {
      return graphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    }
    const body = input.body.value;
    const fault = this.faults.take(method, url.pathname);
    if (fault && !fault.afterCommit) return this.applyFault(fault, input.onDrop);
    if (input.inFlight > MAILBOX_CONCURRENCY) {
      return graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'retry-after': '1' });
    }
    const baseUrl = `${origin}/v1.0`;
    let response: EmuResponse;
    if (/^\/v1\.0\/\$batch$/i.test(url.pathname) && method === 'POST') {
      response = await this.batch(body, user, baseUrl, seq);
    } else {
      response = await this.dispatch(
        { method, path: rewriteMe(url.pathname, user.id), originalPath: url.pathname, query: url.searchParams, headers, body },
        user,
        baseUrl,
      );
    }
    if (fault) return this.applyFault(fault, input.onDrop);
    return response;
  }

  private async applyFault(fault: FaultRule, onDrop: () => void): Promise<EmuResponse> {
    if (fault.latencyMs) await sleep(fault.latencyMs);
    if (fault.dropConnection) {
      onDrop();
      return { status: 0 };
    }
    const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
    const [code, message] =
      fault.status === 429
        ? ['TooManyRequests', 'Too many requests. Please retry after the time given in the Retry-After header.']
        : fault.status === 503
          ? ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.']
          : ['GatewayTimeout', 'The gateway timed out waiting for the service.'];
    return graphError(fault.status, code, message, headers);
  }

  /** Runs one request (top-level or inside a batch) through the router. */
  async dispatch(req: EmuRequest, user: UserRow, baseUrl: string): Promise<EmuResponse> {
    const match = this.router.match(req.method, req.path);
    if (match === undefined) {
      return graphError(501, 'NotImplemented', `The emulator does not implement ${req.method} ${req.originalPath}.`);
    }
    if (match === 'method') {
      return graphError(405, 'Request_BadRequest', `The method ${req.method} is not allowed on ${req.originalPath}.`);
    }
    try {
      return await match.handler({ db: this.db, req, user, params: match.params, now: this.clock(), baseUrl });
    } catch (error) {
      if (error instanceof GraphFault) return error.toResponse();
      console.error(`emulator: ${req.method} ${req.originalPath} failed`, error);
      return graphError(500, 'InternalServerError', `The emulator failed on ${req.method} ${req.originalPath}: ${(error as Error).message}`);
    }
  }

  private async batch(body: unknown, user: UserRow, baseUrl: string, batchSeq: number): Promise<EmuResponse> {
    let requests;
    try {
      requests = parseBatch(body);
    } catch (error) {
      if (error instanceof GraphFault) return error.toResponse();
      throw error;
    }
    const responses = await runBatch(requests, async (inner, calendarInFlight) => {
      const { path, query } = innerTarget(inner.url);
      const started = performance.now();
      const seq = this.log.nextSeq();
      let response: EmuResponse;
      const fault = this.faults.take(inner.method, path);
      if (fault && !fault.afterCommit) {
        response = await this.applyFault({ ...fault, dropConnection: false }, () => undefined);
      } else if (/^\/v1\.0\/\$batch$/i.test(path)) {
        response = graphError(400, 'BadRequest', 'A $batch request may not contain another $batch.');
      } else {
        response = await this.dispatch(
          { method: inner.method, path: rewriteMe(path, user.id), originalPath: path, query, headers: inner.headers ?? {}, body: inner.body, batchId: String(batchSeq) },
          user,
          baseUrl,
        );
        if (fault) response = await this.applyFault({ ...fault, dropConnection: false }, () => undefined);
      }
      this.log.add({
        seq,
        method: inner.method,
        path,
        status: response.status,
        batchId: batchSeq,
        startedMs: started,
        endedMs: performance.now(),
        ...(calendarInFlight !== undefined ? { calendarInFlight } : {}),
      });
      return response;
    });
    return { status: 200, body: { responses } };
  }

  private authenticate(authorization: string | undefined): UserRow | GraphFault {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return new GraphFault(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const row = this.db.prepare('SELECT user_id, expires_at FROM tokens WHERE token = ?').get(token) as { user_id: string; expires_at: number } | undefined;
    if (!row) return new GraphFault(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    if (row.expires_at <= this.clock()) return new GraphFault(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    const user = this.db.prepare('SELECT * FROM users WHERE id = ?').get(row.user_id) as UserRow | undefined;
    return user ?? new GraphFault(401, 'InvalidAuthenticationToken', 'The user of this token no longer exists.');
  }

  /** How many Outlook requests this HTTP request holds in flight for its mailbox. */
  private calendarWeight(pathname: string, method: string, body: ParsedBody): number {
    if (/^\/v1\.0\/\$batch$/i.test(pathname) && method === 'POST') {
      const requests = body.ok ? (body.value as { requests?: unknown } | undefined)?.requests : undefined;
      if (!Array.isArray(requests)) return 0;
      const calendar = requests
        .slice(0, MAX_BATCH_REQUESTS)
        .filter((r: { url?: unknown } | null) => typeof r?.url === 'string' && isCalendarPath(innerTarget(r.url).path)).length;
      return Math.min(calendar, MAILBOX_CONCURRENCY);
    }
    return isCalendarPath(pathname) ? 1 : 0;
  }

  private enterCalendar(mailbox: string, weight: number): number {
    if (weight === 0) return 0;
    const next = (this.calendarInFlight.get(mailbox) ?? 0) + weight;
    this.calendarInFlight.set(mailbox, next);
    return next;
  }

  private leaveCalendar(mailbox: string, weight: number): void {
    if (weight === 0) return;
    this.calendarInFlight.set(mailbox, (this.calendarInFlight.get(mailbox) ?? weight) - weight);
  }

  // ---- /_emulator: development sign-in, faults, request log, reset -------------------------

  private admin(method: string, pathname: string, raw: Buffer): EmuResponse {
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      return adminError(400, 'BadRequest', 'The body is not valid JSON.');
    }
    const route = `${method.toUpperCase()} ${pathname.replace(/\/+$/, '')}`;
    switch (route) {
      case 'POST /_emulator/token':
        return this.issueToken(body);
      case 'GET /_emulator/personas':
        // What a local host needs to stand in for Teams: the people, the tenant, the demo meeting.
        return { status: 200, body: { value: this.personas(), tenantId: TENANT_ID, demoMeeting: { chatId: DEMO_SESSION.chatId, joinUrl: DEMO_SESSION.joinUrl } } };
      case 'GET /_emulator/faults':
        return { status: 200, body: { value: this.faults.list() } };
      case 'POST /_emulator/faults':
        try {
          return { status: 201, body: { value: this.faults.add(body) } };
        } catch (error) {
          return adminError(400, 'InvalidFault', (error as Error).message);
        }
      case 'DELETE /_emulator/faults':
        this.faults.clear();
        return { status: 204 };
      case 'GET /_emulator/requests':
        return { status: 200, body: { value: this.log.list() } };
      case 'DELETE /_emulator/requests':
        this.log.clear();
        return { status: 204 };
      case 'POST /_emulator/reset':
        reseed(this.db, { now: this.clock(), mentors: this.options.mentors });
        this.faults.clear();
        this.log.clear();
        return { status: 204 };
      case 'GET /_emulator/health':
        return { status: 200, body: { status: 'ok', seededAt: Number(this.meta('seededAt')), users: this.count('users') } };
      default:
        return adminError(404, 'NotFound', `The emulator has no ${method} ${pathname}. See GET /_emulator/personas, POST /_emulator/token, /_emulator/faults, /_emulator/requests.`);
    }
  }

  private issueToken(body: unknown): EmuResponse {
    const who = (body as { user?: unknown } | undefined)?.user;
    if (typeof who !== 'string' || who.trim() === '') {
      return adminError(400, 'BadRequest', 'Send {"user": "mentee" | "mentor" | "manager" | "<userPrincipalName>"}.');
    }
    const user = this.db.prepare('SELECT id FROM users WHERE persona = ? OR upn = ? OR id = ?').get(who, who, who) as { id: string } | undefined;
    if (!user) return adminError(400, 'UnknownUser', `No demo user is called "${who}". Use mentee, mentor, manager or a userPrincipalName from /v1.0/users.`);
    const token = `emu.${randomBytes(24).toString('base64url')}`;
    this.db.prepare('INSERT INTO tokens (token, user_id, expires_at) VALUES (?, ?, ?)').run(token, user.id, this.clock() + TOKEN_LIFETIME_S * 1000);
    return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S } };
  }

  personas(): { role: string; id: string; displayName: string; userPrincipalName: string }[] {
    const rows = this.db.prepare("SELECT persona, id, display_name, upn FROM users WHERE persona IS NOT NULL ORDER BY CASE persona WHEN 'mentee' THEN 1 WHEN 'mentor' THEN 2 ELSE 3 END").all() as {
      persona: string;
      id: string;
      display_name: string;
      upn: string;
    }[];
    return rows.map((r) => ({ role: r.persona, id: r.id, displayName: r.display_name, userPrincipalName: r.upn }));
  }

  private meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private count(table: string): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
}

/** `/v1.0/me/…` is `/v1.0/users/{signed-in id}/…`; routes are written once, for users. */
export function rewriteMe(pathname: string, userId: string): string {
  return pathname.replace(/^\/v1\.0\/me(?=\/|$)/i, `/v1.0/users/${encodeURIComponent(userId)}`);
}

function adminError(status: number, code: string, message: string): EmuResponse {
  return { status, body: { error: { code, message } } };
}

function send(res: ServerResponse, response: EmuResponse): void {
  const headers: Record<string, string> = { ...CORS_HEADERS, ...(response.headers ?? {}) };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(response.body)) {
    payload = response.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (response.body !== undefined && response.status !== 204) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
  }
  if (payload) headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

function readJsonBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  try {
    return { ok: true, value: parseJson(raw, contentType) };
  } catch {
    return { ok: false };
  }
}

function parseJson(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType && !/json/i.test(contentType)) return raw;
  return JSON.parse(raw.toString('utf8'));
}

function lowerHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
