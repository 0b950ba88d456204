// Ids checked where they enter the gateway. A session record can be edited by hand in Microsoft
// Lists, so an id read from it can be anything a person typed; ids go into URL paths, OData
// filters and chat markup, so each must match the shape Microsoft 365 gives it before it is used.
import { GatewayError } from './gateway-error';

export type IdKind = 'session item id' | 'session key' | 'chat id' | 'message id' | 'event id' | 'meeting id' | 'group id';

const PATTERNS: Record<IdKind, { pattern: RegExp; shape: string }> = {
  // SharePoint list item ids are positive integers.
  'session item id': { pattern: /^[1-9]\d{0,9}$/, shape: 'a whole number, like 17' },
  // Our own key, made before the first write; it also ends up in the chat card's attachment id.
  'session key': { pattern: /^[A-Za-z0-9_-]{1,100}$/, shape: 'letters, digits, "-" and "_" (at most 100)' },
  // Teams thread ids: 19:meeting_…@thread.v2, 19:…@unq.gbl.spaces, 19:…@thread.tacv2.
  'chat id': { pattern: /^\d{2}:[A-Za-z0-9_.@=-]{1,256}$/, shape: 'a Teams chat id, like 19:meeting_…@thread.v2' },
  // Teams message ids are the creation time in milliseconds.
  'message id': { pattern: /^\d{1,20}$/, shape: 'a Teams message id (digits)' },
  // Outlook event ids are URL-safe or standard base64.
  'event id': { pattern: /^[A-Za-z0-9+/=_-]{1,512}$/, shape: 'an Outlook event id' },
  // Teams meeting ids (teams-js `meeting.id`) are base64 of "…#19:meeting_…@thread.v2#…".
  'meeting id': { pattern: /^[A-Za-z0-9+/=_:@.#-]{1,1024}$/, shape: 'a Teams meeting id' },
  // Entra object ids are GUIDs.
  'group id': { pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, shape: 'a group id (a GUID)' },
};

export function idProblem(kind: IdKind, value: unknown): string | undefined {
  const { pattern, shape } = PATTERNS[kind];
  return typeof value === 'string' && pattern.test(value) ? undefined : `It must be ${shape}.`;
}

/** Quoted for a message, cut short: the value may be long or contain anything. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

/** Returns the id when it has the right shape; otherwise throws GatewayError 'invalid' naming it. */
export function checkId(kind: IdKind, value: unknown): string {
  const problem = idProblem(kind, value);
  if (problem) throw new GatewayError('invalid', `Micromentor cannot use ${shown(value)} as a ${kind}. ${problem}`, undefined, undefined, undefined, kind);
  return value as string;
}
