// Events as rows: one row per event, seen by its organizer and by the attendees who are users of
// the organisation (event_attendees.user_id).
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { notFound } from './graph-error';

export interface EventRow {
  id: string;
  organizer_id: string;
  transaction_id: string | null;
  ical_uid: string;
  series_master_id: string | null;
  event_type: string;
  subject: string;
  body_type: string;
  body_content: string;
  location: string;
  start_ms: number;
  end_ms: number;
  start_tz: string;
  end_tz: string;
  is_all_day: number;
  show_as: string;
  sensitivity: string;
  is_online_meeting: number;
  online_meeting_provider: string;
  join_url: string | null;
  chat_id: string | null;
  is_cancelled: number;
  created_ms: number;
  modified_ms: number;
  change_key: string;
  extra: string;
}

export interface AttendeeRow {
  event_id: string;
  email: string;
  user_id: string | null;
  name: string;
  type: string;
  response: string;
}

/** Outlook-like ids: `AAMkA…`, URL-safe so they fit a path segment unencoded. */
export function newEventId(): string {
  return `AAMkA${randomBytes(30).toString('base64url')}`;
}

export function newChangeKey(): string {
  return randomBytes(18).toString('base64');
}

/** iCalUId in Exchange's form: a fixed class id prefix and a random tail, in hex. */
export function newICalUId(): string {
  return `040000008200E00074C5B7101A82E00800000000${randomBytes(28).toString('hex').toUpperCase()}`;
}

export function findEvent(db: Database, id: string): EventRow | undefined {
  return db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
}

export function eventByTransaction(db: Database, organizerId: string, transactionId: string): EventRow | undefined {
  return db.prepare('SELECT * FROM events WHERE organizer_id = ? AND transaction_id = ?').get(organizerId, transactionId) as EventRow | undefined;
}

export function attendeesOf(db: Database, eventId: string): AttendeeRow[] {
  return db.prepare('SELECT * FROM event_attendees WHERE event_id = ? ORDER BY rowid').all(eventId) as AttendeeRow[];
}

export function isAttendee(attendees: AttendeeRow[], userId: string): boolean {
  return attendees.some((a) => a.user_id === userId);
}

/** The event as the given user may see it, or Graph's 404 (attendees and organizers alike). */
export function visibleEvent(db: Database, id: string, userId: string): { row: EventRow; attendees: AttendeeRow[] } {
  const row = findEvent(db, id);
  const attendees = row ? attendeesOf(db, id) : [];
  if (!row || row.is_cancelled || (row.organizer_id !== userId && !isAttendee(attendees, userId))) {
    throw notFound('The specified object was not found in the store.');
  }
  return { row, attendees };
}

/** The user's events (organised or attended, not cancelled) matching `where`; a UNION keeps both halves on their indexes. */
function eventsFor(db: Database, userId: string, where: string, order: string, params: Record<string, number> = {}): EventRow[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT e.* FROM events e WHERE e.organizer_id = @userId AND e.is_cancelled = 0 AND ${where}
         UNION
         SELECT e.* FROM event_attendees a JOIN events e ON e.id = a.event_id WHERE a.user_id = @userId AND e.is_cancelled = 0 AND ${where}
       ) AS e ORDER BY ${order}`,
    )
    .all({ userId, ...params }) as EventRow[];
}

/** Events the user organises or attends, not cancelled, overlapping [startMs, endMs), by start. */
export function eventsInWindow(db: Database, userId: string, startMs: number, endMs: number): EventRow[] {
  return eventsFor(db, userId, 'e.start_ms < @endMs AND e.end_ms > @startMs', 'e.start_ms, e.end_ms, e.id', { startMs, endMs });
}

/** Every event the user organises or attends, newest-created first (as /me/events lists them). */
export function eventsOf(db: Database, userId: string): EventRow[] {
  return eventsFor(db, userId, '1 = 1', 'e.created_ms DESC, e.id');
}

/** Replaces the attendee list, keeping the responses of people who stay invited. */
export function replaceAttendees(db: Database, eventId: string, attendees: Omit<AttendeeRow, 'event_id' | 'response'>[]): void {
  const previous = new Map(attendeesOf(db, eventId).map((a) => [a.email.toLowerCase(), a.response]));
  db.prepare('DELETE FROM event_attendees WHERE event_id = ?').run(eventId);
  const insert = db.prepare('INSERT OR IGNORE INTO event_attendees (event_id, email, user_id, name, type, response) VALUES (?, ?, ?, ?, ?, ?)');
  for (const a of attendees) insert.run(eventId, a.email, a.user_id, a.name, a.type, previous.get(a.email.toLowerCase()) ?? 'none');
}
