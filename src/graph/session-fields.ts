// A session as the columns of the program site's Sessions list, and back. Structured parts
// (checklists, time box, actions) are JSON in multi-line text columns that Microsoft Lists shows.
import { emptyChecklistState, type ChecklistState } from '../domain/checklists';
import type { AgreedAction, Session, SessionFormat, SessionResult, SessionStatus } from '../domain/session';
import type { TimeBoxMinutes } from '../domain/time-box';
import type { TimeBoxState } from '../domain/time-box-reducer';

export type SessionFields = Record<string, string | number | boolean | null>;

export function sessionToFields(s: Session): SessionFields {
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
    Status: s.status,
    Checklists: JSON.stringify(s.checklists),
    TimeBox: s.timeBox ? JSON.stringify(s.timeBox) : null,
    AgreedActions: JSON.stringify(s.agreedActions),
    Result: s.result ?? null,
    ThankYouSent: s.thankYouSent,
    ShareStory: s.shareStory,
    Progress: JSON.stringify({ checklistMessageId: s.checklistMessageId ?? null }),
  };
}

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const opt = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function fieldsToSession(itemId: string, f: Record<string, unknown>): Session {
  const format = /^(one-time|sequence|flash|office-hours)(?: (\d)\/(\d))?$/.exec(str(f.Format));
  const progress = parseJson<{ checklistMessageId?: string | null }>(f.Progress, {});
  return {
    key: str(f.SessionKey),
    itemId,
    menteeId: str(f.MenteeId),
    mentorId: str(f.MentorId),
    topic: str(f.Topic),
    goal: str(f.Goal),
    context: str(f.Context),
    success: str(f.Success),
    format: (format?.[1] ?? 'one-time') as SessionFormat,
    ...(format?.[2] ? { sequence: { index: Number(format[2]), of: Number(format[3]) } } : {}),
    timeBoxMinutes: (Number(f.TimeBoxMinutes) || 45) as TimeBoxMinutes,
    start: Date.parse(str(f.StartUtc)),
    end: Date.parse(str(f.EndUtc)),
    eventId: opt(f.EventId),
    joinUrl: opt(f.JoinUrl),
    chatId: opt(f.ChatId),
    checklistMessageId: progress.checklistMessageId ?? undefined,
    status: (opt(f.Status) ?? 'draft') as SessionStatus,
    checklists: parseJson<ChecklistState>(f.Checklists, emptyChecklistState()),
    timeBox: parseJson<TimeBoxState | undefined>(f.TimeBox, undefined),
    agreedActions: parseJson<AgreedAction[]>(f.AgreedActions, []),
    result: opt(f.Result) as SessionResult | undefined,
    thankYouSent: f.ThankYouSent === true,
    shareStory: f.ShareStory === true,
  };
}

/** Only the columns that differ, so a PATCH never rewrites what someone else may be editing. */
export function changedFields(before: Session, after: Session): SessionFields {
  const a = sessionToFields(before);
  const b = sessionToFields(after);
  const out: SessionFields = {};
  for (const key of Object.keys(b)) if (a[key] !== b[key]) out[key] = b[key] ?? null;
  return out;
}
