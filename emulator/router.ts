// Path patterns like `/v1.0/users/:id/calendar/getSchedule`; literal segments match without case,
// as Graph's do.
import type { Handler } from './http-types';

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), segments: split(pattern), handler });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler);
  }
  patch(pattern: string, handler: Handler): this {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: Handler): this {
    return this.add('DELETE', pattern, handler);
  }

  /** The handler for a request, `'method'` when only the method is wrong, or undefined. */
  match(method: string, path: string): RouteMatch | 'method' | undefined {
    const parts = split(path);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method.toUpperCase()) return { handler: route.handler, params };
      pathMatched = true;
    }
    return pathMatched ? 'method' : undefined;
  }
}

/** `/v1.0/me/…` is `/v1.0/users/{signed-in id}/…`; routes are written once, for users. */
export function rewriteMe(pathname: string, userId: string): string {
  return pathname.replace(/^\/v1\.0\/me(?=\/|$)/i, `/v1.0/users/${encodeURIComponent(userId)}`);
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const v = parts[i]!;
    if (p.startsWith(':')) {
      params[p.slice(1)] = safeDecode(v);
    } else if (p.toLowerCase() !== v.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
