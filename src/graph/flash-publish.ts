// Publishing a planned flash event: one Teams meeting per mentor table for the whole event (the mentor
// and the mentees who visit the table invited), created 20 to a $batch with a transactionId per event
// and table, then each meeting's body set to the schedules of everyone invited (with the other tables'
// join links, known only once all meetings exist). Progress is written to the event item after each
// step, so a retry resumes; a table whose attendees and body are unchanged is not touched, so
// publishing twice sends nothing and publishing after a change updates only the affected meetings.
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { fenceBlock, placeAtTop } from '../domain/compose-body';
import { eventSpan } from '../domain/flash-event';
import { tablesOf, type FlashTable } from '../domain/flash-plan';
import type { FlashEventRecord, TableMeeting } from '../domain/flash-record';
import { renderTableBody, tableFingerprint, type Person } from '../domain/flash-schedule';
import { readFlashEvent, listParticipants, saveFlashEvent, type FlashLists, type StoredFlashEvent } from './flash-event-store';
import { GatewayError, batchAnswerError, retryAfterMs, toGatewayError, type BatchAnswer } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { dateTimeTimeZone } from './session-meeting';

export const REQUESTS_PER_BATCH = 20;
const MAX_THROTTLE_ROUNDS = 3;
const MAX_SAVE_ROUNDS = 5;

type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((r) => setTimeout(r, ms));

export interface PublishProgress {
  step: 'meetings' | 'schedules';
  done: number;
  total: number;
}

export interface PublishOutcome {
  event: StoredFlashEvent;
  /** Meetings made by this run. */
  created: number;
  /** Meetings whose attendees or schedules were sent again. */
  updated: number;
  /** Meetings of tables no longer in the plan, cancelled. */
  cancelled: number;
  tables: number;
}

/** The same event and table always give the same id, so Graph returns the first meeting on a retry. */
export function flashTransactionId(eventKey: string, mentorId: string): string {
  return `micromentor-flash-${eventKey}-${mentorId}`;
}

interface PersonInfo extends Person {
  email: string;
}

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Sends requests 20 to a $batch, one batch at a time; throttled or unavailable answers (429, 503)
 * are sent again after the longest Retry-After, a bounded number of times. Other failures throw.
 */
async function runBatched(
  graph: GraphConnection,
  requests: InnerRequest[],
  doing: string,
  wait: Wait,
  onAnswer: (request: InnerRequest, answer: BatchAnswer) => void,
  /** Failures that mean the work is already done (a meeting cancelled earlier is gone: 404). */
  alreadyDone: (status: number) => boolean = () => false,
): Promise<void> {
  let pending = requests;
  for (let round = 0; pending.length > 0; round++) {
    const again: InnerRequest[] = [];
    let longest = 0;
    for (let i = 0; i < pending.length; i += REQUESTS_PER_BATCH) {
      const chunk = pending.slice(i, i + REQUESTS_PER_BATCH);
      let answers: BatchAnswer[];
      try {
        answers = ((await graph.client.api('/$batch').post({ requests: chunk })) as { responses: BatchAnswer[] }).responses;
      } catch (error) {
        throw toGatewayError(error, doing);
      }
      for (const answer of answers) {
        const request = chunk.find((r) => r.id === answer.id);
        if (!request) continue;
        if (answer.status === 429 || answer.status === 503 || answer.status === 504) {
          again.push(request);
          longest = Math.max(longest, retryAfterMs(answer.headers?.['Retry-After'] ?? answer.headers?.['retry-after']) ?? 1000);
          continue;
        }
        if (answer.status >= 400 && !alreadyDone(answer.status)) throw batchAnswerError(answer, doing);
        onAnswer(request, answer);
      }
    }
    if (again.length === 0) return;
    if (round + 1 >= MAX_THROTTLE_ROUNDS) {
      throw new GatewayError('throttled', `Microsoft 365 is busy and ${again.length} table meetings are still to do. Publish again in a minute; nothing will be made twice.`, 429, undefined, longest);
    }
    await wait(longest);
    pending = again;
  }
}

/** Saves a change of the event (applied to the latest copy), re-reading and re-applying it on a 412. */
async function saveChange(graph: GraphConnection, lists: FlashLists, stored: StoredFlashEvent, change: (event: FlashEventRecord) => FlashEventRecord): Promise<StoredFlashEvent> {
  let current = stored;
  for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
    const saved = await saveFlashEvent(graph, lists, current, change(current.event));
    if (saved) return saved;
    current = await readFlashEvent(graph, lists, current.event.itemId);
  }
  throw new GatewayError('conflict', 'This event keeps changing while we save it. Reload it and publish again.', 412);
}

export async function publishFlashEvent(
  graph: GraphConnection,
  lists: FlashLists,
  itemId: string,
  options: { locale?: string; onProgress?: (p: PublishProgress) => void; wait?: Wait } = {},
): Promise<PublishOutcome> {
  const wait = options.wait ?? sleep;
  let stored = await readFlashEvent(graph, lists, itemId);
  const event = stored.event;
  const plan = event.plan;
  if (!plan) throw new GatewayError('invalid', 'Plan the rounds before publishing the event.');
  if (event.status === 'cancelled') throw new GatewayError('invalid', 'This event was cancelled; it cannot be published.');
  const people = new Map<string, PersonInfo>((await listParticipants(graph, lists, event.key)).map((p) => [p.participant.userId, { name: p.participant.name, zone: p.participant.zone, email: p.participant.email }]));
  const tables = tablesOf(plan);
  const span = eventSpan(event);
  const emailsOf = (table: FlashTable) => table.attendeeIds.map((id) => people.get(id)?.email).filter((e): e is string => !!e);
  const attendees = (table: FlashTable): Attendee[] =>
    table.attendeeIds.flatMap((id) => {
      const person = people.get(id);
      return person?.email ? [{ emailAddress: { address: person.email, name: person.name }, type: 'required' as const }] : [];
    });
  const subject = (table: FlashTable) => `${event.title}: ${people.get(table.mentorId)?.name ?? 'mentor'}'s table`.slice(0, 255);
  const meetings: Record<string, TableMeeting> = { ...event.meetings };
  /** Bodies as Graph holds them (with its Teams join block), from the creates; read when not known. */
  const bodies = new Map<string, string>();

  // 1. A meeting for each table that has none yet.
  const missing = tables.filter((t) => !meetings[t.mentorId]);
  let created = 0;
  if (missing.length > 0) {
    const requests = missing.map((table, n): InnerRequest => {
      const body: Event = {
        subject: subject(table),
        body: { contentType: 'html', content: fenceBlock(renderTableBody({ event, plan, table, people, joinUrls: new Map(), locale: options.locale })) },
        start: dateTimeTimeZone(span.start),
        end: dateTimeTimeZone(span.end),
        attendees: attendees(table),
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: false,
        transactionId: flashTransactionId(event.key, table.mentorId),
      };
      return { id: String(n + 1), method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body };
    });
    await runBatched(graph, requests, 'creating the table meetings', wait, (request, answer) => {
      const table = missing[Number(request.id) - 1]!;
      const made = answer.body as Event | undefined;
      const joinUrl = made?.onlineMeeting?.joinUrl;
      // Without its join link (Teams can add it a moment late) the table is left for the retry, which finds it by transactionId.
      if (!made?.id || !joinUrl) return;
      meetings[table.mentorId] = { eventId: made.id, joinUrl };
      if (made.body?.content) bodies.set(table.mentorId, made.body.content);
      created++;
      options.onProgress?.({ step: 'meetings', done: created, total: missing.length });
    });
    stored = await saveChange(graph, lists, stored, (e) => ({ ...e, meetings: { ...e.meetings, ...meetings } }));
    const late = missing.filter((t) => !meetings[t.mentorId]);
    if (late.length > 0) throw new GatewayError('unavailable', `Teams has not added the join link to ${late.length} table meetings yet. Publish again in a minute; no meeting will be made twice.`);
  }

  // 2. Each table's attendees and schedules, sent only where they changed.
  const joinUrls = new Map(Object.entries(meetings).map(([mentorId, m]) => [mentorId, m.joinUrl]));
  const wanted = tables.map((table) => {
    const html = renderTableBody({ event, plan, table, people, joinUrls, locale: options.locale });
    return { table, html, print: tableFingerprint(emailsOf(table), html) };
  });
  const changed = wanted.filter((w) => meetings[w.table.mentorId]!.print !== w.print);
  const unread = changed.filter((w) => !bodies.has(w.table.mentorId));
  if (unread.length > 0) {
    const reads = unread.map((w, n): InnerRequest => ({ id: String(n + 1), method: 'GET', url: `/me/events/${encodeURIComponent(meetings[w.table.mentorId]!.eventId)}?$select=body` }));
    await runBatched(graph, reads, 'reading the table meetings', wait, (request, answer) => {
      bodies.set(unread[Number(request.id) - 1]!.table.mentorId, (answer.body as Event | undefined)?.body?.content ?? '');
    });
  }
  let updated = 0;
  if (changed.length > 0) {
    const patches = changed.map((w, n): InnerRequest => ({
      id: String(n + 1),
      method: 'PATCH',
      url: `/me/events/${encodeURIComponent(meetings[w.table.mentorId]!.eventId)}`,
      headers: { 'Content-Type': 'application/json' },
      // Our block replaced in place: the Teams join block Graph appended stays as it is.
      body: { attendees: attendees(w.table), body: { contentType: 'html', content: placeAtTop(bodies.get(w.table.mentorId) ?? '', w.html).html } },
    }));
    await runBatched(graph, patches, 'sending the schedules', wait, (request) => {
      const w = changed[Number(request.id) - 1]!;
      meetings[w.table.mentorId] = { ...meetings[w.table.mentorId]!, print: w.print };
      updated++;
      options.onProgress?.({ step: 'schedules', done: updated, total: changed.length });
    });
  }

  // 3. Tables no longer in the plan (a mentor who left before meeting anyone): their meetings are cancelled.
  const inPlan = new Set(tables.map((t) => t.mentorId));
  const stale = Object.keys(meetings).filter((mentorId) => !inPlan.has(mentorId));
  if (stale.length > 0) {
    const cancels = stale.map((mentorId, n): InnerRequest => ({
      id: String(n + 1),
      method: 'POST',
      url: `/me/events/${encodeURIComponent(meetings[mentorId]!.eventId)}/cancel`,
      headers: { 'Content-Type': 'application/json' },
      body: { comment: `${event.title}: this table no longer takes place. Your other tables are unchanged.` },
    }));
    await runBatched(graph, cancels, 'cancelling a table meeting', wait, () => undefined, (status) => status === 404);
  }
  const kept = Object.fromEntries(Object.entries(meetings).filter(([mentorId]) => inPlan.has(mentorId)));
  if (changed.length > 0 || stale.length > 0 || stored.event.status !== 'published') {
    stored = await saveChange(graph, lists, stored, (e) => ({ ...e, status: 'published', meetings: kept }));
  }
  return { event: stored, created, updated, cancelled: stale.length, tables: tables.length };
}
