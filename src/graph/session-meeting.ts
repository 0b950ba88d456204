// The session's Teams meeting: an Outlook event with an online meeting, created so that a retry
// never makes a second one (Graph de-duplicates POST /me/events on transactionId).
import type { Event } from '@microsoft/microsoft-graph-types';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';

export interface SessionMeetingRequest {
  sessionId: string;
  subject: string;
  /** Rendered, escaped HTML (domain rendering); Graph appends the Teams join block to it. */
  bodyHtml: string;
  start: number;
  end: number;
  mentor: { email: string; name: string };
}

export interface MeetingRef {
  eventId: string;
  joinUrl: string;
  webLink?: string;
}

/** The same session always gives the same transactionId, so Graph returns the first event on a retry. */
export function meetingTransactionId(sessionId: string): string {
  return `micromentor-session-${sessionId}`;
}

export function dateTimeTimeZone(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' };
}

export async function createSessionMeeting(graph: GraphConnection, request: SessionMeetingRequest, waitMs: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<MeetingRef> {
  if (!(request.end > request.start)) throw new GatewayError('invalid', 'The session must end after it starts.');
  const event: Event = {
    subject: request.subject,
    body: { contentType: 'html', content: request.bodyHtml },
    start: dateTimeTimeZone(request.start),
    end: dateTimeTimeZone(request.end),
    attendees: [{ emailAddress: { address: request.mentor.email, name: request.mentor.name }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: false,
    transactionId: meetingTransactionId(request.sessionId),
  };
  let created: Event;
  try {
    created = (await graph.client.api('/me/events').post(event)) as Event;
  } catch (error) {
    throw toGatewayError(error, 'creating the Teams meeting');
  }
  if (!created.id) throw new GatewayError('unavailable', 'Microsoft 365 created the meeting but did not say which one. Try again.');
  let joinUrl = created.onlineMeeting?.joinUrl ?? undefined;
  // Exchange can add the Teams meeting a moment after the event: ask again briefly.
  for (let attempt = 0; !joinUrl && attempt < 3; attempt++) {
    await waitMs(500 * (attempt + 1));
    try {
      const fresh = (await graph.client.api(`/me/events/${encodeURIComponent(created.id)}`).select('onlineMeeting,webLink').get()) as Event;
      joinUrl = fresh.onlineMeeting?.joinUrl ?? undefined;
    } catch (error) {
      throw toGatewayError(error, 'reading the new Teams meeting');
    }
  }
  if (!joinUrl) {
    throw new GatewayError('unavailable', 'The meeting was created, but Teams has not added its join link yet. Try again in a minute; no second meeting will be made.');
  }
  return { eventId: created.id, joinUrl, webLink: created.webLink ?? undefined };
}
