// The shapes every emulator route works with: one request in, one response out. $batch reuses
// them for its inner requests, so a route never knows whether it runs alone or in a batch.
import type { Database } from 'better-sqlite3';

export interface UserRow {
  id: string;
  upn: string;
  display_name: string;
  given_name: string | null;
  surname: string | null;
  mail: string | null;
  job_title: string | null;
  department: string | null;
  office_location: string | null;
  seniority: string | null;
  manager_id: string | null;
  time_zone: string;
  work_days: string;
  work_start: string;
  work_end: string;
  persona: string | null;
  /** The permissions the token was granted, when it was asked with scopes (see tokens.ts); absent: a development token. */
  scopes?: readonly string[];
}

export interface EmuRequest {
  method: string;
  /** URL path including `/v1.0`, with `/me` already rewritten to `/users/{id}`. */
  path: string;
  /** The path as the client sent it (for the request log and error messages). */
  originalPath: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
  /** Set when the request is an inner request of a $batch. */
  batchId?: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable body, or raw bytes (photos). Undefined for 204. */
  body?: unknown;
}

export interface HandlerContext {
  db: Database;
  req: EmuRequest;
  /** The signed-in user the token names. */
  user: UserRow;
  params: Record<string, string>;
  /** The emulator's clock (epoch ms); tests and the seed read the same one. */
  now: number;
  /** e.g. `http://localhost:4000/v1.0`, for `@odata.nextLink` and `@odata.context`. */
  baseUrl: string;
}

export type Handler = (ctx: HandlerContext) => EmuResponse | Promise<EmuResponse>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, body, headers };
}

export function noContent(): EmuResponse {
  return { status: 204 };
}
