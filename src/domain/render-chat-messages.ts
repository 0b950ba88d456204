// The messages posted (and pinned) in the meeting chat: the prep checklists at booking, and the
// summary when the session concludes ("End by summarizing agreed-upon actions. Optionally, the
// mentor can provide a brief follow-up resource or suggest another expert.").
// Teams chat HTML keeps a small set of tags, so these stick to p, b, ul, li, a and br.
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST, type ChecklistItem } from './checklists';
import type { FollowUpResource } from './follow-up-resource';
import type { AgreedAction, SessionResult } from './session';
import { escapeHtml, formatClock, formatDay, isShowableInstant, renderLink, renderTextWithLinks, type ReaderPlace } from './render-html';

export type { AgreedAction, FollowUpResource, SessionResult };

/** Ticked checklist items by id, as stored with the session. */
export type ChecklistDone = Readonly<Record<string, boolean>>;

export const CHECKLIST_TITLES = {
  mentee: 'Checklist for mentees: preparing for your session',
  mentor: 'Checklist for mentors: facilitating a productive exchange',
} as const;


export const RESULT_LABELS: Readonly<Record<SessionResult, string>> = {
  met: 'Goal met',
  'partly': 'Goal partly met',
  'not-yet': 'Goal not met yet',
};

/**
 * The result in words. The gateway refuses results it does not know, but a summary is also built
 * from drafts and older records, so an unknown value reads as not recorded instead of throwing.
 */
export function resultLabel(result: SessionResult | undefined): string {
  if (result === undefined) return 'Result not recorded yet';
  return Object.hasOwn(RESULT_LABELS, result) ? RESULT_LABELS[result] : 'Result not recorded';
}



export interface SessionSummary {
  goal: string;
  /** Absent when the summary is pinned before the mentee records the result. */
  result?: SessionResult;
  actions: readonly AgreedAction[];
  resource?: FollowUpResource;
  /** Another expert to ask if the topic grew beyond the session. */
  nextExpert?: { name: string };
  topic?: string;
  /** When the session started, epoch ms. */
  heldAt?: number;
}

export interface PrepChecklistMessage {
  topic?: string;
  goal?: string;
  done?: ChecklistDone;
}

const TIMING_NOTE: Record<ChecklistItem['timing'], string> = {
  'pre-session': '',
  'during-session': ' (during the session)',
};

/** Both checklists as HTML lists, with ☑ for ticked items. */
export function renderChecklistsHtml(done: ChecklistDone = {}): string {
  return (
    checklistHtml(CHECKLIST_TITLES.mentee, MENTEE_CHECKLIST, done) + checklistHtml(CHECKLIST_TITLES.mentor, MENTOR_CHECKLIST, done)
  );
}

/** Both checklists as plain text, "[x]" for ticked items. */
export function renderChecklistsText(done: ChecklistDone = {}): string {
  return [checklistText(CHECKLIST_TITLES.mentee, MENTEE_CHECKLIST, done), checklistText(CHECKLIST_TITLES.mentor, MENTOR_CHECKLIST, done)].join(
    '\n\n',
  );
}

/** The prep checklist message posted and pinned in the meeting chat. */
export function renderPrepChecklistHtml(message: PrepChecklistMessage = {}): string {
  const title = message.topic ? `Prepare for your micro-mentoring session: ${escapeHtml(message.topic)}` : 'Prepare for your micro-mentoring session';
  const goal = message.goal ? `<p><b>Goal:</b> ${renderTextWithLinks(message.goal)}</p>` : '';
  return `<p><b>${title}</b></p>${goal}${renderChecklistsHtml(message.done)}`;
}

/** The summary posted when the session concludes. */
export function renderSummaryHtml(summary: SessionSummary, place: ReaderPlace): string {
  const parts: string[] = [];
  const title = summary.topic ? `Session summary: ${escapeHtml(summary.topic)}` : 'Session summary';
  parts.push(`<p><b>${title}</b></p>`);
  if (isShowableInstant(summary.heldAt)) {
    parts.push(`<p>${escapeHtml(`${formatDay(summary.heldAt, place)}, ${formatClock(summary.heldAt, place)}`)}</p>`);
  }
  parts.push(`<p><b>Goal:</b> ${renderTextWithLinks(summary.goal)}</p>`);
  parts.push(`<p><b>Result:</b> ${escapeHtml(resultLabel(summary.result))}</p>`);
  if (summary.actions.length > 0) {
    const items = summary.actions
      .map((a) => `<li>${renderTextWithLinks(a.text)} — <b>${escapeHtml(a.owner)}</b>${dueHtml(a, place)}</li>`)
      .join('');
    parts.push(`<p><b>Agreed actions</b></p><ul>${items}</ul>`);
  } else {
    parts.push('<p><b>Agreed actions:</b> none recorded</p>');
  }
  if (summary.resource) {
    parts.push(`<p><b>Follow-up resource:</b> ${renderResource(summary.resource)}</p>`);
  }
  if (summary.nextExpert) {
    parts.push(`<p><b>Suggested next expert:</b> ${escapeHtml(summary.nextExpert.name)}</p>`);
  }
  return parts.join('');
}

/** The due day of an action in the reader's zone, e.g. "3 Jun 2025". */
export function formatDue(due: number, place: ReaderPlace): string {
  return formatDay(due, place, 'medium');
}

/** ", due 3 Jun 2025", or nothing when the action has no usable due day. */
export function dueSuffix(action: AgreedAction, place: ReaderPlace): string {
  return isShowableInstant(action.due) ? `, due ${formatDue(action.due, place)}` : '';
}

function dueHtml(action: AgreedAction, place: ReaderPlace): string {
  return escapeHtml(dueSuffix(action, place));
}

// A resource whose URL is not https still shows, as text, so the mentor's intent is not lost.
function renderResource(resource: FollowUpResource): string {
  const link = renderLink(resource.url, resource.title);
  return link.startsWith('<a ') ? link : `${escapeHtml(resource.title)} (${escapeHtml(resource.url)})`;
}

function checklistHtml(title: string, items: readonly ChecklistItem[], done: ChecklistDone): string {
  const lis = items.map((item) => `<li>${done[item.id] ? '☑' : '☐'} ${escapeHtml(item.text)}${TIMING_NOTE[item.timing]}</li>`).join('');
  return `<p><b>${escapeHtml(title)}</b></p><ul>${lis}</ul>`;
}

function checklistText(title: string, items: readonly ChecklistItem[], done: ChecklistDone): string {
  return [title, ...items.map((item) => `[${done[item.id] ? 'x' : ' '}] ${item.text}${TIMING_NOTE[item.timing]}`)].join('\n');
}
