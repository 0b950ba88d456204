// Reads and validates the event properties a client may write (POST and PATCH), with Outlook's
// status codes: a wrong type or an unknown property is 400, as Graph answers.
import type { Database } from 'better-sqlite3';
import { parseDateTimeTimeZone } from './date-time-zone';
import { GraphFault, badRequest } from './graph-error';
import { userByEmail } from './user-access';

export interface AttendeeInput {
  email: string;
  name: string;
  type: string;
  user_id: string | null;
}

/** Only the properties the request carried are set. */
export interface EventInput {
  subject?: string;
  body?: { type: 'html' | 'text'; content: string };
  start?: { ms: number; zone: string };
  end?: { ms: number; zone: string };
  location?: string;
  showAs?: string;
  sensitivity?: string;
  isAllDay?: boolean;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  attendees?: AttendeeInput[];
  transactionId?: string;
  /** Writable properties kept as given (categories, importance, reminders…). */
  extra: Record<string, unknown>;
}

const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'];
const IMPORTANCE = ['low', 'normal', 'high'];
const PROVIDERS = ['unknown', 'skypeForBusiness', 'skypeForConsumer', 'teamsForBusiness'];
const ATTENDEE_TYPES = ['required', 'optional', 'resource'];

/** Kept in the row's `extra` column and echoed back. */
const EXTRA_PROPERTIES = ['categories', 'importance', 'isReminderOn', 'reminderMinutesBeforeStart', 'allowNewTimeProposals', 'responseRequested', 'hideAttendees'];
/** Read-only or unmodelled properties Outlook accepts in a body and ignores. */
const IGNORED_PROPERTIES = [
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'iCalUId', 'bodyPreview', 'hasAttachments', 'isCancelled', 'isDraft',
  'isOrganizer', 'onlineMeeting', 'onlineMeetingUrl', 'organizer', 'originalStart', 'originalStartTimeZone', 'originalEndTimeZone',
  'responseStatus', 'seriesMasterId', 'type', 'webLink', 'calendar', 'attachments', 'instances',
];

function enumValue(value: unknown, allowed: string[], property: string): string {
  const match = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (!match) throw badRequest(`Cannot convert the literal '${String(value)}' to the expected type 'microsoft.graph.${property}'.`, 'RequestBodyRead');
  return match;
}

function stringValue(value: unknown, property: string): string {
  if (typeof value !== 'string') throw badRequest(`The property '${property}' must be a string.`, 'RequestBodyRead');
  return value;
}

function booleanValue(value: unknown, property: string): boolean {
  if (typeof value !== 'boolean') throw badRequest(`The property '${property}' must be true or false.`, 'RequestBodyRead');
  return value;
}

function readAttendees(db: Database, value: unknown): AttendeeInput[] {
  if (!Array.isArray(value)) throw badRequest("The property 'attendees' must be an array of attendee objects.", 'RequestBodyRead');
  const seen = new Set<string>();
  const out: AttendeeInput[] = [];
  for (const [i, raw] of value.entries()) {
    const a = (raw ?? {}) as { emailAddress?: { address?: unknown; name?: unknown }; type?: unknown };
    const address = a.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address.trim())) {
      throw badRequest(`Attendee ${i + 1} needs emailAddress.address, a valid SMTP address.`, 'ErrorInvalidRequest');
    }
    const email = address.trim();
    if (seen.has(email.toLowerCase())) continue; // Outlook keeps one entry per address
    seen.add(email.toLowerCase());
    const user = userByEmail(db, email);
    const name = typeof a.emailAddress?.name === 'string' && a.emailAddress.name !== '' ? a.emailAddress.name : (user?.display_name ?? email);
    out.push({ email: user?.mail ?? user?.upn ?? email, name, type: a.type === undefined ? 'required' : enumValue(a.type, ATTENDEE_TYPES, 'attendeeType'), user_id: user?.id ?? null });
  }
  return out;
}

export function readEventInput(db: Database, body: unknown): EventInput {
  if (body === undefined || body === null) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  if (typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) throw badRequest('The request body must be a JSON object.', 'BadRequest');
  const b = body as Record<string, unknown>;
  const input: EventInput = { extra: {} };
  for (const [key, value] of Object.entries(b)) {
    if (key.includes('@odata')) continue;
    switch (key) {
      case 'subject':
        input.subject = stringValue(value, key);
        break;
      case 'body': {
        const v = (value ?? {}) as { contentType?: unknown; content?: unknown };
        const type = v.contentType === undefined ? 'text' : enumValue(v.contentType, ['html', 'text'], 'bodyType');
        input.body = { type: type as 'html' | 'text', content: v.content === undefined || v.content === null ? '' : stringValue(v.content, 'body.content') };
        break;
      }
      case 'start':
      case 'end':
        input[key] = parseDateTimeTimeZone(value, key);
        break;
      case 'location': {
        const name = (value as { displayName?: unknown } | null)?.displayName;
        input.location = name === undefined || name === null ? '' : stringValue(name, 'location.displayName');
        break;
      }
      case 'locations': {
        if (!Array.isArray(value)) throw badRequest("The property 'locations' must be an array.", 'RequestBodyRead');
        const first = (value[0] as { displayName?: unknown } | undefined)?.displayName;
        input.location ??= first === undefined ? '' : stringValue(first, 'locations.displayName');
        break;
      }
      case 'showAs':
        input.showAs = enumValue(value, SHOW_AS, 'freeBusyStatus');
        break;
      case 'sensitivity':
        input.sensitivity = enumValue(value, SENSITIVITY, 'sensitivity');
        break;
      case 'importance':
        input.extra.importance = enumValue(value, IMPORTANCE, 'importance');
        break;
      case 'isAllDay':
        input.isAllDay = booleanValue(value, key);
        break;
      case 'isOnlineMeeting':
        input.isOnlineMeeting = booleanValue(value, key);
        break;
      case 'onlineMeetingProvider':
        input.onlineMeetingProvider = enumValue(value, PROVIDERS, 'onlineMeetingProviderType');
        break;
      case 'attendees':
        input.attendees = readAttendees(db, value);
        break;
      case 'transactionId':
        input.transactionId = value === null ? undefined : stringValue(value, key);
        break;
      case 'recurrence':
        if (value !== null) throw new GraphFault(501, 'NotImplemented', 'The emulator does not model recurring events; create single instances.');
        break;
      default:
        if (EXTRA_PROPERTIES.includes(key)) input.extra[key] = value;
        else if (!IGNORED_PROPERTIES.includes(key)) {
          throw badRequest(`Could not find a property named '${key}' on type 'microsoft.graph.event'.`, 'RequestBodyRead');
        }
    }
  }
  return input;
}

/** Rejects an end before the start, as Outlook does. */
export function checkTimes(startMs: number, endMs: number): void {
  if (endMs < startMs) throw badRequest('The end of the event must not be before its start.', 'ErrorInvalidRequest');
}
