// Graph's limits at its edges, in one place: each limit, where it is documented, and the answer the
// emulator gives when a request passes it (Graph's error body, never a 500).
import { GraphFault, graphError } from './graph-error';
import type { EmuResponse } from './http-types';

/** "Write requests in Microsoft Graph are limited to 4 MB" (learn.microsoft.com/graph/use-the-api). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Graph's known issues give 2,048 characters as the URL length its query engine accepts. Counted as
 * the URL would be at graph.microsoft.com. $batch exists partly to carry longer queries, so the
 * inner URLs of a batch are not held to it.
 */
export const MAX_URL_LENGTH = 2048;
const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/**
 * Teams: "approximately 28 KB per post", counting the text, cards and mentions of a message
 * (learn.microsoft.com/microsoftteams/limits-specifications-teams). An event's body has no limit of
 * its own in Graph's or Exchange's documentation: the 4 MB request limit bounds it.
 */
export const MAX_CHAT_MESSAGE_BYTES = 28 * 1024;

/**
 * How deeply a $filter may nest parentheses, `not`, `and` and `or`. Graph documents no number; real
 * filters nest a few levels, and a bound keeps a hostile one from exhausting the parser's stack.
 */
export const MAX_FILTER_DEPTH = 100;

/** 400 for a URL longer than Graph accepts. */
export function urlTooLong(requestTarget: string): EmuResponse | undefined {
  const length = GRAPH_ORIGIN.length + requestTarget.length;
  if (length <= MAX_URL_LENGTH) return undefined;
  return graphError(400, 'BadRequest', `The request URL is ${length.toLocaleString('en-US')} characters long; Microsoft Graph accepts at most ${MAX_URL_LENGTH.toLocaleString('en-US')}. Send long queries in a $batch request.`);
}

/** 413 for a body over 4 MB, decided before it is read whole. */
export function bodyTooLarge(): EmuResponse {
  return graphError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB, the most Microsoft Graph accepts in one request.`, { connection: 'close' });
}

/** Whether a Content-Type names JSON (`application/json`, `application/…+json`, any parameters). */
export function isJsonContentType(contentType: string): boolean {
  return /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType);
}

/** 415 for a body that is not JSON: no endpoint the emulator models takes anything else. A body without a Content-Type is read as JSON. */
export function unsupportedMediaType(contentType: string | undefined, hasBody: boolean): EmuResponse | undefined {
  if (!hasBody || contentType === undefined || contentType.trim() === '' || isJsonContentType(contentType)) return undefined;
  return graphError(415, 'UnsupportedMediaType', `The content type '${contentType.trim()}' is not supported here; send the body as application/json.`);
}

/** Throws Graph's 413 when a chat message's text and cards pass Teams' size. */
export function checkChatMessageSize(content: string, attachments: { content?: unknown }[]): void {
  let bytes = Buffer.byteLength(content, 'utf8');
  for (const a of attachments) if (typeof a.content === 'string') bytes += Buffer.byteLength(a.content, 'utf8');
  if (bytes > MAX_CHAT_MESSAGE_BYTES) {
    throw new GraphFault(413, 'RequestEntityTooLarge', `The message is ${Math.ceil(bytes / 1024)} KB; Teams accepts about ${MAX_CHAT_MESSAGE_BYTES / 1024} KB per message, text and cards together.`);
  }
}

/** Throws Graph's 400 when a $filter nests deeper than the emulator parses. */
export function checkFilterDepth(depth: number): void {
  if (depth > MAX_FILTER_DEPTH) {
    throw new GraphFault(400, 'BadRequest', `Invalid filter clause: it nests more than ${MAX_FILTER_DEPTH} levels of parentheses, not, and, or.`);
  }
}
