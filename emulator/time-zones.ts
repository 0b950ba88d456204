// Time zones as Graph speaks them: Outlook uses Windows names ("GMT Standard Time") where the store
// keeps IANA ones ("Europe/London"); offsets come from Intl (cached), so daylight saving is right in
// every year. Graph's dateTimeTimeZone text forms are in date-time-zone.ts.
/**
 * Windows zone names Outlook clients commonly send, mapped to IANA as CLDR's windowsZones does for
 * territory 001. The IANA names are the ones `Intl` calls canonical (CLDR's, e.g. Asia/Calcutta);
 * time-zones.test.ts checks both against test/fixtures/windows-zone-names.json.
 */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'UTC': 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Arabian Standard Time': 'Asia/Dubai',
  'Arab Standard Time': 'Asia/Riyadh',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Katmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
};

/** IANA zones the seed uses that are not the canonical zone of their Windows name. */
const IANA_ALIASES: Record<string, string> = {
  'Etc/UTC': 'UTC',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Amsterdam': 'W. Europe Standard Time',
};

const IANA_TO_WINDOWS = new Map<string, string>(Object.entries(IANA_ALIASES));
const WINDOWS_BY_LOWER = new Map<string, string>();
for (const [windows, iana] of Object.entries(WINDOWS_ZONES)) {
  WINDOWS_BY_LOWER.set(windows.toLowerCase(), iana);
  if (!IANA_TO_WINDOWS.has(iana)) IANA_TO_WINDOWS.set(iana, windows);
}

/** Graph's Windows name for an IANA zone (any alias Intl knows, e.g. Asia/Kolkata), as workingHours.timeZone.name carries it. */
export function windowsZoneName(iana: string): string {
  const name = IANA_TO_WINDOWS.get(iana) ?? IANA_TO_WINDOWS.get(ianaZone(iana) ?? '');
  if (!name) throw new Error(`No Windows time zone name is known for ${iana}; add it to emulator/time-zones.ts.`);
  return name;
}

const validIana = new Map<string, string | undefined>();

/** The IANA zone for a Windows or IANA name as a client sends it, or undefined when unknown. */
export function ianaZone(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  const windows = WINDOWS_BY_LOWER.get(trimmed.toLowerCase());
  if (windows) return windows;
  if (!validIana.has(trimmed)) {
    try {
      validIana.set(trimmed, new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone);
    } catch {
      validIana.set(trimmed, undefined);
    }
  }
  return validIana.get(trimmed);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;
const DAY_MS = 86_400_000;

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

/**
 * The instant a local wall-clock time (given as if it were UTC, `Date.UTC(...)`) has in a zone.
 * One rule, as Outlook and Temporal's 'compatible' disambiguation apply it: a wall time skipped by a
 * spring-forward change moves forward by the gap (New York 02:30 on 8 March 2026 is 03:30 EDT), and
 * one that occurs twice in an autumn change is its earlier occurrence (London 01:30 on 25 October
 * 2026 is 01:30 BST). Zones change offset at most once in two days, so the offsets a day either side
 * are the only candidates.
 */
export function wallToUtc(wallMs: number, zone: string): number {
  const before = offsetMinutes(zone, wallMs - DAY_MS) * 60_000;
  const after = offsetMinutes(zone, wallMs + DAY_MS) * 60_000;
  const first = wallMs - before;
  if (before === after) return first;
  const second = wallMs - after;
  const firstValid = offsetMinutes(zone, first) * 60_000 === before;
  const secondValid = offsetMinutes(zone, second) * 60_000 === after;
  if (firstValid && secondValid) return Math.min(first, second);
  if (secondValid && !firstValid) return second;
  // Valid with the old offset only, or in the gap: read with the old offset, a gap time lands past the jump.
  return first;
}
