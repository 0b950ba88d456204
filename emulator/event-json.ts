// An event row as Graph's event resource, from one viewer's side (isOrganizer, responseStatus),
// with start and end in the zone the client prefers.
import type { Database } from 'better-sqlite3';
import { formatDateTimeTimeZone, isoUtc } from './date-time-zone';
import type { AttendeeRow, EventRow } from './event-store';
import { userById, mailOf } from './user-access';

const NEVER = '0001-01-01T00:00:00Z';

/** The first 255 characters of the body as plain text, as Outlook's bodyPreview. */
export function bodyPreview(type: string, content: string): string {
  const text = type === 'html' ? htmlToText(content) : content;
  return text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\r\n').trim().slice(0, 255);
}

function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<(br|\/p|\/div|\/tr|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function locationJson(name: string): Record<string, unknown> {
  if (!name) return { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  return { displayName: name, locationType: 'default', uniqueId: name, uniqueIdType: 'private' };
}

export function eventJson(db: Database, row: EventRow, attendees: AttendeeRow[], viewerId: string, zone: string): Record<string, unknown> {
  const organizer = userById(db, row.organizer_id);
  const isOrganizer = viewerId === row.organizer_id;
  const own = attendees.find((a) => a.user_id === viewerId);
  const extra = JSON.parse(row.extra) as Record<string, unknown>;
  const json: Record<string, unknown> = {
    '@odata.etag': `W/"${row.change_key}"`,
    id: row.id,
    createdDateTime: isoUtc(row.created_ms),
    lastModifiedDateTime: isoUtc(row.modified_ms),
    changeKey: row.change_key,
    categories: extra.categories ?? [],
    ...(row.transaction_id !== null ? { transactionId: row.transaction_id } : {}),
    originalStartTimeZone: row.start_tz,
    originalEndTimeZone: row.end_tz,
    iCalUId: row.ical_uid,
    reminderMinutesBeforeStart: extra.reminderMinutesBeforeStart ?? 15,
    isReminderOn: extra.isReminderOn ?? true,
    hasAttachments: false,
    subject: row.subject,
    bodyPreview: bodyPreview(row.body_type, row.body_content),
    importance: extra.importance ?? 'normal',
    sensitivity: row.sensitivity,
    isAllDay: row.is_all_day === 1,
    isCancelled: row.is_cancelled === 1,
    isOrganizer,
    responseRequested: extra.responseRequested ?? true,
    seriesMasterId: row.series_master_id,
    showAs: row.show_as,
    type: row.event_type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(row.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: row.is_online_meeting === 1,
    onlineMeetingProvider: row.online_meeting_provider,
    allowNewTimeProposals: extra.allowNewTimeProposals ?? true,
    isDraft: false,
    hideAttendees: extra.hideAttendees ?? false,
    recurrence: null,
    responseStatus: isOrganizer
      ? { response: 'organizer', time: NEVER }
      : { response: own && own.response !== 'none' ? own.response : 'notResponded', time: NEVER },
    body: { contentType: row.body_type, content: row.body_content },
    start: formatDateTimeTimeZone(row.start_ms, zone),
    end: formatDateTimeTimeZone(row.end_ms, zone),
    location: locationJson(row.location),
    locations: row.location ? [locationJson(row.location)] : [],
    attendees: attendees.map((a) => ({
      type: a.type,
      status: { response: a.response, time: NEVER },
      emailAddress: { name: a.name, address: a.email },
    })),
    organizer: { emailAddress: { name: organizer?.display_name ?? '', address: organizer ? mailOf(organizer) : '' } },
    onlineMeeting: row.join_url ? { joinUrl: row.join_url } : null,
  };
  return json;
}
