// One error type for every Microsoft Graph failure: a code the UI can branch on and a sentence a
// person can act on.
export type GatewayErrorCode = 'throttled' | 'forbidden' | 'not-found' | 'conflict' | 'offline' | 'invalid' | 'unavailable';

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly status?: number,
    /** Graph's own error code, e.g. ErrorItemNotFound. */
    readonly graphCode?: string,
    /** When Graph said how long to wait (Retry-After). */
    readonly retryAfterMs?: number,
    /** For 'invalid' data: the list column or id that is wrong, e.g. "Status" or "chat id". */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

interface GraphErrorLike {
  statusCode?: number;
  code?: string | null;
  message?: string;
  headers?: Headers | Record<string, string>;
  body?: unknown;
}

function header(headers: GraphErrorLike['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  // A $batch answer's headers are a plain record, spelt as the server chose ("Retry-After").
  const record = headers as Record<string, string>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Maps anything a Graph call threw into a GatewayError; `doing` completes "…while <doing>". */
export function toGatewayError(error: unknown, doing: string): GatewayError {
  if (error instanceof GatewayError) return error;
  const e = (error ?? {}) as GraphErrorLike;
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
  const graphCode = e.code ?? undefined;
  if (status === undefined) {
    return new GatewayError('offline', `Micromentor could not reach Microsoft 365 while ${doing}. Check your connection and try again.`, undefined, graphCode);
  }
  const wait = retryAfterMs(header(e.headers, 'retry-after'));
  switch (true) {
    case status === 429:
      return new GatewayError(
        'throttled',
        `Microsoft 365 is busy and asked us to slow down while ${doing}. Try again${wait !== undefined ? ` in ${Math.ceil(wait / 1000)} seconds` : ' in a minute'}.`,
        status,
        graphCode,
        wait,
      );
    case status === 401 || status === 403:
      return new GatewayError('forbidden', `You do not have access to this in Microsoft 365 (${doing}). Ask your program manager if you think you should.`, status, graphCode);
    case status === 404:
      return new GatewayError('not-found', `Microsoft 365 could not find what was needed while ${doing}; it may have been deleted.`, status, graphCode);
    case status === 409 || status === 412:
      return new GatewayError('conflict', `Someone else changed this at the same time while ${doing}. Reload to see their change.`, status, graphCode);
    case status === 400 || status === 413 || status === 422:
      return new GatewayError('invalid', `Microsoft 365 did not accept the request while ${doing}: ${e.message ?? 'it was not valid'}.`, status, graphCode);
    default:
      return new GatewayError('unavailable', `Microsoft 365 is not answering properly while ${doing} (error ${status}). Try again in a moment.`, status, graphCode, wait);
  }
}

/** One inner answer of a Graph `$batch`. */
export interface BatchAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A failed inner answer of a `$batch`, mapped exactly as the same call made on its own would be. */
export function batchAnswerError(answer: BatchAnswer, doing: string): GatewayError {
  const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return toGatewayError({ statusCode: answer.status, code: error?.code, message: error?.message, headers: answer.headers }, doing);
}
