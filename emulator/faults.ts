// Injected failures for tests and benchmarks: each rule applies to the next `times` requests
// whose path matches, in the order the rules were given, and answers as Graph would.
import { setTimeout as sleep } from 'node:timers/promises';
import { graphError } from './graph-error';
import type { EmuResponse } from './http-types';

export interface FaultRule {
  method?: string;
  path: string;
  status: 429 | 503 | 504;
  retryAfterSeconds?: number;
  times: number;
  latencyMs?: number;
  dropConnection?: boolean;
  /** Apply the write, then fail the response: the client will retry something that already happened. */
  afterCommit?: boolean;
}

interface ActiveRule extends FaultRule {
  regex: RegExp;
  remaining: number;
}

export class FaultBook {
  private rules: ActiveRule[] = [];

  /** Validates and adds rules; throws a sentence naming the bad field. */
  add(input: unknown): FaultRule[] {
    if (!Array.isArray(input)) throw new Error('Send a JSON array of fault rules.');
    const parsed = input.map((raw, i) => parseRule(raw, i));
    this.rules.push(...parsed);
    return parsed.map(({ regex: _r, remaining: _n, ...rule }) => rule);
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ regex: _r, remaining, ...rule }) => ({ ...rule, times: remaining }));
  }

  /** The rule that applies to this request, using up one of its times. */
  take(method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!rule.regex.test(path)) continue;
      rule.remaining -= 1;
      this.rules = this.rules.filter((r) => r.remaining > 0);
      return rule;
    }
    return undefined;
  }
}

function parseRule(raw: unknown, index: number): ActiveRule {
  const where = `Fault rule ${index + 1}`;
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where} must be an object.`);
  const r = raw as Record<string, unknown>;
  if (typeof r.path !== 'string' || r.path === '') throw new Error(`${where} needs "path", a regular expression string.`);
  let regex: RegExp;
  try {
    regex = new RegExp(r.path);
  } catch {
    throw new Error(`${where}: "path" is not a valid regular expression.`);
  }
  if (r.status !== 429 && r.status !== 503 && r.status !== 504) throw new Error(`${where}: "status" must be 429, 503 or 504.`);
  if (!Number.isInteger(r.times) || (r.times as number) < 1) throw new Error(`${where}: "times" must be a whole number of at least 1.`);
  for (const key of ['retryAfterSeconds', 'latencyMs'] as const) {
    if (r[key] !== undefined && (typeof r[key] !== 'number' || (r[key] as number) < 0)) throw new Error(`${where}: "${key}" must be a number of at least 0.`);
  }
  if (r.method !== undefined && typeof r.method !== 'string') throw new Error(`${where}: "method" must be a string.`);
  return {
    method: r.method as string | undefined,
    path: r.path,
    status: r.status,
    retryAfterSeconds: r.retryAfterSeconds as number | undefined,
    times: r.times as number,
    latencyMs: r.latencyMs as number | undefined,
    dropConnection: r.dropConnection === true,
    afterCommit: r.afterCommit === true,
    regex,
    remaining: r.times as number,
  };
}

/** What a rule answers, after its latency: Graph's error with Retry-After, or status 0 for a dropped connection. */
export async function faultResponse(fault: FaultRule): Promise<EmuResponse> {
  if (fault.latencyMs) await sleep(fault.latencyMs);
  if (fault.dropConnection) return { status: 0 };
  const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  const [code, message] =
    fault.status === 429
      ? ['TooManyRequests', 'Too many requests. Please retry after the time given in the Retry-After header.']
      : fault.status === 503
        ? ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.']
        : ['GatewayTimeout', 'The gateway timed out waiting for the service.'];
  return graphError(fault.status, code, message, headers);
}
