// Graph's dateTimeTimeZone: a wall-clock time plus a zone name (IANA or Windows), to and from epoch
// ms. Outlook answers in UTC unless the client sends `Prefer: outlook.timezone="…"`.
import { GraphFault, badRequest } from './graph-error';

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** Windows zone names Outlook clients commonly send, mapped to IANA (CLDR's windowsZones, territory 001). */
const WINDOWS_ZONES: Record<string, string> = {
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'fle standard time': 'Europe/Kiev',
  'e. europe standard time': 'Europe/Chisinau',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'egypt standard time': 'Africa/Cairo',
  'south africa standard time': 'Africa/Johannesburg',
  'w. central africa standard time': 'Africa/Lagos',
  'e. africa standard time': 'Africa/Nairobi',
  'arabian standard time': 'Asia/Dubai',
  'arab standard time': 'Asia/Riyadh',
  'pakistan standard time': 'Asia/Karachi',
  'india standard time': 'Asia/Kolkata',
  'sri lanka standard time': 'Asia/Colombo',
  'nepal standard time': 'Asia/Kathmandu',
  'bangladesh standard time': 'Asia/Dhaka',
  'se asia standard time': 'Asia/Bangkok',
  'singapore standard time': 'Asia/Singapore',
  'china standard time': 'Asia/Shanghai',
  'taipei standard time': 'Asia/Taipei',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'w. australia standard time': 'Australia/Perth',
  'cen. australia standard time': 'Australia/Adelaide',
  'e. australia standard time': 'Australia/Brisbane',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
  'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'us mountain standard time': 'America/Phoenix',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'sa pacific standard time': 'America/Bogota',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Buenos_Aires',
  'central standard time (mexico)': 'America/Mexico_City',
};

/** The IANA zone for a Graph zone name, or undefined when neither IANA nor a known Windows name. */
export function ianaZone(name: string): string | undefined {
  const trimmed = name.trim();
  const windows = WINDOWS_ZONES[trimmed.toLowerCase()];
  if (windows) return windows;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function requireZone(name: string): string {
  const zone = ianaZone(name);
  if (!zone) {
    throw new GraphFault(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`);
  }
  return zone;
}

/** Wall-clock parts of an instant in a zone. */
function partsIn(ms: number, zone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const get = (type: string) => Number(fmt.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

function offsetMs(ms: number, zone: string): number {
  const p = partsIn(ms, zone);
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
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
  // Two passes settle the offset across a DST change.
  let guess = wall - offsetMs(wall, zone);
  guess = wall - offsetMs(guess, zone);
  return guess;
}

/** Graph's output form, e.g. "2026-11-26T09:00:00.0000000", in the zone named (IANA or Windows). */
export function formatDateTimeTimeZone(ms: number, zoneName: string): DateTimeTimeZone {
  const zone = ianaZone(zoneName) ?? 'UTC';
  const p = partsIn(ms, zone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fraction = pad(((ms % 1000) + 1000) % 1000, 3) + '0000';
  return { dateTime: `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}.${fraction}`, timeZone: zoneName };
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
