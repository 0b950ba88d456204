// Graph's dateTimeTimeZone: a wall-clock time plus a zone name (IANA or Windows), to and from epoch
// ms. Outlook answers in UTC unless the client sends `Prefer: outlook.timezone="…"`.
import { GraphFault, badRequest } from './graph-error';
import { ianaZone, offsetMinutes, wallToUtc } from './time-zones';

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

function requireZone(name: string): string {
  const zone = ianaZone(name);
  if (!zone) {
    throw new GraphFault(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`);
  }
  return zone;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch ms of a dateTimeTimeZone; `what` names the property in error messages. */
export function parseDateTimeTimeZone(value: unknown, what: string): { ms: number; zone: string } {
  const v = value as Partial<DateTimeTimeZone> | null | undefined;
  if (!v || typeof v !== 'object' || typeof v.dateTime !== 'string') {
    throw badRequest(`The "${what}" property needs a dateTimeTimeZone: {"dateTime": "2026-11-26T09:00:00", "timeZone": "Europe/London"}.`, 'ErrorInvalidRequest');
  }
  const zoneName = typeof v.timeZone === 'string' && v.timeZone.trim() !== '' ? v.timeZone : 'UTC';
  requireZone(zoneName);
  const ms = parseLocal(v.dateTime, ianaZone(zoneName)!);
  if (ms === undefined) throw badRequest(`"${what}.dateTime" is not a valid date and time: '${v.dateTime}'.`, 'ErrorInvalidRequest');
  return { ms, zone: zoneName };
}

/** ISO text as epoch ms; text without an offset is wall-clock time in `zone`. */
export function parseLocal(text: string, zone: string): number | undefined {
  const m = LOCAL_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', offset] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number(`0.${frac}`) * 1000));
  if (Number.isNaN(wall)) return undefined;
  if (offset === 'Z') return wall;
  if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return wallToUtc(wall, zone);
}

/** Graph's output form, e.g. "2026-11-26T09:00:00.0000000", in the zone named (IANA or Windows). */
export function formatDateTimeTimeZone(ms: number, zoneName: string): DateTimeTimeZone {
  const zone = ianaZone(zoneName) ?? 'UTC';
  // The wall clock as if it were UTC, then Graph's seven fraction digits.
  const wall = new Date(ms + offsetMinutes(zone, ms) * 60_000).toISOString();
  return { dateTime: `${wall.slice(0, 23)}0000`, timeZone: zoneName };
}

/** The zone a `Prefer: outlook.timezone="…"` header asks for, or UTC; unknown names are a 400 as in Outlook. */
export function preferredZone(headers: Record<string, string>): string {
  const prefer = headers['prefer'] ?? '';
  const m = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(prefer) ?? /outlook\.timezone\s*=\s*([^,;\s]+)/i.exec(prefer);
  if (!m || !m[1]) return 'UTC';
  requireZone(m[1]);
  return m[1];
}

/** The `Preference-Applied` header Outlook sends back when it honoured the zone. */
export function preferenceApplied(zone: string, headers: Record<string, string>): Record<string, string> {
  return /outlook\.timezone/i.test(headers['prefer'] ?? '') ? { 'preference-applied': `outlook.timezone="${zone}"` } : {};
}

/** ISO 8601 UTC, e.g. "2026-11-26T09:00:00Z" (Graph's form for createdDateTime and friends keeps ms). */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
