// The emulator: composes Graph's edges (limits, sign-in, faults, Outlook's mailbox throttling, the
// request log), the router and $batch. Mountable in any Node HTTP server (`npm start` mounts it in the
// workbench's, so the surfaces reach it on their own origin). Each concern lives in its own module:
// request-limits (what is refused), http-io (bytes in and out), tokens, faults, mailbox-throttle,
// batch-runner, admin-routes (/_emulator).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { adminRoute, foreignOriginRefusal, type AdminDeps } from './admin-routes';
import { isBatchRequest } from './batch';
import { serveBatch } from './batch-runner';
import { FaultBook, faultResponse } from './faults';
import { GraphFault, graphError } from './graph-error';
import { lowerHeaders, parseJsonBody, readBody, send, type ParsedBody } from './http-io';
import type { EmuRequest, EmuResponse, UserRow } from './http-types';
import { MailboxThrottle } from './mailbox-throttle';
import { RequestLog } from './request-log';
import { MAX_REQUEST_BYTES, bodyTooLarge, unsupportedMediaType, urlTooLong } from './request-limits';
import { Router, rewriteMe } from './router';
import { registerAllRoutes } from './routes/register-all';
import { DEMO_SESSION } from './seed';
import { seededDemoMeeting } from './seed-demo-meeting';
import type { ProgramSiteLists } from './program-site-lists';
import { openStore, reseed, type Database } from './store';
import { TENANT_ID } from './teams-meeting';
import { Tokens } from './tokens';

export interface EmulatorOptions {
  dbPath: string;
  reset?: boolean;
  /** Seed a larger organisation with this many mentors (up to 5,000). */
  mentors?: number;
  /** Added to every Graph HTTP request, to model the network. */
  latencyMs?: number;
  /** The emulator's clock; tests pin it. */
  clock?: () => number;
  /** Host names besides loopback that may use /_emulator (the --host the developer opted into). */
  allowedHosts?: string[];
  /** Seed the live demo meeting too (the workbench does; see seed-demo-meeting.ts). */
  demoMeeting?: boolean;
  /** Past sessions seeded for the program dashboard (default 300; tests that count sessions pass 0). */
  historySessions?: number;
  /** The program site's lists, from the app's schema (program-site-lists.ts); without them the site has none. */
  programSite?: ProgramSiteLists;
  /** Start with the program site empty, for the app's set-up (`--empty-site`). */
  emptySite?: boolean;
}

export const MAX_MENTORS = 5000;

export class Emulator {
  readonly db: Database;
  readonly faults = new FaultBook();
  readonly log = new RequestLog();
  private readonly router = new Router();
  private readonly options: EmulatorOptions;
  private readonly clock: () => number;
  private readonly tokens: Tokens;
  private readonly mailboxes = new MailboxThrottle();
  private readonly admin: AdminDeps;
  private latencyMs: number;

  constructor(options: EmulatorOptions) {
    if (options.mentors !== undefined && (!Number.isInteger(options.mentors) || options.mentors < 1 || options.mentors > MAX_MENTORS)) {
      throw new Error(`--mentors must be a whole number from 1 to ${MAX_MENTORS}.`);
    }
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.latencyMs = options.latencyMs ?? 0;
    this.db = openStore({ dbPath: options.dbPath, reset: options.reset, ...this.seedOptions(), now: this.clock() });
    this.tokens = new Tokens(this.db, this.clock);
    registerAllRoutes(this.router);
    this.admin = {
      tokens: this.tokens,
      faults: this.faults,
      log: this.log,
      personas: () => ({ value: this.personas(), tenantId: TENANT_ID, demoMeeting: seededDemoMeeting(this.db) ?? { chatId: DEMO_SESSION.chatId, joinUrl: DEMO_SESSION.joinUrl } }),
      health: () => ({ status: 'ok', seededAt: this.seededAt(), users: this.count('users') }),
      reset: () => {
        reseed(this.db, { now: this.clock(), ...this.seedOptions() });
        this.faults.clear();
        this.log.clear();
      },
    };
  }

  close(): void {
    this.db.close();
  }

  private seedOptions() {
    const { mentors, demoMeeting, historySessions, programSite, emptySite } = this.options;
    return { mentors, demoMeeting, historySessions, programSite, emptySite };
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
      if (!res.headersSent) send(res, graphError(500, 'InternalServerError', 'The Graph emulator failed on this request.'), { cors: !isAdminPath(req.url ?? '') });
      else res.end();
    });
  }

  async handle(req: IncomingMessage, res: ServerResponse, baseOrigin?: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = lowerHeaders(req.headers);
    if (isAdminPath(url.pathname)) return this.handleAdmin(req, res, method, url.pathname, headers);
    if (method === 'OPTIONS') return send(res, { status: 204 }, { cors: true });

    const origin = baseOrigin ?? `http://${req.headers.host ?? 'localhost'}`;
    const started = performance.now();
    const seq = this.log.nextSeq();
    const answer = (response: EmuResponse, calendarInFlight?: number) => {
      const dropped = response.status === 0;
      this.log.add({ seq, method, path: url.pathname, status: response.status, startedMs: started, endedMs: performance.now(), ...(calendarInFlight !== undefined ? { calendarInFlight } : {}) });
      if (dropped) req.socket.destroy();
      else send(res, response, { cors: true });
    };

    // Refused before the body is read: a URL over Graph's length, a body that is not JSON.
    const refusal = urlTooLong(req.url ?? '') ?? unsupportedMediaType(headers['content-type'], declaresBody(headers));
    if (refusal) return answer(refusal);
    const read = await readBody(req, MAX_REQUEST_BYTES);
    if (read.kind === 'gone') return; // the client went away
    if (read.kind === 'too-large') return answer(bodyTooLarge());

    const user = this.tokens.authenticate(headers.authorization);
    // Parsed once: the mailbox count and the route both read it.
    const body = parseJsonBody(read.raw);
    const calendarWeight = user instanceof GraphFault || !body.ok ? 0 : this.mailboxes.weight(url.pathname, method, body.value);
    const mailbox = user instanceof GraphFault ? '' : user.id;
    const inFlight = this.mailboxes.enter(mailbox, calendarWeight);
    let response: EmuResponse;
    try {
      if (this.latencyMs) await sleep(this.latencyMs);
      response = await this.graphRequest({ method, url, headers, body, user, origin, seq, inFlight });
    } finally {
      this.mailboxes.leave(mailbox, calendarWeight);
    }
    answer(response, calendarWeight > 0 ? inFlight : undefined);
  }

  private async handleAdmin(req: IncomingMessage, res: ServerResponse, method: string, pathname: string, headers: Record<string, string>): Promise<void> {
    const refusal = foreignOriginRefusal(headers, this.options.allowedHosts);
    if (refusal) return send(res, refusal, { cors: false });
    if (method === 'OPTIONS') return send(res, { status: 204 }, { cors: false });
    const read = await readBody(req, MAX_REQUEST_BYTES);
    if (read.kind === 'gone') return;
    send(res, read.kind === 'too-large' ? bodyTooLarge() : adminRoute(method, pathname, read.raw, this.admin), { cors: false });
  }

  /** One Graph request past the limits: sign-in, JSON, faults, mailbox throttling, then $batch or the router. Status 0 drops the connection. */
  private async graphRequest(input: {
    method: string;
    url: URL;
    headers: Record<string, string>;
    body: ParsedBody;
    user: UserRow | GraphFault;
    origin: string;
    seq: number;
    inFlight: number;
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
    if (fault && !fault.afterCommit) return faultResponse(fault);
    const throttled = this.mailboxes.refusal(input.inFlight);
    if (throttled) return throttled;
    const baseUrl = `${origin}/v1.0`;
    const response = isBatchRequest(method, url.pathname)
      ? await serveBatch(body, user, baseUrl, seq, { faults: this.faults, log: this.log, dispatch: (r, u, b) => this.dispatch(r, u, b) })
      : await this.dispatch({ method, path: rewriteMe(url.pathname, user.id), originalPath: url.pathname, query: url.searchParams, headers, body }, user, baseUrl);
    return fault ? faultResponse(fault) : response;
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

function isAdminPath(path: string): boolean {
  return /^\/_emulator(\/|$|\?)/i.test(path);
}

function declaresBody(headers: Record<string, string>): boolean {
  return Number(headers['content-length'] ?? '0') > 0 || headers['transfer-encoding'] !== undefined;
}
