// What a participant changes in a session during and after the meeting, as plain data. The side
// panel keeps edits in a queue and saves them by applying them to the latest record: a 412 (the
// other person saved first) means "read again and apply the same edits", so a tick, an action or
// a timer click is never lost and never applied twice (every edit is idempotent on its own result).
import { checklistItem, tick, untick, type ChecklistRole } from './checklists';
import { validateFollowUpResource, type FollowUpResource } from './follow-up-resource';
import { characterCount, normalizeLine } from './precise-request';
import type { AgreedAction, Referral, Session, SessionResult } from './session';
import { SESSION_RESULTS } from './session';
import { initialTimeBoxState, reduceTimeBox, type TimeBoxEvent } from './time-box-reducer';

export const ACTION_TEXT_MAX = 300;
export const ACTIONS_MAX = 20;
export const OWNER_NAME_MAX = 120;
/** An action's id: letters, digits, '-' and '_' (the panel makes them; the record's schema reads them back). */
export const ACTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type SessionEdit =
  | { type: 'checklist'; itemId: string; done: boolean; by: string; at: number }
  | { type: 'time-box'; event: TimeBoxEvent }
  | { type: 'add-action'; action: AgreedAction & { id: string } }
  | { type: 'change-action'; id: string; text?: string; owner?: string; role?: ChecklistRole; due?: number | null }
  | { type: 'action-done'; id: string; done: boolean }
  | { type: 'remove-action'; id: string }
  | { type: 'follow-up'; resource: FollowUpResource | null }
  | { type: 'referral'; referral: Referral | null }
  | { type: 'result'; result: SessionResult }
  /** The mentee's verdict on a whole skill sequence, given in its last session. */
  | { type: 'sequence-result'; result: SessionResult }
  | { type: 'share-story'; consent: boolean }
  /** The mentee lets a shared story name their department (success-story.ts). */
  | { type: 'share-department'; allow: boolean }
  | { type: 'thank-you-sent' }
  | { type: 'suggest-follow-up'; by: string; at: number }
  | { type: 'complete' }
  | { type: 'attach-meeting'; chatId: string; meetingId?: string };

export type EditRefusalCode =
  | 'not-your-checklist'
  | 'action-empty'
  | 'action-too-long'
  | 'owner-too-long'
  | 'too-many-actions'
  | 'no-such-action'
  | 'action-id-refused'
  | 'resource-refused'
  | 'unknown-result'
  | 'not-last-of-sequence'
  | 'referral-refused'
  | 'not-a-participant'
  | 'not-the-mentor'
  | 'not-the-mentee'
  | 'session-cancelled';

export interface EditRefusal {
  code: EditRefusalCode;
  edit: SessionEdit['type'];
  /** A sentence the panel shows as it is. */
  message: string;
}

export type EditOutcome = { ok: true; session: Session } | { ok: false; refusal: EditRefusal };

const refuse = (edit: SessionEdit, code: EditRefusalCode, message: string): EditOutcome => ({ ok: false, refusal: { code, edit: edit.type, message } });

/** Whose checklist an item is on. */
export function checklistRoleOf(itemId: string): ChecklistRole {
  // The item says (a sequence session's carried-actions item is the mentee's too); throws for an item on neither list.
  return checklistItem(itemId).role;
}

/** Which participant a user is in this session, if either. */
export function roleIn(session: Pick<Session, 'menteeId' | 'mentorId'>, userId: string): ChecklistRole | undefined {
  if (userId === session.mentorId) return 'mentor';
  if (userId === session.menteeId) return 'mentee';
  return undefined;
}

/**
 * Applies one edit by `userId` (the mentor or the mentee; anyone else is refused). Returns
 * the same session object when the edit changes nothing, so a repeated edit causes no write.
 */
export function applySessionEdit(session: Session, edit: SessionEdit, userId: string): EditOutcome {
  if (session.status === 'cancelled' && edit.type !== 'attach-meeting') return refuse(edit, 'session-cancelled', 'This session was cancelled; it can no longer be changed.');
  // Checked here too, so a panel opened by someone else in the meeting never writes to the record.
  if (!roleIn(session, userId)) return refuse(edit, 'not-a-participant', 'Only the mentor and the mentee of this session can change it.');
  switch (edit.type) {
    case 'checklist': {
      let role: ChecklistRole;
      try {
        role = checklistRoleOf(edit.itemId);
      } catch {
        return refuse(edit, 'not-your-checklist', 'That item is not on either checklist.');
      }
      if (roleIn(session, userId) !== role) return refuse(edit, 'not-your-checklist', `Only the ${role} ticks the ${role}'s checklist.`);
      const checklists = edit.done ? tick(session.checklists, edit.itemId, edit.by, edit.at) : untick(session.checklists, edit.itemId, edit.by, edit.at);
      return { ok: true, session: checklists === session.checklists ? session : { ...session, checklists } };
    }
    case 'time-box': {
      const before = session.timeBox ?? initialTimeBoxState(session.timeBoxMinutes);
      // The same extend applied again (a retry after its save landed unseen) is not a second extend:
      // recording "already extended" then would show both people a refusal nobody asked for.
      if (edit.event.type === 'extend' && before.extendedAt === edit.event.at && before.extendedMinutes > 0) return { ok: true, session };
      // A refused click (a second "start" from the other side) leaves the state as it was: no write.
      const after = reduceTimeBox(before, edit.event);
      return after === before ? { ok: true, session } : { ok: true, session: { ...session, timeBox: after } };
    }
    case 'add-action': {
      if (!ACTION_ID.test(edit.action.id)) return refuse(edit, 'action-id-refused', 'That action has no usable id; add it again.');
      if (session.agreedActions.some((a) => a.id === edit.action.id)) return { ok: true, session };
      if (session.agreedActions.length >= ACTIONS_MAX) return refuse(edit, 'too-many-actions', `A session keeps at most ${ACTIONS_MAX} actions: tick or remove one first.`);
      const checked = checkAction(edit, edit.action.text, edit.action.owner);
      if (!checked.ok) return checked;
      const action: AgreedAction = { ...edit.action, text: checked.text, owner: checked.owner, done: edit.action.done ?? false };
      return { ok: true, session: { ...session, agreedActions: [...session.agreedActions, action] } };
    }
    case 'change-action': {
      const index = session.agreedActions.findIndex((a) => a.id === edit.id);
      if (index < 0) return refuse(edit, 'no-such-action', 'That action was removed meanwhile.');
      const current = session.agreedActions[index]!;
      const checked = checkAction(edit, edit.text ?? current.text, edit.owner ?? current.owner);
      if (!checked.ok) return checked;
      const next: AgreedAction = { ...current, text: checked.text, owner: checked.owner };
      if (edit.role) next.role = edit.role;
      if (edit.due === null) delete next.due;
      else if (edit.due !== undefined) next.due = edit.due;
      if (sameAction(current, next)) return { ok: true, session };
      return replaceAction(session, index, next);
    }
    case 'action-done': {
      const index = session.agreedActions.findIndex((a) => a.id === edit.id);
      if (index < 0) return refuse(edit, 'no-such-action', 'That action was removed meanwhile.');
      const current = session.agreedActions[index]!;
      if ((current.done ?? false) === edit.done) return { ok: true, session };
      return replaceAction(session, index, { ...current, done: edit.done });
    }
    case 'remove-action': {
      if (!session.agreedActions.some((a) => a.id === edit.id)) return { ok: true, session };
      return { ok: true, session: { ...session, agreedActions: session.agreedActions.filter((a) => a.id !== edit.id) } };
    }
    case 'follow-up': {
      if (edit.resource === null) {
        if (!session.followUp) return { ok: true, session };
        const { followUp: _removed, ...rest } = session;
        return { ok: true, session: rest };
      }
      const valid = validateFollowUpResource(edit.resource);
      if (!valid.ok) return refuse(edit, 'resource-refused', valid.errors.map((e) => e.message).join(' '));
      if (session.followUp?.url === valid.resource.url && session.followUp.title === valid.resource.title) return { ok: true, session };
      return { ok: true, session: { ...session, followUp: valid.resource } };
    }
    case 'referral': {
      if (edit.referral === null) {
        if (!session.referral) return { ok: true, session };
        const { referral: _removed, ...rest } = session;
        return { ok: true, session: rest };
      }
      const mentorId = edit.referral.mentorId.trim();
      const displayName = normalizeLine(edit.referral.displayName).slice(0, OWNER_NAME_MAX);
      if (!mentorId || !displayName) return refuse(edit, 'referral-refused', 'Pick the expert from the directory.');
      if (mentorId === session.mentorId) return refuse(edit, 'referral-refused', 'Suggest someone other than this session’s mentor.');
      if (session.referral?.mentorId === mentorId && session.referral.displayName === displayName) return { ok: true, session };
      return { ok: true, session: { ...session, referral: { mentorId, displayName } } };
    }
    case 'result':
      if (!SESSION_RESULTS.includes(edit.result)) return refuse(edit, 'unknown-result', 'Pick met, partly or not yet.');
      return session.result === edit.result ? { ok: true, session } : { ok: true, session: { ...session, result: edit.result } };
    case 'sequence-result': {
      const seq = session.sequence;
      if (!SESSION_RESULTS.includes(edit.result)) return refuse(edit, 'unknown-result', 'Pick met, partly or not yet.');
      if (session.format !== 'sequence' || !seq || seq.index !== seq.of) return refuse(edit, 'not-last-of-sequence', "The sequence's result is recorded in its last session.");
      if (roleIn(session, userId) !== 'mentee') return refuse(edit, 'not-a-participant', "The mentee records the sequence's result.");
      return seq.result === edit.result ? { ok: true, session } : { ok: true, session: { ...session, sequence: { ...seq, result: edit.result } } };
    }
    case 'share-story':
      // Consent is the mentee's to give or withdraw, never the mentor's.
      if (roleIn(session, userId) !== 'mentee') return refuse(edit, 'not-the-mentee', 'Only the mentee decides whether their story may be shared.');
      return session.shareStory === edit.consent ? { ok: true, session } : { ok: true, session: { ...session, shareStory: edit.consent } };
    case 'share-department':
      if (roleIn(session, userId) !== 'mentee') return refuse(edit, 'not-the-mentee', 'Only the mentee decides whether their department may be named.');
      return (session.shareDepartment ?? false) === edit.allow ? { ok: true, session } : { ok: true, session: { ...session, shareDepartment: edit.allow } };
    case 'thank-you-sent':
      return session.thankYouSent ? { ok: true, session } : { ok: true, session: { ...session, thankYouSent: true } };
    case 'suggest-follow-up':
      // The mentor suggests; the mentee books (in this app the mentee is the organizer). The first
      // suggestion stands, so a repeated click or a retried save writes nothing.
      if (roleIn(session, userId) !== 'mentor') return refuse(edit, 'not-the-mentor', 'Only the mentor suggests a follow-up session; the mentee books it.');
      return session.followUpSuggested ? { ok: true, session } : { ok: true, session: { ...session, followUpSuggested: { at: edit.at } } };
    case 'complete':
      return session.status === 'completed' ? { ok: true, session } : { ok: true, session: { ...session, status: 'completed' } };
    case 'attach-meeting': {
      if (session.chatId === edit.chatId && (edit.meetingId === undefined || session.meetingId === edit.meetingId)) return { ok: true, session };
      return { ok: true, session: { ...session, chatId: edit.chatId, ...(edit.meetingId ? { meetingId: edit.meetingId } : {}) } };
    }
  }
}

/** Applies edits in order; refused ones are left out and reported. */
export function applySessionEdits(session: Session, edits: readonly SessionEdit[], userId: string): { session: Session; refused: EditRefusal[] } {
  let current = session;
  const refused: EditRefusal[] = [];
  for (const edit of edits) {
    const outcome = applySessionEdit(current, edit, userId);
    if (outcome.ok) current = outcome.session;
    else refused.push(outcome.refusal);
  }
  return { session: current, refused };
}

function checkAction(edit: SessionEdit, rawText: string, rawOwner: string): { ok: true; text: string; owner: string } | { ok: false; refusal: EditRefusal } {
  const text = normalizeLine(rawText);
  const owner = normalizeLine(rawOwner);
  if (text === '') return { ok: false, refusal: { code: 'action-empty', edit: edit.type, message: 'Say what will be done.' } };
  if (characterCount(text) > ACTION_TEXT_MAX) return { ok: false, refusal: { code: 'action-too-long', edit: edit.type, message: `Keep an action under ${ACTION_TEXT_MAX} characters.` } };
  if (characterCount(owner) > OWNER_NAME_MAX) return { ok: false, refusal: { code: 'owner-too-long', edit: edit.type, message: `An owner's name has at most ${OWNER_NAME_MAX} characters.` } };
  return { ok: true, text, owner };
}

function sameAction(a: AgreedAction, b: AgreedAction): boolean {
  return a.text === b.text && a.owner === b.owner && a.role === b.role && a.due === b.due && (a.done ?? false) === (b.done ?? false);
}

function replaceAction(session: Session, index: number, next: AgreedAction): EditOutcome {
  const agreedActions = [...session.agreedActions];
  agreedActions[index] = next;
  return { ok: true, session: { ...session, agreedActions } };
}
