// /_emulator: development sign-in, faults, the request log, reset and health. It mints tokens, so it
// answers only its own origin: no CORS headers, and a browser request from any other site is refused.
import type { FaultBook } from './faults';
import { GraphFault, graphError } from './graph-error';
import type { EmuResponse } from './http-types';
import type { RequestLog } from './request-log';
import type { Tokens } from './tokens';

export interface AdminDeps {
  tokens: Tokens;
  faults: FaultBook;
  log: RequestLog;
  /** What a local host needs to stand in for Teams: the people, the tenant, the demo meeting. */
  personas: () => unknown;
  health: () => unknown;
  reset: () => void;
}

/**
 * 403 for a request a browser sent from another site. Browsers name the page's origin in `Origin`
 * on every cross-origin request that could change something (and `Sec-Fetch-Site` on all); tools
 * such as curl and the tests send neither, and the workbench's own pages send this origin.
 */
export function foreignOriginRefusal(headers: Record<string, string>, extraHosts: readonly string[] = []): EmuResponse | undefined {
  const site = headers['sec-fetch-site'];
  const origin = headers['origin'];
  const host = headers['host'];
  // DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 is "same origin" with
  // itself, so Origin equals Host. Only loopback names (and hosts the developer opted into) may ask.
  if (host !== undefined && !isAllowedHost(host, extraHosts)) {
    return graphError(403, 'Forbidden', `The emulator's controls (/_emulator) answer loopback names (localhost, 127.0.0.1) only, not ${hostName(host)}. Start it with --host ${hostName(host)} (HOST=… for npm start) to allow that name.`);
  }
  if (origin !== undefined && host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return undefined;
  if (origin === undefined && site !== 'cross-site' && site !== 'same-site') return undefined;
  const caller = origin ?? `a ${site} page`;
  return graphError(403, 'Forbidden', `The emulator's controls (/_emulator) answer pages on their own origin only, not ${caller}.`);
}

/** The host name of a Host header: "[::1]:3000" → "[::1]", "localhost:3000" → "localhost". */
function hostName(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '');
}

function isAllowedHost(host: string, extraHosts: readonly string[]): boolean {
  const name = hostName(host);
  if (name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name)) return true;
  return extraHosts.some((h) => h.toLowerCase() === name);
}

export function adminRoute(method: string, pathname: string, raw: Buffer, deps: AdminDeps): EmuResponse {
  let body: unknown;
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    return graphError(400, 'BadRequest', 'The body is not valid JSON.');
  }
  const route = `${method.toUpperCase()} ${pathname.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'POST /_emulator/token':
        return { status: 200, body: deps.tokens.issue(body) };
      case 'GET /_emulator/personas':
        return { status: 200, body: deps.personas() };
      case 'GET /_emulator/faults':
        return { status: 200, body: { value: deps.faults.list() } };
      case 'POST /_emulator/faults':
        try {
          return { status: 201, body: { value: deps.faults.add(body) } };
        } catch (error) {
          return graphError(400, 'InvalidFault', (error as Error).message);
        }
      case 'DELETE /_emulator/faults':
        deps.faults.clear();
        return { status: 204 };
      case 'GET /_emulator/requests':
        return { status: 200, body: { value: deps.log.list() } };
      case 'DELETE /_emulator/requests':
        deps.log.clear();
        return { status: 204 };
      case 'POST /_emulator/reset':
        deps.reset();
        return { status: 204 };
      case 'GET /_emulator/health':
        return { status: 200, body: deps.health() };
      default:
        return graphError(404, 'NotFound', `The emulator has no ${method} ${pathname}. See GET /_emulator/personas, POST /_emulator/token, /_emulator/faults, /_emulator/requests.`);
    }
  } catch (error) {
    if (error instanceof GraphFault) return error.toResponse();
    throw error;
  }
}
