// The emulator's own contract: sign-in, Graph's error bodies, faults, the request log, $batch
// limits and ordering, Outlook's concurrency limits, and a store that survives restarts.
import type { User } from '@microsoft/microsoft-graph-types';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { startTestEmulator, type TestEmulator } from './harness';

jest.setTimeout(30000);

interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } };
}

describe('sign-in and errors', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.close());

  it('answers 401 InvalidAuthenticationToken without a token or with a made-up one', async () => {
    const none = await emu.fetch('/v1.0/me');
    expect(none.status).toBe(401);
    const body = (await none.json()) as GraphErrorBody;
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await emu.fetch('/v1.0/me', { headers: { authorization: 'Bearer emu.not-a-real-token' } });
    expect(forged.status).toBe(401);
  });

  it('signs in the three personas and any userPrincipalName, and refuses unknown people', async () => {
    const personas = (await (await emu.fetch('/_emulator/personas')).json()) as { value: { role: string; displayName: string; userPrincipalName: string }[] };
    expect(personas.value.map((p) => p.role)).toEqual(['mentee', 'mentor', 'manager']);
    const res = await emu.fetch('/_emulator/token', { method: 'POST', body: JSON.stringify({ user: personas.value[1]!.userPrincipalName }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ access_token: expect.stringMatching(/^emu\./), token_type: 'Bearer', expires_in: 3600 });
    const unknown = await emu.fetch('/_emulator/token', { method: 'POST', body: JSON.stringify({ user: 'nobody@contoso.example' }) });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as GraphErrorBody).error.message).toContain('nobody@contoso.example');
  });

  it('answers 501 with a Graph error naming the path for anything not implemented', async () => {
    const res = await emu.fetch('/v1.0/me/drive/root/children', { user: 'mentee' });
    expect(res.status).toBe(501);
    const body = (await res.json()) as GraphErrorBody;
    expect(body.error.code).toBe('NotImplemented');
    expect(body.error.message).toContain('/v1.0/me/drive/root/children');
    expect((await emu.fetch('/beta/me', { user: 'mentee' })).status).toBe(501);
  });

  it('answers 404 with Graph’s error body outside /v1.0 and /_emulator', async () => {
    const res = await emu.fetch('/favicon.ico');
    expect(res.status).toBe(404);
    const body = (await res.json()) as GraphErrorBody;
    expect(body.error.code).toBe('NotFound');
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the real Graph client surfaces the error as a GraphError with status and code', async () => {
    const client = await emu.client('mentee');
    await expect(client.api('/me/drive').get()).rejects.toMatchObject({ statusCode: 501, code: 'NotImplemented' } satisfies Partial<GraphError>);
  });
});

describe('faults', () => {
  let emu: TestEmulator;
  beforeEach(async () => {
    emu = await startTestEmulator();
  });
  afterEach(() => emu.close());

  it('rejects a malformed rule with a sentence naming the field', async () => {
    const res = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ path: '^/v1\\.0/me$', status: 418, times: 1 }]) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GraphErrorBody).error.message).toBe('Fault rule 1: "status" must be 429, 503 or 504.');
  });

  it('throttles the next matching requests with Retry-After, then lets them through', async () => {
    await emu.faults([{ method: 'GET', path: '^/v1\\.0/me$', status: 429, retryAfterSeconds: 2, times: 2 }]);
    for (let i = 0; i < 2; i++) {
      const res = await emu.fetch('/v1.0/me', { user: 'mentee' });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(((await res.json()) as GraphErrorBody).error.code).toBe('TooManyRequests');
    }
    expect((await emu.fetch('/v1.0/me', { user: 'mentee' })).status).toBe(200);
  });

  it('the Graph client retries a 503 and gets the answer', async () => {
    await emu.faults([{ path: '^/v1\\.0/me$', status: 503, retryAfterSeconds: 0, times: 1 }]);
    const client = await emu.client('mentee', { retries: 2 });
    const me = (await client.api('/me').get()) as User;
    expect(me.displayName).toBe('Priya Natarajan');
    const log = await emu.requests();
    expect(log.filter((r) => r.path === '/v1.0/me').map((r) => r.status)).toEqual([503, 200]);
  });

  it('drops the connection when asked, and delays by latencyMs', async () => {
    await emu.faults([{ path: '^/v1\\.0/me$', status: 503, times: 1, dropConnection: true }]);
    await expect(emu.fetch('/v1.0/me', { user: 'mentee' })).rejects.toThrow();
    await emu.faults([{ path: '^/v1\\.0/me$', status: 504, times: 1, latencyMs: 150 }]);
    const started = Date.now();
    const res = await emu.fetch('/v1.0/me', { user: 'mentee' });
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('DELETE /_emulator/faults clears every rule', async () => {
    await emu.faults([{ path: '.*', status: 503, times: 100 }]);
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect((await emu.fetch('/v1.0/me', { user: 'mentee' })).status).toBe(200);
  });
});

describe('$batch', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.close());

  const batch = (requests: unknown[]) => emu.fetch('/v1.0/$batch', { method: 'POST', user: 'mentee', body: JSON.stringify({ requests }) });

  it('refuses more than 20 requests with a 400', async () => {
    const res = await batch(Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })));
    expect(res.status).toBe(400);
    expect(((await res.json()) as GraphErrorBody).error.message).toContain('at most 20');
  });

  it('answers each request on its own and gives 424 to dependants of a failure', async () => {
    const res = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me/drive' },
      { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
    ]);
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as { responses: { id: string; status: number; body: unknown }[] };
    const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
    expect(byId['1']?.status).toBe(200);
    expect((byId['1']?.body as User).displayName).toBe('Priya Natarajan');
    expect(byId['2']?.status).toBe(501);
    expect(byId['3']?.status).toBe(424);
  });

  it('logs the batch once and each inner request with its batch id', async () => {
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    await batch([
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: 'me' },
    ]);
    const log = await emu.requests();
    const outer = log.filter((r) => r.path === '/v1.0/$batch');
    expect(outer).toHaveLength(1);
    const inner = log.filter((r) => r.batchId !== undefined);
    expect(inner).toHaveLength(2);
    expect(new Set(inner.map((r) => r.path))).toEqual(new Set(['/v1.0/me']));
  });

  it('runs at most 4 calendar requests of one batch at once', async () => {
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    // Each calendar request is held for 80 ms by a fault, so overlap is visible in the log.
    await emu.faults([{ path: 'calendarView', status: 503, times: 8, latencyMs: 80 }]);
    const res = await batch(Array.from({ length: 8 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/me/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-02T00:00:00Z&n=${i}` })));
    expect(res.status).toBe(200);
    const calls = (await emu.requests()).filter((r) => r.batchId !== undefined);
    expect(calls).toHaveLength(8);
    // Each logs how many calendar requests of its batch were running as it started, itself included.
    expect(Math.max(...calls.map((c) => c.calendarInFlight ?? 0))).toBe(4);
    // Eight 80 ms requests, four at a time: two waves.
    const timed = calls as unknown as { startedMs: number; endedMs: number }[];
    expect(Math.max(...timed.map((c) => c.endedMs)) - Math.min(...timed.map((c) => c.startedMs))).toBeGreaterThanOrEqual(150);
  });
});

describe("Outlook's mailbox concurrency", () => {
  it('throttles a fifth calendar request in flight for one mailbox with 429', async () => {
    const emu = await startTestEmulator({ latencyMs: 150 });
    try {
      const url = '/v1.0/me/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-02T00:00:00Z';
      const statuses = await Promise.all(Array.from({ length: 5 }, () => emu.fetch(url, { user: 'mentee' }).then((r) => r.status)));
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      const log = await emu.requests();
      expect(Math.max(...log.map((r) => r.calendarInFlight ?? 0))).toBe(5);
    } finally {
      await emu.close();
    }
  });
});

describe('the store', () => {
  it('keeps data across a restart, and --reset brings back the seed', async () => {
    const first = await startTestEmulator();
    const dbPath = first.dbPath;
    const created = await first.fetch('/v1.0/me/events', {
      method: 'POST',
      user: 'mentee',
      body: JSON.stringify({ subject: 'Survives restarts', start: { dateTime: '2030-01-07T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2030-01-07T10:30:00', timeZone: 'UTC' } }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    await first.close({ keepStore: true });

    const second = await startTestEmulator({ dbPath });
    expect((await second.fetch(`/v1.0/me/events/${id}`, { user: 'mentee' })).status).toBe(200);
    await second.close({ keepStore: true });

    const { Emulator } = await import('../../emulator/emulator');
    new Emulator({ dbPath, reset: true }).close();
    const third = await startTestEmulator({ dbPath });
    expect((await third.fetch(`/v1.0/me/events/${id}`, { user: 'mentee' })).status).toBe(404);
    expect((await (await third.fetch('/_emulator/personas')).json()) as { value: unknown[] }).toMatchObject({ value: [{ role: 'mentee' }, { role: 'mentor' }, { role: 'manager' }] });
    await third.close();
  });
});
