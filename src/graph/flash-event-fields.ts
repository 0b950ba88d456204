// Flash events and participants as the columns of the FlashEvents and FlashParticipants lists, and
// back. The lists can be edited by hand in Microsoft Lists, so every column read is checked and a bad
// value is a GatewayError naming the item, the column and what it may be.
import * as z from 'zod/mini';
import { FLASH_ROUND_MINUTES } from '../domain/flash-event';
import type { FlashParticipant, FlashRole, RegistrationStatus, RoundVerdict } from '../domain/flash-participants';
import type { FlashPlan } from '../domain/flash-plan';
import { FLASH_EVENT_STATUSES, type FlashEventRecord, type TableMeeting } from '../domain/flash-record';
import { GatewayError } from './gateway-error';
import { shown } from './graph-ids';

export type ListFields = Record<string, string | number | boolean | null>;

const FIX = 'Ask your program manager to correct it in Microsoft Lists.';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const planSchema = z.object({
  rounds: z.array(z.object({ round: z.number(), pairs: z.array(z.object({ menteeId: z.string(), mentorId: z.string(), fit: z.number() })), byes: z.array(z.string()) })),
  mentorIds: z.array(z.string()),
  totalFit: z.number(),
  randomTotalFit: z.number(),
});
const meetingsSchema = z.record(z.string(), z.object({ eventId: z.string(), joinUrl: z.string(), print: z.optional(z.string()) }));
const topicsSchema = z.array(z.string());
const feedbackSchema = z.record(z.string(), z.enum(['useful', 'not-useful']));

/** Reads one item's columns, each checked. */
class Reader {
  constructor(
    private readonly what: string,
    private readonly f: Record<string, unknown>,
  ) {}

  refuse(column: string, why: string): never {
    const v = this.f[column];
    const has = v === undefined || v === null || v === '' ? `no ${column}` : `${column} ${shown(v)}`;
    throw new GatewayError('invalid', `${this.what} has ${has}, which Micromentor cannot use. ${why} ${FIX}`, undefined, undefined, undefined, column);
  }

  text(column: string, required = true): string {
    const v = this.f[column];
    if (v === undefined || v === null || v === '') return required ? this.refuse(column, 'It must not be empty.') : '';
    return typeof v === 'string' ? v : this.refuse(column, 'It must be text.');
  }

  choice<T extends string | number>(column: string, values: readonly T[]): T {
    const v = this.f[column];
    return values.includes(v as T) ? (v as T) : this.refuse(column, `It may be one of: ${values.join(', ')}.`);
  }

  whole(column: string, min: number, max: number): number {
    const v = this.f[column];
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : this.refuse(column, `It must be a whole number from ${min} to ${max}.`);
  }

  instant(column: string): number {
    const v = this.f[column];
    const ms = typeof v === 'string' && ISO_INSTANT.test(v) ? Date.parse(v) : NaN;
    return Number.isFinite(ms) ? ms : this.refuse(column, 'It must be a date and time.');
  }

  json<T>(column: string, schema: z.ZodMiniType<T>, empty: T): T {
    const v = this.f[column];
    if (v === undefined || v === null || v === '') return empty;
    let parsed: unknown;
    try {
      parsed = typeof v === 'string' ? JSON.parse(v) : undefined;
    } catch {
      return this.refuse(column, 'It must be the JSON Micromentor writes, or empty.');
    }
    const result = schema.safeParse(parsed);
    return result.success ? result.data : this.refuse(column, 'It must be the JSON Micromentor writes, or empty.');
  }
}

export function eventToFields(e: FlashEventRecord): ListFields {
  return {
    Title: e.title,
    EventKey: e.key,
    OrganizerId: e.organizerId,
    Status: e.status,
    StartUtc: iso(e.start),
    TimeZone: e.zone,
    RoundMinutes: e.roundMinutes,
    Rounds: e.rounds,
    BreakMinutes: e.breakMinutes,
    Topics: JSON.stringify(e.topics),
    RegistrationClosesUtc: iso(e.registrationCloses),
    Plan: e.plan ? JSON.stringify(e.plan) : '',
    Meetings: Object.keys(e.meetings).length > 0 ? JSON.stringify(e.meetings) : '',
  };
}

export function fieldsToEvent(itemId: string, f: Record<string, unknown>): FlashEventRecord {
  const read = new Reader(`Flash event ${itemId} in the FlashEvents list`, f);
  const plan = read.json<FlashPlan | undefined>('Plan', planSchema, undefined);
  return {
    itemId,
    key: read.text('EventKey'),
    title: read.text('Title'),
    organizerId: read.text('OrganizerId'),
    status: read.choice('Status', FLASH_EVENT_STATUSES),
    start: read.instant('StartUtc'),
    zone: read.text('TimeZone'),
    roundMinutes: read.choice('RoundMinutes', FLASH_ROUND_MINUTES),
    rounds: read.whole('Rounds', 1, 8),
    breakMinutes: read.whole('BreakMinutes', 0, 15),
    topics: read.json('Topics', topicsSchema, []),
    registrationCloses: read.instant('RegistrationClosesUtc'),
    ...(plan ? { plan } : {}),
    meetings: read.json<Record<string, TableMeeting>>('Meetings', meetingsSchema, {}),
  };
}

/** Only the columns that differ, for an If-Match PATCH. */
export function changedEventFields(before: FlashEventRecord, after: FlashEventRecord): ListFields {
  const a = eventToFields(before);
  const b = eventToFields(after);
  return Object.fromEntries(Object.entries(b).filter(([k, v]) => a[k] !== v));
}

const ROLES: readonly FlashRole[] = ['mentor', 'mentee'];
const STATUSES: readonly RegistrationStatus[] = ['invited', 'registered', 'declined', 'dropped'];

export function participantKey(eventKey: string, userId: string): string {
  return `${eventKey}:${userId}`;
}

export function participantToFields(eventKey: string, p: FlashParticipant): ListFields {
  return {
    Title: p.name,
    ParticipantKey: participantKey(eventKey, p.userId),
    EventKey: eventKey,
    UserId: p.userId,
    Email: p.email,
    Role: p.role,
    Status: p.status,
    Topics: JSON.stringify(p.topics),
    TimeZone: p.zone,
    Feedback: p.feedback && Object.keys(p.feedback).length > 0 ? JSON.stringify(p.feedback) : '',
  };
}

export function fieldsToParticipant(itemId: string, f: Record<string, unknown>): FlashParticipant & { eventKey: string } {
  const read = new Reader(`Participant ${itemId} in the FlashParticipants list`, f);
  const feedback = read.json<Record<string, RoundVerdict> | undefined>('Feedback', feedbackSchema, undefined);
  return {
    eventKey: read.text('EventKey'),
    userId: read.text('UserId'),
    name: read.text('Title', false),
    email: read.text('Email'),
    role: read.choice('Role', ROLES),
    status: read.choice('Status', STATUSES),
    topics: read.json('Topics', topicsSchema, []),
    zone: read.text('TimeZone', false) || 'UTC',
    ...(feedback && Object.keys(feedback).length > 0 ? { feedback } : {}),
  };
}
