// Node HTTP in and out: a request body read within a byte limit, parsed once, and an EmuResponse
// written with or without Graph's CORS headers.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { graphError } from './graph-error';
import type { EmuResponse } from './http-types';
import { MAX_URL_LENGTH } from './request-limits';

/** Graph answers browsers on any origin that carries a bearer token; the emulator's /v1.0 does too. */
const GRAPH_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, prefer, if-match, if-none-match, client-request-id, consistencylevel, sdkversion',
  'access-control-expose-headers': 'retry-after, etag, request-id, client-request-id, location, date',
};

export type BodyRead = { kind: 'ok'; raw: Buffer } | { kind: 'too-large' } | { kind: 'gone' };

/**
 * The request body, or `too-large` as soon as it is known to pass `limit`: from Content-Length
 * before reading anything, else by counting bytes as they arrive (chunked bodies), keeping none past it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        req.pause();
        finish({ kind: 'too-large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'ok', raw: Buffer.concat(chunks) });
    const onError = () => finish({ kind: 'gone' });
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

/** JSON text as a value (undefined when empty), or not ok when it does not parse. */
export function parseJsonBody(raw: Buffer): ParsedBody {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

export function lowerHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * Writes the response: JSON bodies with Graph's content type, bytes as they are. A response that
 * says `connection: close` (a body refused unread) closes the socket once written, so no unread
 * upload is left to drain.
 */
export function send(res: ServerResponse, response: EmuResponse, options: { cors: boolean }): void {
  const headers: Record<string, string> = { ...(options.cors ? GRAPH_CORS_HEADERS : {}), ...(response.headers ?? {}) };
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

/**
 * Requests Node refuses before the emulator sees them (a request line or headers past Node's 16 KB,
 * so a URL far over Graph's 2,048 characters; bytes that are not HTTP) get a 400 with Graph's error
 * body too, where Node would send a bare 431 or 400.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const response =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? graphError(400, 'BadRequest', `The request URL or its headers are longer than Microsoft Graph accepts; a URL may have at most ${MAX_URL_LENGTH.toLocaleString('en-US')} characters.`)
        : graphError(400, 'BadRequest', 'The request could not be read as HTTP.');
    const body = JSON.stringify(response.body);
    socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}
