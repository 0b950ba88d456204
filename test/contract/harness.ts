// Starts an emulator on a free port with a fresh store and gives tests the real Graph client.
import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator } from '../../emulator/emulator';
import { startEmulatorServer } from '../../emulator/server';
import type { Server } from 'node:http';
import { PROGRAM_SITE_LISTS } from '../../scripts/program-site-lists';

export interface TestEmulator {
  url: string;
  graphUrl: string;
  emulator: Emulator;
  dbPath: string;
  token(user: string): Promise<string>;
  /** The real Graph client, signed in as `user`; retries off unless asked for. */
  client(user: string, options?: { retries?: number }): Promise<Client>;
  /** Plain fetch against the emulator (for raw status and headers). */
  fetch(pathAndQuery: string, init?: RequestInit & { user?: string }): Promise<Response>;
  faults(rules: unknown[]): Promise<void>;
  requests(): Promise<{ method: string; path: string; status: number; batchId?: number; calendarInFlight?: number }[]>;
  close(options?: { keepStore?: boolean }): Promise<void>;
}

/** The Graph client attaches tokens only to https Graph hosts; the emulator is http, so we add it. */
class BearerToken implements Middleware {
  private next?: Middleware;
  constructor(private readonly token: string) {}
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${this.token}`);
    options.headers = Object.fromEntries(headers.entries());
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

export async function startTestEmulator(
  options: { mentors?: number; latencyMs?: number; clock?: () => number; dbPath?: string; historySessions?: number; emptySite?: boolean } = {},
): Promise<TestEmulator> {
  const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-'));
  const dbPath = options.dbPath ?? path.join(dir, 'graph.sqlite');
  const { emulator, server, url } = await startEmulatorServer({ port: 0, dbPath, mentors: options.mentors, latencyMs: options.latencyMs, clock: options.clock,
    // No program history unless a test asks: most tests count the sessions they wrote.
    historySessions: options.historySessions ?? 0,
    // The program site's lists are the app's schema; an empty site is what set-up starts from.
    programSite: PROGRAM_SITE_LISTS, emptySite: options.emptySite });
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    const cached = tokens.get(user);
    if (cached) return cached;
    const res = await fetch(`${url}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    if (!res.ok) throw new Error(`sign-in as ${user} failed: ${res.status} ${await res.text()}`);
    const t = ((await res.json()) as { access_token: string }).access_token;
    tokens.set(user, t);
    return t;
  };
  return {
    url,
    graphUrl: `${url}/v1.0`,
    emulator,
    dbPath,
    token,
    async client(user, clientOptions = {}) {
      const auth = new BearerToken(await token(user));
      const retry = new RetryHandler(new RetryHandlerOptions(0.01, clientOptions.retries ?? 0));
      const http = new HTTPMessageHandler();
      auth.setNext(retry);
      retry.setNext(http);
      return Client.initWithMiddleware({ middleware: auth, baseUrl: `${url}/`, defaultVersion: 'v1.0' });
    },
    async fetch(pathAndQuery, init = {}) {
      const headers = new Headers(init.headers);
      if (init.user) headers.set('authorization', `Bearer ${await token(init.user)}`);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${url}${pathAndQuery}`, { ...init, headers });
    },
    async faults(rules) {
      const res = await fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules) });
      if (res.status !== 201) throw new Error(`faults rejected: ${await res.text()}`);
    },
    async requests() {
      const res = await fetch(`${url}/_emulator/requests`);
      return ((await res.json()) as { value: never[] }).value;
    },
    async close({ keepStore } = {}) {
      // Keep-alive sockets from fetch would hold close() open; the test is done with them.
      (server as Server).closeAllConnections();
      await new Promise((resolve) => (server as Server).close(resolve));
      if (!keepStore) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The error a Graph call failed with; fails the test when the call succeeded. */
export async function graphError(promise: Promise<unknown>): Promise<{ statusCode: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { statusCode: number; code: string; message: string };
  }
  throw new Error('expected the Graph call to fail');
}
