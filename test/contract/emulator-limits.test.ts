// The emulator at Graph's edges: bodies over 4 MB (413, refused before they are read whole), chat
// messages over Teams' ~28 KB (413), bodies that are not JSON (415), URLs over 2,048 characters,
// $batch dependsOn cycles and filters nested past the parser's bound (400) — each with Graph's
// error body, never a 500 or a hang. And /_emulator, which mints tokens, answers its own origin only.
import { request } from 'node:http';
import { DEMO_SESSION } from '../../emulator/seed';
import { startTestEmulator, type TestEmulator } from './harness';

jest.setTimeout(60_000);

interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } };
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

async function graphErrorOf(res: Response): Promise<GraphErrorBody['error'] & { status: number }> {
  const body = (await res.json()) as GraphErrorBody;
  expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  return { status: res.status, ...body.error };
}

const event = (extra: Record<string, unknown> = {}) => ({
  subject: 'Limits',
  start: { dateTime: '2030-02-04T10:00:00', timeZone: 'UTC' },
  end: { dateTime: '2030-02-04T10:30:00', timeZone: 'UTC' },
  ...extra,
});
const eventCount = () => emu.emulator.db.prepare("SELECT COUNT(*) FROM events WHERE subject = 'Limits'").pluck().get() as number;

describe('request bodies over 4 MB', () => {
  it('answers 413 with Graph’s error body, and stores nothing', async () => {
    const before = eventCount();
    const res = await emu.fetch('/v1.0/me/events', { method: 'POST', user: 'mentee', body: JSON.stringify(event({ body: { contentType: 'text', content: 'x'.repeat(4 * 1024 * 1024) } })) });
    expect(await graphErrorOf(res)).toMatchObject({ status: 413, code: 'RequestEntityTooLarge', message: expect.stringContaining('4 MB') });
    expect(eventCount()).toBe(before);
  });

  it('stops reading a body without a length as soon as it passes 4 MB', async () => {
    const token = await emu.token('mentee');
    const { port } = new URL(emu.url);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/v1.0/me/events', method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', () => undefined); // the emulator closes the connection once it has answered
      const write = () => {
        // A client that never stops: up to 64 MB unless the emulator answers first.
        while (sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      req.once('response', () => req.destroy());
      write();
      setTimeout(() => reject(new Error('no answer')), 50_000).unref();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  it('takes a body just under the limit', async () => {
    const res = await emu.fetch('/v1.0/me/events', { method: 'POST', user: 'mentee', body: JSON.stringify(event({ body: { contentType: 'text', content: 'x'.repeat(4 * 1024 * 1024 - 1024) } })) });
    expect(res.status).toBe(201);
  });
});

describe('chat messages over Teams’ size', () => {
  const post = (content: string, attachments?: unknown[]) =>
    emu.fetch(`/v1.0/chats/${encodeURIComponent(DEMO_SESSION.chatId)}/messages`, { method: 'POST', user: 'mentee', body: JSON.stringify({ body: { contentType: 'html', content }, ...(attachments ? { attachments } : {}) }) });
  const messageCount = () => emu.emulator.db.prepare('SELECT COUNT(*) FROM chat_messages').pluck().get() as number;

  it('answers 413 for more than 28 KB of text, and posts nothing', async () => {
    const before = messageCount();
    expect(await graphErrorOf(await post('x'.repeat(29 * 1024)))).toMatchObject({ status: 413, code: 'RequestEntityTooLarge', message: expect.stringContaining('28 KB') });
    expect(await graphErrorOf(await post('x'.repeat(10 * 1024 * 1024)))).toMatchObject({ status: 413 });
    expect(messageCount()).toBe(before);
  });

  it('counts a card with the text', async () => {
    const card = JSON.stringify({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'y'.repeat(20 * 1024) }] });
    const res = await post(`${'x'.repeat(10 * 1024)}<attachment id="c1"></attachment>`, [{ id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', content: card }]);
    expect((await graphErrorOf(res)).status).toBe(413);
  });

  it('posts a message of 27 KB', async () => {
    expect((await post('x'.repeat(27 * 1024))).status).toBe(201);
  });
});

describe('bodies that are not JSON', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'])('answers 415 to %s', async (contentType) => {
    const before = eventCount();
    const res = await emu.fetch('/v1.0/me/events', { method: 'POST', user: 'mentee', headers: { 'content-type': contentType }, body: JSON.stringify(event()) });
    expect(await graphErrorOf(res)).toMatchObject({ status: 415, code: 'UnsupportedMediaType', message: expect.stringContaining(contentType.split(';')[0]!) });
    expect(eventCount()).toBe(before);
  });

  it('takes JSON with a charset, and a bodiless request whatever its content type', async () => {
    const res = await emu.fetch('/v1.0/me/events', { method: 'POST', user: 'mentee', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(event()) });
    expect(res.status).toBe(201);
    expect((await emu.fetch('/v1.0/me', { user: 'mentee', headers: { 'content-type': 'text/plain' } })).status).toBe(200);
  });

  it('answers 415 to an inner request of a $batch that is not JSON', async () => {
    const res = await emu.fetch('/v1.0/$batch', {
      method: 'POST',
      user: 'mentee',
      body: JSON.stringify({ requests: [{ id: '1', method: 'POST', url: '/me/events', headers: { 'content-type': 'text/plain' }, body: event() }] }),
    });
    const { responses } = (await res.json()) as { responses: { id: string; status: number; body: GraphErrorBody }[] };
    expect(responses[0]).toMatchObject({ status: 415, body: { error: { code: 'UnsupportedMediaType' } } });
  });
});

describe('URLs over 2,048 characters', () => {
  const users = (length: number) => {
    const prefix = '/v1.0/users?$top=1&$select=id&padding=';
    const target = `${prefix}${'a'.repeat(length - 'https://graph.microsoft.com'.length - prefix.length)}`;
    expect(`https://graph.microsoft.com${target}`).toHaveLength(length);
    return emu.fetch(target, { user: 'mentee' });
  };

  it('answers 400 with Graph’s error body past 2,048', async () => {
    expect(await graphErrorOf(await users(2049))).toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringContaining('2,048') });
    // Past Node's 16 KB of request line and headers, the server itself answers, with the same body.
    expect((await graphErrorOf(await users(100_000))).status).toBe(400);
  });

  it('answers a URL of 2,048 characters', async () => {
    expect((await users(2048)).status).toBe(200);
  });
});

describe('$batch dependsOn', () => {
  const batch = (requests: unknown[]) => emu.fetch('/v1.0/$batch', { method: 'POST', user: 'mentee', body: JSON.stringify({ requests }) });
  const get = (id: string, dependsOn?: string[]) => ({ id, method: 'GET', url: '/me', ...(dependsOn ? { dependsOn } : {}) });

  it.each([
    ['a request that depends on itself', [get('1', ['1'])], 'depends on itself'],
    ['two requests that depend on each other', [get('1', ['2']), get('2', ['1'])], 'circle'],
    ['a circle of three behind a good request', [get('0'), get('1', ['0', '3']), get('2', ['1']), get('3', ['2'])], '"1" → "3" → "2" → "1"'],
    ['a dependency on an id not in the batch', [get('1', ['9'])], 'not in the batch'],
    ['a dependsOn that is not an array of ids', [get('0'), { ...get('1'), dependsOn: '0' }], 'must be an array of request ids'],
  ])('answers 400 to %s, at once', async (_, requests, words) => {
    expect(await graphErrorOf(await batch(requests))).toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringContaining(words) });
  });

  it('still runs a chain in order', async () => {
    const res = await batch([get('3', ['2']), get('2', ['1']), get('1')]);
    const { responses } = (await res.json()) as { responses: { id: string; status: number }[] };
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  });
});

describe('deeply nested $filter', () => {
  const deep = (depth: number) => `${'('.repeat(depth)}startswith(displayName,'P')${')'.repeat(depth)}`;

  it('answers 400 naming the bound past 100 levels', async () => {
    const res = await emu.fetch(`/v1.0/users?$filter=${encodeURIComponent(deep(101))}`, { user: 'mentee' });
    expect(await graphErrorOf(res)).toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringContaining('nests more than 100 levels') });
  });

  it('answers 400 to 100,000 nested parentheses and nots inside a $batch, whose URLs have no length limit', async () => {
    const res = await emu.fetch('/v1.0/$batch', {
      method: 'POST',
      user: 'mentee',
      body: JSON.stringify({
        requests: [
          { id: 'parens', method: 'GET', url: `/users?$filter=${encodeURIComponent(deep(100_000))}` },
          { id: 'nots', method: 'GET', url: `/users?$filter=${encodeURIComponent(`${'not '.repeat(100_000)}startswith(displayName,'P')`)}` },
          { id: 'fine', method: 'GET', url: `/users?$filter=${encodeURIComponent(deep(100))}&$top=1` },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as { responses: { id: string; status: number; body: GraphErrorBody }[] };
    const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
    expect(byId['parens']).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    expect(byId['nots']).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    expect(byId['fine']?.status).toBe(200);
  });
});

describe('/_emulator answers its own origin only', () => {
  it('sends no CORS headers, while Graph’s /v1.0 keeps them', async () => {
    const admin = await emu.fetch('/_emulator/personas');
    expect(admin.status).toBe(200);
    expect([...admin.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const preflight = await emu.fetch('/_emulator/token', { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const graph = await emu.fetch('/v1.0/me', { user: 'mentee', headers: { origin: 'https://teams.example' } });
    expect(graph.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['the same host on another port', { origin: 'http://localhost:1' }],
    ['a sandboxed page', { origin: 'null' }],
    ['a cross-site request without an Origin', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses a token to %s with 403, and mints none', async (_, headers) => {
    const count = () => emu.emulator.db.prepare('SELECT COUNT(*) FROM tokens').pluck().get() as number;
    const before = count();
    const res = await emu.fetch('/_emulator/token', { method: 'POST', headers, body: JSON.stringify({ user: 'mentee' }) });
    expect(await graphErrorOf(res)).toMatchObject({ status: 403, code: 'Forbidden' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(count()).toBe(before);
    expect((await emu.fetch('/_emulator/faults', { method: 'DELETE', headers })).status).toBe(403);
  });

  it('answers a page on its own origin, and tools that send no Origin', async () => {
    const own = await emu.fetch('/_emulator/token', { method: 'POST', headers: { origin: emu.url, 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ user: 'mentee' }) });
    expect(own.status).toBe(200);
    expect((await emu.fetch('/_emulator/token', { method: 'POST', body: JSON.stringify({ user: 'mentor' }) })).status).toBe(200);
  });
});
