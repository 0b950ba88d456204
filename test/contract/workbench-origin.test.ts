// The workbench mounts the emulator on its own origin: its pages reach /_emulator there, other
// sites cannot, and it listens on loopback unless told otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator } from '../../emulator/emulator';
import { startWorkbench } from '../../workbench/server';

let dir: string;
let server: Server;
let url: string;
let emulator: Emulator;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'workbench-origin-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>workbench</title>');
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: dir, dbPath: path.join(dir, 'graph.sqlite') }));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it('listens on loopback by default', () => {
  expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
});

it('signs in a page of its own origin, as the surfaces do, and refuses another site', async () => {
  const origin = url.replace(/\/$/, '');
  const sign = (headers: Record<string, string>) => fetch(`${origin}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ user: 'mentee' }) });
  const own = await sign({ origin, 'sec-fetch-site': 'same-origin' });
  expect(own.status).toBe(200);
  expect(own.headers.get('access-control-allow-origin')).toBeNull();
  const personas = await fetch(`${origin}/_emulator/personas`, { headers: { origin, 'sec-fetch-site': 'same-origin' } });
  expect(((await personas.json()) as { value: unknown[] }).value).toHaveLength(emulator.personas().length);
  const foreign = await sign({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
});

it('refuses a page whose own name was rebound to this machine (DNS rebinding), whatever it says its origin is', async () => {
  const { port } = server.address() as AddressInfo;
  const rebound = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const body = JSON.stringify({ user: 'mentee' });
    const req = request(
      { host: '127.0.0.1', port, path: '/_emulator/token', method: 'POST', headers: { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  expect(rebound.status).toBe(403);
  expect(rebound.body).toContain('loopback');
  expect(rebound.body).not.toContain('access_token');
});
