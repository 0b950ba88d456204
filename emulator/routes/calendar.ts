// Outlook calendar: calendarView, events (create with Teams meetings and transactionId dedup,
// get, update, delete, cancel) and the default calendar.
import { collectionBody } from '../collection-query';
import { parseLocal, preferenceApplied, preferredZone } from '../date-time-zone';
import { checkTimes, readEventInput, type AttendeeInput, type EventInput } from '../event-input';
import { eventJson } from '../event-json';
import {
  attendeesOf,
  eventByTransaction,
  eventsInWindow,
  eventsOf,
  findEvent,
  newChangeKey,
  newEventId,
  newICalUId,
  replaceAttendees,
  visibleEvent,
  type EventRow,
} from '../event-store';
import { GraphFault, badRequest, forbidden } from '../graph-error';
import { json, noContent, type HandlerContext, type EmuResponse } from '../http-types';
import { applySelect, readSelect } from '../odata';
import type { Router } from '../router';
import { createTeamsMeeting, joinBlockHtml, syncChatMembers, updateTeamsMeeting } from '../teams-meeting';
import { mailOf, requireSelf } from '../user-access';

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;

export function register(router: Router): void {
  router.get('/v1.0/users/:userId/calendar', getCalendar);
  for (const prefix of ['/v1.0/users/:userId', '/v1.0/users/:userId/calendar']) {
    router.get(`${prefix}/calendarView`, calendarView);
    router.get(`${prefix}/events`, listEvents);
    router.post(`${prefix}/events`, createEvent);
    router.get(`${prefix}/events/:eventId`, getEvent);
    router.patch(`${prefix}/events/:eventId`, updateEvent);
    router.delete(`${prefix}/events/:eventId`, deleteEvent);
    router.post(`${prefix}/events/:eventId/cancel`, cancelEvent);
    router.post(`${prefix}/events/:eventId/decline`, declineEvent);
  }
}

function context(ctx: HandlerContext, tail: string): string {
  return `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/${tail}`;
}

function render(ctx: HandlerContext, row: EventRow, zone: string): Record<string, unknown> {
  return eventJson(ctx.db, row, attendeesOf(ctx.db, row.id), ctx.user.id, zone);
}

function getCalendar(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  return json(200, {
    '@odata.context': context(ctx, 'calendar/$entity'),
    id: `AAMkAC${Buffer.from(ctx.user.id).toString('base64url')}`,
    name: 'Calendar',
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: true,
    changeKey: Buffer.from(`calendar:${ctx.user.id}`).toString('base64').slice(0, 24),
    canShare: true,
    canViewPrivateItems: true,
    canEdit: true,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: false,
    owner: { name: ctx.user.display_name, address: mailOf(ctx.user) },
  });
}

/** Query parameter by name, ignoring case (Outlook accepts StartDateTime as well). */
function param(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function calendarView(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const rawStart = param(ctx.req.query, 'startDateTime');
  const rawEnd = param(ctx.req.query, 'endDateTime');
  if (!rawStart || !rawEnd) {
    throw badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
  }
  // Values without an offset are UTC; the Prefer zone only shapes the output.
  const startMs = parseLocal(rawStart, 'UTC');
  const endMs = parseLocal(rawEnd, 'UTC');
  if (startMs === undefined || endMs === undefined) {
    throw badRequest(`The value '${startMs === undefined ? rawStart : rawEnd}' of parameter '${startMs === undefined ? 'StartDateTime' : 'EndDateTime'}' is invalid.`, 'ErrorInvalidParameter');
  }
  if (endMs < startMs) throw badRequest('The parameter EndDateTime must be later than StartDateTime.', 'ErrorInvalidParameter');
  const zone = preferredZone(ctx.req.headers);
  const items = eventsInWindow(ctx.db, ctx.user.id, startMs, endMs).map((row) => render(ctx, row, zone));
  return json(200, collectionBody(ctx, items, { defaultTop: DEFAULT_PAGE, maxTop: MAX_PAGE, context: context(ctx, 'calendarView') }), preferenceApplied(zone, ctx.req.headers));
}

function listEvents(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const zone = preferredZone(ctx.req.headers);
  const items = eventsOf(ctx.db, ctx.user.id).map((row) => render(ctx, row, zone));
  return json(200, collectionBody(ctx, items, { defaultTop: DEFAULT_PAGE, maxTop: MAX_PAGE, context: context(ctx, 'events') }), preferenceApplied(zone, ctx.req.headers));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Outlook stores HTML bodies as whole documents; an online meeting's body ends with the join block. */
function composeBody(type: 'html' | 'text', content: string, joinBlock?: string): { type: 'html' | 'text'; content: string } {
  if (type === 'text' && !joinBlock) return { type, content };
  const html = type === 'text' ? escapeHtml(content).replace(/\r?\n/g, '<br>\r\n') : content;
  const inner = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const parts = [inner, joinBlock].filter((p): p is string => !!p && p.trim() !== '');
  if (parts.length === 0) return { type: 'html', content: '' };
  return {
    type: 'html',
    content: `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${parts.join('\r\n')}\r\n</body>\r\n</html>\r\n`,
  };
}

function wantsTeams(input: EventInput): boolean {
  if (!input.isOnlineMeeting) return false;
  const provider = input.onlineMeetingProvider ?? 'teamsForBusiness';
  if (provider !== 'teamsForBusiness') {
    throw badRequest(`The online meeting provider '${provider}' is not allowed for this calendar; allowedOnlineMeetingProviders is ["teamsForBusiness"].`, 'ErrorInvalidRequest');
  }
  return true;
}

function memberIds(attendees: AttendeeInput[] | { user_id: string | null }[], organizerId: string): string[] {
  return attendees.map((a) => a.user_id).filter((id): id is string => id !== null && id !== organizerId);
}

function createEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const input = readEventInput(ctx.db, ctx.req.body);
  const zone = preferredZone(ctx.req.headers);
  const headers = preferenceApplied(zone, ctx.req.headers);
  // A retried create (same organizer, same transactionId) answers with the event already made.
  if (input.transactionId) {
    const existing = eventByTransaction(ctx.db, ctx.user.id, input.transactionId);
    if (existing) return json(201, { '@odata.context': context(ctx, 'events/$entity'), ...render(ctx, existing, zone) }, headers);
  }
  if (!input.start || !input.end) {
    throw badRequest(`The event needs both "start" and "end"; "${input.start ? 'end' : 'start'}" is missing.`, 'ErrorInvalidRequest');
  }
  checkTimes(input.start.ms, input.end.ms);
  const teams = wantsTeams(input);
  const attendees = input.attendees ?? [];
  const id = newEventId();
  const subject = input.subject ?? '';
  const row = ctx.db.transaction((): EventRow => {
    const meeting = teams
      ? createTeamsMeeting(ctx.db, { eventId: id, organizer: ctx.user, memberIds: memberIds(attendees, ctx.user.id), subject, startMs: input.start!.ms, endMs: input.end!.ms, now: ctx.now })
      : undefined;
    const body = composeBody(input.body?.type ?? 'html', input.body?.content ?? '', meeting && joinBlockHtml(meeting.join_url, meeting.chat_id, ctx.user.id));
    ctx.db
      .prepare(
        `INSERT INTO events (id, organizer_id, transaction_id, ical_uid, subject, body_type, body_content, location, start_ms, end_ms, start_tz, end_tz,
           is_all_day, show_as, sensitivity, is_online_meeting, online_meeting_provider, join_url, chat_id, created_ms, modified_ms, change_key, extra)
         VALUES (@id, @organizer_id, @transaction_id, @ical_uid, @subject, @body_type, @body_content, @location, @start_ms, @end_ms, @start_tz, @end_tz,
           @is_all_day, @show_as, @sensitivity, @is_online_meeting, @online_meeting_provider, @join_url, @chat_id, @now, @now, @change_key, @extra)`,
      )
      .run({
        id,
        organizer_id: ctx.user.id,
        transaction_id: input.transactionId ?? null,
        ical_uid: newICalUId(),
        subject,
        body_type: body.type,
        body_content: body.content,
        location: input.location ?? '',
        start_ms: input.start!.ms,
        end_ms: input.end!.ms,
        start_tz: input.start!.zone,
        end_tz: input.end!.zone,
        is_all_day: input.isAllDay ? 1 : 0,
        show_as: input.showAs ?? 'busy',
        sensitivity: input.sensitivity ?? 'normal',
        is_online_meeting: input.isOnlineMeeting ? 1 : 0,
        online_meeting_provider: teams ? 'teamsForBusiness' : (input.onlineMeetingProvider ?? 'unknown'),
        join_url: meeting?.join_url ?? null,
        chat_id: meeting?.chat_id ?? null,
        now: ctx.now,
        change_key: newChangeKey(),
        extra: JSON.stringify(input.extra),
      });
    replaceAttendees(ctx.db, id, attendees);
    return findEvent(ctx.db, id)!;
  })();
  return json(201, { '@odata.context': context(ctx, 'events/$entity'), ...render(ctx, row, zone) }, headers);
}

function getEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const { row } = visibleEvent(ctx.db, ctx.params.eventId!, ctx.user.id);
  const zone = preferredZone(ctx.req.headers);
  const selected = applySelect(render(ctx, row, zone), readSelect(ctx.req.query));
  return json(200, { '@odata.context': context(ctx, 'events/$entity'), ...selected }, preferenceApplied(zone, ctx.req.headers));
}

/** The event the signed-in user organises, or 404 (unknown) / 403 (an attendee's copy). */
function ownEvent(ctx: HandlerContext): EventRow {
  const { row } = visibleEvent(ctx.db, ctx.params.eventId!, ctx.user.id);
  if (row.organizer_id !== ctx.user.id) {
    throw forbidden('Access is denied. Only the organizer can change or delete this meeting.', 'ErrorAccessDenied');
  }
  return row;
}

function updateEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const row = ownEvent(ctx);
  const input = readEventInput(ctx.db, ctx.req.body);
  if (input.transactionId !== undefined && input.transactionId !== row.transaction_id) {
    throw badRequest('The transactionId of an event cannot be changed after it is created.', 'ErrorInvalidRequest');
  }
  if (row.is_online_meeting && input.isOnlineMeeting === false) {
    throw badRequest('An online meeting cannot be turned off: isOnlineMeeting cannot be set to false once it is true.', 'ErrorInvalidRequest');
  }
  if (row.is_online_meeting && input.onlineMeetingProvider && input.onlineMeetingProvider !== row.online_meeting_provider) {
    throw badRequest('The onlineMeetingProvider of an online meeting cannot be changed.', 'ErrorInvalidRequest');
  }
  const startMs = input.start?.ms ?? row.start_ms;
  const endMs = input.end?.ms ?? row.end_ms;
  checkTimes(startMs, endMs);
  const turnOn = !row.is_online_meeting && wantsTeams(input);
  const subject = input.subject ?? row.subject;
  const zone = preferredZone(ctx.req.headers);

  const updated = ctx.db.transaction((): EventRow => {
    if (input.attendees) replaceAttendees(ctx.db, row.id, input.attendees);
    const attendees = attendeesOf(ctx.db, row.id);
    // A replaced body loses the join block, as in Outlook; the client must keep it.
    let body = input.body ? composeBody(input.body.type, input.body.content) : { type: row.body_type as 'html' | 'text', content: row.body_content };
    let joinUrl = row.join_url;
    let chatId = row.chat_id;
    if (turnOn) {
      const meeting = createTeamsMeeting(ctx.db, { eventId: row.id, organizer: ctx.user, memberIds: memberIds(attendees, ctx.user.id), subject, startMs, endMs, now: ctx.now });
      joinUrl = meeting.join_url;
      chatId = meeting.chat_id;
      body = composeBody(body.type, body.content, joinBlockHtml(meeting.join_url, meeting.chat_id, ctx.user.id));
    } else if (row.chat_id) {
      if (input.attendees) syncChatMembers(ctx.db, row.chat_id, ctx.user.id, memberIds(attendees, ctx.user.id));
      updateTeamsMeeting(ctx.db, row.id, { subject, startMs, endMs, now: ctx.now });
    }
    ctx.db
      .prepare(
        `UPDATE events SET subject = @subject, body_type = @body_type, body_content = @body_content, location = @location, start_ms = @start_ms, end_ms = @end_ms,
           start_tz = @start_tz, end_tz = @end_tz, is_all_day = @is_all_day, show_as = @show_as, sensitivity = @sensitivity, is_online_meeting = @is_online_meeting,
           online_meeting_provider = @online_meeting_provider, join_url = @join_url, chat_id = @chat_id, modified_ms = @now, change_key = @change_key, extra = @extra
         WHERE id = @id`,
      )
      .run({
        id: row.id,
        subject,
        body_type: body.type,
        body_content: body.content,
        location: input.location ?? row.location,
        start_ms: startMs,
        end_ms: endMs,
        start_tz: input.start?.zone ?? row.start_tz,
        end_tz: input.end?.zone ?? row.end_tz,
        is_all_day: input.isAllDay === undefined ? row.is_all_day : input.isAllDay ? 1 : 0,
        show_as: input.showAs ?? row.show_as,
        sensitivity: input.sensitivity ?? row.sensitivity,
        is_online_meeting: turnOn ? 1 : row.is_online_meeting,
        online_meeting_provider: turnOn ? 'teamsForBusiness' : row.is_online_meeting ? row.online_meeting_provider : (input.onlineMeetingProvider ?? row.online_meeting_provider),
        join_url: joinUrl,
        chat_id: chatId,
        now: ctx.now,
        change_key: newChangeKey(),
        extra: JSON.stringify({ ...(JSON.parse(row.extra) as Record<string, unknown>), ...input.extra }),
      });
    return findEvent(ctx.db, row.id)!;
  })();
  return json(200, { '@odata.context': context(ctx, 'events/$entity'), ...render(ctx, updated, zone) }, preferenceApplied(zone, ctx.req.headers));
}

/** Removes the meeting from every calendar; its Teams chat stays, as a cancelled meeting's chat does. */
function removeEvent(ctx: HandlerContext, row: EventRow): void {
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM event_attendees WHERE event_id = ?').run(row.id);
    ctx.db.prepare('DELETE FROM events WHERE id = ?').run(row.id);
  })();
}

function deleteEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  removeEvent(ctx, ownEvent(ctx));
  return noContent();
}

/** An attendee declines: their response is recorded, so the meeting no longer makes them busy (getSchedule). */
function declineEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const { row } = visibleEvent(ctx.db, ctx.params.eventId!, ctx.user.id);
  if (row.organizer_id === ctx.user.id) throw new GraphFault(400, 'ErrorInvalidRequest', "Your request can't be completed. The organizer can't decline their own meeting; cancel it instead.");
  const body = (ctx.req.body as { Comment?: unknown; comment?: unknown; SendResponse?: unknown; sendResponse?: unknown } | undefined) ?? {};
  const text = body.Comment ?? body.comment;
  if (text !== undefined && typeof text !== 'string') throw badRequest("The property 'Comment' must be a string.", 'RequestBodyRead');
  ctx.db.prepare("UPDATE event_attendees SET response = 'declined' WHERE event_id = ? AND user_id = ?").run(row.id, ctx.user.id);
  return { status: 202 };
}

function cancelEvent(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const { row } = visibleEvent(ctx.db, ctx.params.eventId!, ctx.user.id);
  if (row.organizer_id !== ctx.user.id) {
    throw new GraphFault(400, 'ErrorInvalidRequest', 'Your request can\'t be completed. You need to be an organizer to cancel a meeting.');
  }
  const comment = (ctx.req.body as { Comment?: unknown; comment?: unknown } | undefined) ?? {};
  const text = comment.Comment ?? comment.comment;
  if (text !== undefined && typeof text !== 'string') throw badRequest("The property 'Comment' must be a string.", 'RequestBodyRead');
  removeEvent(ctx, row);
  return { status: 202 };
}
