// Graph's error body: {"error":{"code","message","innerError":{date,request-id,client-request-id}}}.
import { randomUUID } from 'node:crypto';
import type { EmuResponse } from './http-types';

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): EmuResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'request-id': requestId, ...headers },
    body: {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId },
      },
    },
  };
}

/** Thrown by route code to answer with a Graph error; the dispatcher turns it into the response. */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): EmuResponse {
    return graphError(this.status, this.code, this.message, this.headers);
  }
}

export const badRequest = (message: string, code = 'BadRequest') => new GraphFault(400, code, message);
export const notFound = (message: string, code = 'ErrorItemNotFound') => new GraphFault(404, code, message);
export const forbidden = (message: string, code = 'Forbidden') => new GraphFault(403, code, message);
