// Time zones as Graph speaks them: Outlook uses Windows names ("GMT Standard Time") where the store
// keeps IANA ones ("Europe/London"). Covers every zone the seed uses, plus the common ones clients
// send; conversions go through Intl so daylight saving is right in every year.
const IANA_TO_WINDOWS: Record<string, string> = {
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  'Europe/London': 'GMT Standard Time',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'Africa/Lagos': 'W. Central Africa Standard Time',
  'Asia/Kolkata': 'India Standard Time',
  'Asia/Dubai': 'Arabian Standard Time',
  'Asia/Singapore': 'Singapore Standard Time',
  'Asia/Tokyo': 'Tokyo Standard Time',
  'Australia/Sydney': 'AUS Eastern Standard Time',
  'Pacific/Auckland': 'New Zealand Standard Time',
  'America/New_York': 'Eastern Standard Time',
  'America/Chicago': 'Central Standard Time',
  'America/Denver': 'Mountain Standard Time',
  'America/Los_Angeles': 'Pacific Standard Time',
  'America/Sao_Paulo': 'E. South America Standard Time',
};

/** Windows name → the canonical IANA zone (the first IANA zone listed for it above). */
const WINDOWS_TO_IANA = new Map<string, string>();
for (const [iana, windows] of Object.entries(IANA_TO_WINDOWS)) {
  if (!WINDOWS_TO_IANA.has(windows.toLowerCase())) WINDOWS_TO_IANA.set(windows.toLowerCase(), iana);
}

export function windowsZoneName(iana: string): string {
  const name = IANA_TO_WINDOWS[iana];
  if (!name) throw new Error(`No Windows time zone name is known for ${iana}; add it to emulator/time-zones.ts.`);
  return name;
}

const validIana = new Map<string, boolean>();

/** An IANA zone for a Windows or IANA name as a client sends it, or undefined when unknown. */
export function resolveZone(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const windows = WINDOWS_TO_IANA.get(name.trim().toLowerCase());
  if (windows) return windows;
  let ok = validIana.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    validIana.set(name, ok);
  }
  return ok ? name : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** The zone's offset from UTC in minutes at an instant (e.g. +330 for Kolkata, -240 for New York in summer). */
export function offsetMinutes(zone: string, ms: number): number {
  if (zone === 'UTC') return 0;
  // Zones change offset only on quarter-hour boundaries, so one lookup serves a quarter hour.
  const key = `${zone}|${Math.floor(ms / QUARTER_HOUR)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = Math.round((wall - Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR) / 60_000);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The instant a local wall-clock time (given as if it were UTC, `Date.UTC(...)`) has in a zone. */
export function wallToUtc(wallMs: number, zone: string): number {
  const first = wallMs - offsetMinutes(zone, wallMs) * 60_000;
  return wallMs - offsetMinutes(zone, first) * 60_000;
}

/** Graph's dateTime text for an instant in a zone: "2026-11-26T09:00:00.0000000". */
export function graphDateTime(ms: number, zone: string): string {
  return new Date(ms + offsetMinutes(zone, ms) * 60_000).toISOString().slice(0, 19) + '.0000000';
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * Reads a dateTimeTimeZone ({dateTime: "2026-11-26T09:00:00", timeZone: "Pacific Standard Time"}).
 * A dateTime with its own offset wins over the zone, as in Graph. Undefined when unreadable.
 */
export function parseDateTimeTimeZone(dateTime: string, zone: string): number | undefined {
  const m = DATE_TIME.exec(dateTime.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', offset] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number(`0.${fraction}`) * 1000));
  if (Number.isNaN(wall) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (offset) {
    if (offset.toUpperCase() === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    return wall - sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  }
  return wallToUtc(wall, zone);
}
