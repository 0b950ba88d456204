// POST /users/{id}/calendar/getSchedule (and /me/…): free/busy for up to 20 people over a window
// shorter than 62 days. Each schedule is two indexed range queries (own events, events attended)
// and one pass over a byte array for the availability view; no per-slot dates.
import type { Statement } from 'better-sqlite3';
import { badRequest } from '../graph-error';
import type { EmuResponse, HandlerContext, UserRow } from '../http-types';
import { json } from '../http-types';
import type { Router } from '../router';
import type { Database } from '../store';
import { findUser, userNotFound } from './people';
import { formatDateTimeTimeZone, parseLocal } from '../date-time-zone';
import { ianaZone, windowsZoneName } from '../time-zones';

export const MAX_SCHEDULES = 20;
export const MAX_WINDOW_DAYS = 62;
const DAY = 86_400_000;

// availabilityView digits. Working elsewhere shows as 0, as Graph does "for backward compatibility".
const DIGIT: Record<string, number> = { free: 0, workingElsewhere: 0, unknown: 0, tentative: 1, busy: 2, oof: 3 };

// Item rows as arrays (better-sqlite3's raw mode): a third faster than objects for thousands of rows.
type ItemRow = [startMs: number, endMs: number, showAs: string, sensitivity: string, subject: string, location: string, response: string | null];

interface Statements {
  userByUpn: Statement;
  userByMail: Statement;
  own: Statement;
  attended: Statement;
}

const statements = new WeakMap<Database, Statements>();

function prepared(db: Database): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      userByUpn: db.prepare('SELECT * FROM users WHERE upn = ?'),
      userByMail: db.prepare('SELECT * FROM users WHERE mail = ? LIMIT 1'),
      // Both range queries walk an index: (organizer_id, start_ms) and event_attendees(user_id).
      own: db
        .prepare(
          `SELECT start_ms, end_ms, show_as, sensitivity, subject, location, NULL FROM events
           WHERE organizer_id = @id AND start_ms < @end AND end_ms > @start AND is_cancelled = 0`,
        )
        .raw(true),
      attended: db
        .prepare(
          `SELECT e.start_ms, e.end_ms, e.show_as, e.sensitivity, e.subject, e.location, a.response FROM event_attendees a JOIN events e ON e.id = a.event_id
           WHERE a.user_id = @id AND a.response <> 'declined' AND e.organizer_id <> @id AND e.start_ms < @end AND e.end_ms > @start AND e.is_cancelled = 0`,
        )
        .raw(true),
    };
    statements.set(db, s);
  }
  return s;
}

/** Graph reads action parameters without regard to case ("Schedules" and "schedules" alike). */
function param(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

function readBound(body: Record<string, unknown>, name: 'startTime' | 'endTime'): number {
  const value = param(body, name) as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (!value || typeof value !== 'object' || typeof value.dateTime !== 'string') {
    throw badRequest(`The parameter '${name}' is missing or is not a dateTimeTimeZone with a dateTime.`, 'ErrorInvalidParameter');
  }
  const zoneName = typeof value.timeZone === 'string' && value.timeZone ? value.timeZone : 'UTC';
  const zone = ianaZone(zoneName);
  if (!zone) throw badRequest(`The time zone '${zoneName}' in '${name}' is not a known Windows or IANA time zone.`, 'ErrorInvalidParameter');
  const ms = parseLocal(value.dateTime, zone);
  if (ms === undefined) throw badRequest(`The dateTime '${value.dateTime}' in '${name}' is not a valid date and time.`, 'ErrorInvalidParameter');
  return ms;
}

function readInterval(body: Record<string, unknown>): number {
  const raw = param(body, 'availabilityViewInterval');
  if (raw === undefined || raw === null) return 30;
  const interval = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw badRequest(`The availabilityViewInterval '${String(raw)}' is out of range: use whole minutes from 5 to 1440.`, 'ErrorInvalidParameter');
  }
  return interval;
}

/** `Prefer: outlook.timezone="Pacific Standard Time"` → the name as given and its IANA zone; UTC without it. */
export function preferredZone(prefer: string | undefined): { name: string; zone: string } | undefined {
  const m = /outlook\.timezone\s*=\s*"?([^",]+)"?/i.exec(prefer ?? '');
  if (!m) return { name: 'UTC', zone: 'UTC' };
  const name = m[1]!.trim();
  const zone = ianaZone(name);
  return zone ? { name, zone } : undefined;
}

function getSchedule(ctx: HandlerContext): EmuResponse {
  if (!findUser(ctx.db, ctx.params.userId!)) throw userNotFound(ctx.params.userId!);
  const body = ctx.req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw badRequest('The request body must be a JSON object with schedules, startTime and endTime.', 'ErrorInvalidParameter');
  }
  const input = body as Record<string, unknown>;
  const schedules = param(input, 'schedules');
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw badRequest("The parameter 'schedules' must be a non-empty array of SMTP addresses.", 'ErrorInvalidParameter');
  }
  if (schedules.length > MAX_SCHEDULES) {
    throw badRequest(`The request asks for ${schedules.length} schedules; getSchedule accepts at most ${MAX_SCHEDULES} per request.`, 'ErrorInvalidParameter');
  }
  const start = readBound(input, 'startTime');
  const end = readBound(input, 'endTime');
  if (end <= start) throw badRequest('The endTime must be later than the startTime.', 'ErrorInvalidParameter');
  if (end - start >= MAX_WINDOW_DAYS * DAY) {
    throw badRequest(`The time window is too long: getSchedule answers for windows shorter than ${MAX_WINDOW_DAYS} days.`, 'ErrorTimeIntervalTooBig');
  }
  const interval = readInterval(input);
  const out = preferredZone(ctx.req.headers.prefer);
  if (!out) throw badRequest(`The time zone in the Prefer header ('${ctx.req.headers.prefer}') is not a known Windows or IANA time zone.`, 'ErrorInvalidParameter');

  const s = prepared(ctx.db);
  const slots = Math.ceil((end - start) / (interval * 60_000));
  // Colleagues share meeting times, so one formatting per instant serves the whole request.
  const dateTimes = new Map<number, string>();
  const value = (schedules as string[]).map((address) => {
    const smtp = address.trim();
    const user = (s.userByUpn.get(smtp) ?? s.userByMail.get(smtp)) as UserRow | undefined;
    if (!user) {
      return { scheduleId: address, error: { message: `Unable to resolve e-mail address ${address} to an Active Directory object.`, responseCode: 'ErrorMailRecipientNotFound' } };
    }
    const window = { id: user.id, start, end };
    const rows = (s.own.all(window) as ItemRow[]).concat(s.attended.all(window) as ItemRow[]);
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return scheduleOf(user, address, rows, { start, end, interval, slots, outName: out.name, outZone: out.zone, dateTimes });
  });
  const headers: Record<string, string> = ctx.req.headers.prefer ? { 'preference-applied': `outlook.timezone="${out.name}"` } : {};
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value }, headers);
}

function scheduleOf(
  user: UserRow,
  scheduleId: string,
  rows: ItemRow[],
  w: { start: number; end: number; interval: number; slots: number; outName: string; outZone: string; dateTimes: Map<number, string> },
): Record<string, unknown> {
  const view = new Uint8Array(w.slots);
  const step = w.interval * 60_000;
  const format = (ms: number) => {
    let text = w.dateTimes.get(ms);
    if (text === undefined) w.dateTimes.set(ms, (text = formatDateTimeTimeZone(ms, w.outZone).dateTime));
    return text;
  };
  const scheduleItems = rows.map(([startMs, endMs, showAs, sensitivity, subject, location, response]) => {
    // An invitation accepted tentatively shows as tentative, whatever the organiser's showAs.
    const status = response === 'tentativelyAccepted' && showAs === 'busy' ? 'tentative' : showAs;
    const digit = DIGIT[status] ?? 0;
    if (digit > 0) {
      const from = Math.max(0, Math.floor((startMs - w.start) / step));
      const to = Math.min(w.slots, Math.ceil((endMs - w.start) / step));
      for (let i = from; i < to; i++) if (view[i]! < digit) view[i] = digit;
    }
    const start = { dateTime: format(startMs), timeZone: w.outName };
    const end = { dateTime: format(endMs), timeZone: w.outName };
    return sensitivity === 'private' ? { isPrivate: true, status, start, end } : { isPrivate: false, status, subject, location, start, end };
  });
  for (let i = 0; i < view.length; i++) view[i]! += 48; // digits as ASCII
  return {
    scheduleId,
    availabilityView: Buffer.from(view).toString('latin1'),
    scheduleItems,
    workingHours: {
      daysOfWeek: JSON.parse(user.work_days) as string[],
      startTime: `${user.work_start}.0000000`,
      endTime: `${user.work_end}.0000000`,
      timeZone: { name: windowsZoneName(user.time_zone) },
    },
  };
}

export function register(router: Router): void {
  router.post('/v1.0/users/:userId/calendar/getSchedule', getSchedule);
}
