// A session as the columns of the program site's Sessions list, and back. Structured parts
// (checklists, time box, actions, progress) are JSON in multi-line text columns that Microsoft
// Lists shows. Program managers edit the list by hand, so every column read is parsed with a
// schema: a value the app cannot use is a GatewayError naming the record, the column, the value
// and what it may be, never a cast that makes a renderer throw later.
import * as z from 'zod/mini';
import { ALL_CHECKLIST_ITEMS, type ChecklistState } from '../domain/checklists';
import { RESOURCE_TITLE_MAX, type FollowUpResource } from '../domain/follow-up-resource';
import { linkProblem } from '../domain/links';
import { CHAT_POST_KINDS, SESSION_FORMATS, SESSION_RESULTS, SESSION_STATUSES, type AgreedAction, type ChatPosts, type Referral, type Session } from '../domain/session';
import { ACTION_ID, OWNER_NAME_MAX } from '../domain/session-edits';
import type { TimeBoxMinutes } from '../domain/time-box';
import type { TimeBoxState } from '../domain/time-box-reducer';
import { GatewayError } from './gateway-error';
import { idProblem, shown, type IdKind } from './graph-ids';
import { SEQUENCE_COLUMN_SHAPE, sequenceSchema, sequenceToField, withStoredSequence, type StoredSequence } from './sequence-fields';

export type SessionFields = Record<string, string | number | boolean | null>;

interface StoredProgress {
  checklistMessageId?: string | null;
  chatPosts?: ChatPosts;
}

/** The FollowUp column: what the mentor gives the mentee to go on with. */
interface StoredFollowUp {
  resource?: FollowUpResource;
  referral?: Referral;
  /** The mentor suggested a follow-up session. */
  suggested?: { at: number };
}

export function sessionToFields(s: Session): SessionFields {
  const progress: StoredProgress = { checklistMessageId: s.checklistMessageId ?? null, chatPosts: s.chatPosts };
  const followUp: StoredFollowUp = {
    ...(s.followUp ? { resource: s.followUp } : {}),
    ...(s.referral ? { referral: s.referral } : {}),
    ...(s.followUpSuggested ? { suggested: { at: s.followUpSuggested.at } } : {}),
  };
  return {
    Title: s.goal.slice(0, 255),
    SessionKey: s.key,
    MenteeId: s.menteeId,
    MentorId: s.mentorId,
    Topic: s.topic,
    Goal: s.goal,
    Context: s.context,
    Success: s.success,
    Format: s.sequence ? `${s.format} ${s.sequence.index}/${s.sequence.of}` : s.format,
    TimeBoxMinutes: s.timeBoxMinutes,
    StartUtc: new Date(s.start).toISOString(),
    EndUtc: new Date(s.end).toISOString(),
    EventId: s.eventId ?? null,
    JoinUrl: s.joinUrl ?? null,
    ChatId: s.chatId ?? null,
    MeetingId: s.meetingId ?? null,
    Status: s.status,
    Checklists: JSON.stringify(s.checklists),
    TimeBox: s.timeBox ? JSON.stringify(s.timeBox) : null,
    AgreedActions: JSON.stringify(s.agreedActions),
    Result: s.result ?? null,
    ThankYouSent: s.thankYouSent,
    ShareStory: s.shareStory,
    // Written once the mentee has answered, so records (and lists) from before the column stay as they were.
    ...(s.shareDepartment !== undefined ? { ShareDepartment: s.shareDepartment } : {}),
    Progress: JSON.stringify(progress),
    FollowUp: Object.keys(followUp).length > 0 ? JSON.stringify(followUp) : null,
    Sequence: sequenceToField(s),
  };
}

// ---- schemas of the JSON columns ------------------------------------------------------------

const TIME_BOXES = [30, 45, 60] as const satisfies readonly TimeBoxMinutes[];
const epochMs = z.number().check(z.int());
const nullableMs = z.nullable(epochMs);
const messageId = z.string().check(z.regex(/^\d{1,20}$/));

const CHECKLIST_IDS = new Set(ALL_CHECKLIST_ITEMS.map((i) => i.id));
const checklistsSchema = z.object({
  // Only the items Micromentor knows: the renderers look each one up.
  items: z.record(z.string(), z.object({ done: z.boolean(), by: z.string(), at: epochMs })).check(z.refine((items) => Object.keys(items).every((id) => CHECKLIST_IDS.has(id)))),
});

const timeBoxSchema = z.object({
  box: z.literal(TIME_BOXES),
  status: z.enum(['not-started', 'running', 'paused', 'ended']),
  startedAt: nullableMs,
  startedBy: z.nullable(z.string()),
  pausedAt: nullableMs,
  pausedMs: z.number().check(z.gte(0)),
  extendedMinutes: z.number().check(z.gte(0)),
  extendedAt: nullableMs,
  extendedBy: z.nullable(z.string()),
  endedAt: nullableMs,
  endedBy: z.nullable(z.string()),
  lastRefusal: z.nullable(
    z.object({
      code: z.enum(['not-started', 'already-started', 'not-running', 'not-paused', 'already-ended', 'already-extended']),
      event: z.enum(['start', 'pause', 'resume', 'extend', 'end']),
      message: z.string(),
    }),
  ),
});

// Older records have actions without id, role or done; they get ids when read (see withActionIds).
const agreedActionsSchema = z.array(
  z.object({
    id: z.optional(z.string().check(z.regex(ACTION_ID))),
    text: z.string(),
    owner: z.string(),
    role: z.optional(z.enum(['mentor', 'mentee'])),
    due: z.optional(epochMs),
    done: z.optional(z.boolean()),
  }),
);

// The resource is opened from chat, cards and mail: the one link rule (https only) applies here too.
const httpsUrl = z.string().check(z.refine((url) => linkProblem(url) === undefined, { message: 'must be a link starting with https://' }));
const followUpSchema = z.object({
  resource: z.optional(z.object({ title: z.string().check(z.maxLength(RESOURCE_TITLE_MAX * 2)), url: httpsUrl })),
  referral: z.optional(z.object({ mentorId: z.string().check(z.minLength(1), z.maxLength(200)), displayName: z.string().check(z.minLength(1), z.maxLength(OWNER_NAME_MAX)) })),
  suggested: z.optional(z.object({ at: epochMs })),
});

const chatPostSchema = z.object({
  revision: z.number().check(z.int(), z.gte(1)),
  messageId: z.optional(messageId),
  pinned: z.boolean(),
  claim: z.optional(z.object({ holder: z.string().check(z.minLength(1)), expiresAt: epochMs })),
  digest: z.optional(z.string().check(z.maxLength(64))),
});
const progressSchema = z.object({
  checklistMessageId: z.optional(z.nullable(messageId)),
  chatPosts: z.optional(z.partialRecord(z.enum(CHAT_POST_KINDS), chatPostSchema)),
});

// ---- reading a list item --------------------------------------------------------------------

const FIX = 'Ask your program manager to correct it in Microsoft Lists.';

/** The names Microsoft Lists shows, where they differ from the internal column names. */
const DISPLAY_NAMES: Record<string, string> = {
  SessionKey: 'Session key',
  MenteeId: 'Mentee id',
  MentorId: 'Mentor id',
  TimeBoxMinutes: 'Time box (minutes)',
  StartUtc: 'Start (UTC)',
  EndUtc: 'End (UTC)',
  EventId: 'Event id',
  JoinUrl: 'Join URL',
  ChatId: 'Chat id',
  MeetingId: 'Meeting id',
  FollowUp: 'Follow-up',
  AgreedActions: 'Agreed actions',
  ThankYouSent: 'Thank-you sent',
  ShareStory: 'Share story',
  ShareDepartment: 'Share department',
  TimeBox: 'Time box',
};

const oneOf = (values: readonly (string | number)[]) => `It may be one of: ${values.join(', ')}.`;

/** An ISO 8601 date and time, as a dateTime column gives it; Date.parse alone accepts too much. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Reads one item's columns, each checked; throws for the first column the app cannot use. */
class FieldReader {
  constructor(
    private readonly itemId: string,
    private readonly f: Record<string, unknown>,
  ) {}

  /** The GatewayError for a column: record, column, value, and what it may be. */
  refuse(column: string, why: string): never {
    const value = this.f[column];
    const name = DISPLAY_NAMES[column] ?? column;
    const has = this.present(column) ? `${name} ${shown(value)}` : `no ${name}`;
    throw new GatewayError('invalid', `Session ${this.itemId} in the Sessions list has ${has}, which Micromentor cannot use. ${why} ${FIX}`, undefined, undefined, undefined, column);
  }

  present(column: string): boolean {
    const v = this.f[column];
    return v !== undefined && v !== null && v !== '';
  }

  /** A text column; missing is '' unless required. */
  text(column: string, required = false): string {
    if (!this.present(column)) return required ? this.refuse(column, 'It must not be empty.') : '';
    const v = this.f[column];
    return typeof v === 'string' ? v : this.refuse(column, 'It must be text.');
  }

  optionalText(column: string): string | undefined {
    return this.present(column) ? this.text(column) : undefined;
  }

  id(column: string, kind: IdKind, required = false): string | undefined {
    if (!this.present(column) && !required) return undefined;
    const problem = idProblem(kind, this.f[column]);
    return problem ? this.refuse(column, problem) : (this.f[column] as string);
  }

  choice<T extends string | number>(column: string, values: readonly T[], required: boolean): T | undefined {
    if (!this.present(column)) return required ? this.refuse(column, oneOf(values)) : undefined;
    const v = this.f[column];
    return values.includes(v as T) ? (v as T) : this.refuse(column, oneOf(values));
  }

  instant(column: string): number {
    const v = this.f[column];
    const ms = typeof v === 'string' && ISO_INSTANT.test(v) ? Date.parse(v) : NaN;
    return Number.isFinite(ms) ? ms : this.refuse(column, 'It must be a date and time.');
  }

  boolean(column: string): boolean {
    const v = this.f[column];
    if (v === undefined || v === null) return false;
    return typeof v === 'boolean' ? v : this.refuse(column, 'It must be Yes or No.');
  }

  json<T>(column: string, schema: z.ZodMiniType<T>, empty: T, shape: string): T {
    if (!this.present(column)) return empty;
    const v = this.f[column];
    const how = `It must be ${shape} in the JSON Micromentor writes, or empty`;
    let parsed: unknown;
    try {
      parsed = typeof v === 'string' ? JSON.parse(v) : undefined;
    } catch {
      return this.refuse(column, `${how}.`);
    }
    const result = schema.safeParse(parsed);
    if (result.success) return result.data;
    const path = result.error.issues[0]?.path ?? [];
    return this.refuse(column, `${how}${path.length > 0 ? ` (the part at ${path.join('.')} is wrong)` : ''}.`);
  }
}

/** "one-time", "flash", "office-hours", or "sequence n/m" with 1 ≤ n ≤ m. */
function readFormat(read: FieldReader, text: string): Pick<Session, 'format' | 'sequence'> {
  const m = /^([a-z-]+)(?: (\d{1,2})\/(\d{1,2}))?$/.exec(text);
  const format = SESSION_FORMATS.find((name) => name === m?.[1]);
  const [index, of] = [Number(m?.[2]), Number(m?.[3])];
  if (format === 'sequence' && index >= 1 && of >= 2 && index <= of) return { format, sequence: { index, of } };
  if (format && format !== 'sequence' && m?.[2] === undefined) return { format };
  return read.refuse('Format', oneOf([...SESSION_FORMATS.filter((n) => n !== 'sequence'), 'sequence n/m (like sequence 2/3)']));
}

function withSequence(format: Pick<Session, 'format' | 'sequence'>, stored: StoredSequence): Pick<Session, 'format' | 'sequence'> {
  return format.sequence ? { ...format, sequence: withStoredSequence(format.sequence, stored) } : format;
}

export function fieldsToSession(itemId: string, f: Record<string, unknown>): Session {
  const read = new FieldReader(itemId, f);
  const start = read.instant('StartUtc');
  const end = read.instant('EndUtc');
  if (end <= start) read.refuse('EndUtc', `It must be after the start (${new Date(start).toISOString()}).`);
  const joinUrl = read.optionalText('JoinUrl');
  const joinProblem = joinUrl === undefined ? undefined : linkProblem(joinUrl);
  if (joinProblem) read.refuse('JoinUrl', joinProblem.message);
  const progress = read.json<StoredProgress>('Progress', progressSchema, {}, 'the progress record');
  const followUp = read.json<StoredFollowUp>('FollowUp', followUpSchema, {}, 'the follow-up (a resource with an https link, a referral, a suggested session)');

  return {
    key: read.id('SessionKey', 'session key', true)!,
    itemId,
    menteeId: read.text('MenteeId', true),
    mentorId: read.text('MentorId', true),
    topic: read.text('Topic'),
    goal: read.text('Goal'),
    context: read.text('Context'),
    success: read.text('Success'),
    ...withSequence(readFormat(read, read.text('Format', true)), read.json<StoredSequence>('Sequence', sequenceSchema, {}, SEQUENCE_COLUMN_SHAPE)),
    timeBoxMinutes: read.choice('TimeBoxMinutes', TIME_BOXES, true)!,
    start,
    end,
    eventId: read.id('EventId', 'event id'),
    joinUrl,
    chatId: read.id('ChatId', 'chat id'),
    meetingId: read.id('MeetingId', 'meeting id'),
    checklistMessageId: progress.checklistMessageId ?? undefined,
    chatPosts: progress.chatPosts ?? {},
    status: read.choice('Status', SESSION_STATUSES, true)!,
    checklists: read.json<ChecklistState>('Checklists', checklistsSchema, { items: {} }, 'the checklists'),
    timeBox: read.json<TimeBoxState | undefined>('TimeBox', timeBoxSchema, undefined, 'the time box state'),
    agreedActions: withActionIds(read.json('AgreedActions', agreedActionsSchema, [], 'a list of actions')),
    ...(followUp.resource ? { followUp: followUp.resource } : {}),
    ...(followUp.referral ? { referral: followUp.referral } : {}),
    ...(followUp.suggested ? { followUpSuggested: { at: followUp.suggested.at } } : {}),
    result: read.choice('Result', SESSION_RESULTS, false),
    thankYouSent: read.boolean('ThankYouSent'),
    shareStory: read.boolean('ShareStory'),
    ...(read.present('ShareDepartment') ? { shareDepartment: read.boolean('ShareDepartment') } : {}),
  };
}

/**
 * Actions written before they had ids get one from their place (a1, a2, …): stable across reads,
 * so both people's edits name the same action, and written back with the next save of the actions.
 * An index id already taken by another action is skipped.
 */
function withActionIds(actions: AgreedAction[]): AgreedAction[] {
  const taken = new Set(actions.map((a) => a.id).filter((id) => id !== undefined));
  return actions.map((action, index) => {
    if (action.id !== undefined) return action;
    let id = `a${index + 1}`;
    while (taken.has(id)) id = `${id}x`;
    taken.add(id);
    return { id, ...action };
  });
}

/** Only the columns that differ, so a PATCH never rewrites what someone else may be editing. */
export function changedFields(before: Session, after: Session): SessionFields {
  const a = sessionToFields(before);
  const b = sessionToFields(after);
  const out: SessionFields = {};
  for (const key of Object.keys(b)) if (a[key] !== b[key]) out[key] = b[key] ?? null;
  return out;
}
