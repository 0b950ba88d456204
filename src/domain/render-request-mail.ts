// The mail a mentee sends a mentor from a new message: a precise request in the shape the method
// recommends ("Could I schedule 30 minutes to get your feedback on …?" beats "Can I pick your
// brain?"), with goal, context, success and two or three proposed times in both people's zones.
import { fitSubject } from './compose-body';
import { normalizeLine, validateRequest, type PreciseRequest } from './precise-request';
import { escapeHtml, formatClock, formatDay, isShowableInstant, renderLink, renderTextWithLinks, usablePlace, wellFormed, type ReaderPlace } from './render-html';
import { linkProblem } from './links';
import { MINUTE } from './zone-time';

export const MAX_PROPOSED_SLOTS = 3;

// Directory names are at most 256 characters; the meeting body holds to the same.
const MAX_NAME_CHARACTERS = 256;

export interface ProposedSlot {
  /** Epoch ms. */
  start: number;
  end: number;
}

export interface RequestMailInput {
  request: PreciseRequest;
  menteeName: string;
  mentorName: string;
  /** Where each reads the times: the mail shows every slot in both. */
  mentee: ReaderPlace;
  mentor: ReaderPlace;
  slots: readonly ProposedSlot[];
  /** Epoch ms: proposing a time already gone is refused. */
  now: number;
  /** Optional https link where the mentor can answer in Micromentor. */
  replyUrl?: string;
}

export interface RequestMail {
  /** Plain text on one line, within Outlook's 255 characters. */
  subject: string;
  html: string;
  text: string;
}

export type RequestMailErrorCode =
  | 'request-invalid'
  | 'no-slots'
  | 'too-many-slots'
  | 'slot-invalid'
  | 'slot-in-past'
  | 'slot-wrong-length'
  | 'slots-overlap'
  | 'reply-link-refused';

export type RequestMailField = 'request' | 'slots' | 'replyUrl';

export class RequestMailError extends Error {
  readonly code: RequestMailErrorCode;
  readonly field: RequestMailField;

  constructor(code: RequestMailErrorCode, field: RequestMailField, message: string) {
    super(message);
    this.name = 'RequestMailError';
    this.code = code;
    this.field = field;
  }
}

/** The request mail as subject, HTML and plain text. Throws RequestMailError on a bad request or slot. */
export function renderRequestMail(input: RequestMailInput): RequestMail {
  // Validated again: the type says validated, but a request may come from storage or an old draft.
  const checked = validateRequest(input.request);
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new RequestMailError('request-invalid', 'request', first ? first.message : 'The request is not complete.');
  }
  const request = checked.request;
  checkSlots(input.slots, request.timeBox, input.now);
  const replyUrl = input.replyUrl === undefined ? undefined : checkReplyUrl(input.replyUrl);
  const view: MailView = {
    request,
    menteeName: personName(input.menteeName),
    mentorName: personName(input.mentorName),
    slots: input.slots.map((slot) => slotLines(slot, usablePlace(input.mentor), usablePlace(input.mentee))),
    replyUrl,
  };
  return { subject: fitSubject(`Micro-mentoring request: ${request.timeBox} minutes on ${request.topic}`), html: mailHtml(view), text: mailText(view) };
}

interface MailView {
  request: PreciseRequest;
  menteeName: string;
  mentorName: string;
  /** Per slot: the mentor's time, then the mentee's when their zones differ. */
  slots: string[][];
  replyUrl: string | undefined;
}

function mailHtml(v: MailView): string {
  const r = v.request;
  const parts: string[] = [];
  parts.push(`<p>${escapeHtml(greeting(v.mentorName))}</p>`);
  parts.push(`<p>${escapeHtml(askLine(r))}</p>`);
  parts.push(`<p><b>My goal:</b> ${renderTextWithLinks(r.goal)}</p>`);
  if (r.context) parts.push(`<p><b>Context:</b><br>${renderTextWithLinks(r.context)}</p>`);
  parts.push(`<p><b>What success looks like:</b><br>${renderTextWithLinks(r.success)}</p>`);
  parts.push(`<p>${escapeHtml(slotsIntro(v.slots.length, r.timeBox))}</p>`);
  parts.push(`<ol>${v.slots.map((lines) => `<li>${lines.map(escapeHtml).join('<br>')}</li>`).join('')}</ol>`);
  parts.push(`<p>${escapeHtml(OTHER_TIME)}</p>`);
  if (v.replyUrl) parts.push(`<p>${escapeHtml(REPLY_LINE)} ${renderLink(v.replyUrl, 'Open Micromentor')}</p>`);
  parts.push(`<p>${escapeHtml(THANKS)}${v.menteeName ? `<br>${escapeHtml(v.menteeName)}` : ''}</p>`);
  return `<div>${parts.join('')}</div>`;
}

function mailText(v: MailView): string {
  const r = v.request;
  const blocks: string[] = [greeting(v.mentorName), askLine(r), `My goal: ${r.goal}`];
  if (r.context) blocks.push(`Context:\n${r.context}`);
  blocks.push(`What success looks like:\n${r.success}`);
  blocks.push([slotsIntro(v.slots.length, r.timeBox), ...v.slots.map((lines, i) => `${i + 1}. ${lines.join('\n   ')}`)].join('\n'));
  blocks.push(OTHER_TIME);
  if (v.replyUrl) blocks.push(`${REPLY_LINE} ${v.replyUrl}`);
  blocks.push(v.menteeName ? `${THANKS}\n${v.menteeName}` : THANKS);
  return wellFormed(blocks.join('\n\n'));
}

const OTHER_TIME = 'If none of these suits you, reply with a time that does.';
const REPLY_LINE = 'You can also answer in Micromentor:';
const THANKS = 'Thank you,';

function greeting(mentorName: string): string {
  return mentorName ? `Dear ${mentorName},` : 'Hello,';
}

// The method's shape: a time box, a verb and the topic, as one question the mentor can say yes to.
function askLine(r: PreciseRequest): string {
  return `Could I schedule ${r.timeBox} minutes with you to get your advice on ${r.topic}?`;
}

function slotsIntro(count: number, timeBox: number): string {
  return count === 1 ? `Would this time suit you (${timeBox} minutes)?` : `Would one of these times suit you (${timeBox} minutes each)?`;
}

/** "Tuesday, 3 June 2025, 10:00–10:30 your time (Europe/Berlin)", then the mentee's own line. */
function slotLines(slot: ProposedSlot, mentor: ReaderPlace, mentee: ReaderPlace): string[] {
  const at = (place: ReaderPlace) => `${formatDay(slot.start, place)}, ${formatClock(slot.start, place)}–${formatClock(slot.end, place)}`;
  if (mentor.zone === mentee.zone) return [`${at(mentor)} (${mentor.zone}, for both of us)`];
  return [`${at(mentor)} your time (${mentor.zone})`, `${at(mentee)} my time (${mentee.zone})`];
}

function checkSlots(slots: readonly ProposedSlot[], timeBox: number, now: number): void {
  if (!Array.isArray(slots) || slots.length === 0) {
    throw new RequestMailError('no-slots', 'slots', 'Propose at least one time, so your mentor can simply say yes.');
  }
  if (slots.length > MAX_PROPOSED_SLOTS) {
    throw new RequestMailError(
      'too-many-slots',
      'slots',
      `You chose ${slots.length} times; propose at most ${MAX_PROPOSED_SLOTS}, so your mentor can choose quickly.`,
    );
  }
  slots.forEach((slot, i) => {
    const name = `Time ${i + 1}`;
    if (!isShowableInstant(slot?.start) || !isShowableInstant(slot?.end)) {
      throw new RequestMailError('slot-invalid', 'slots', `${name} is not a date and time; choose it again from the free times.`);
    }
    if (slot.start < now) {
      throw new RequestMailError('slot-in-past', 'slots', `${name} has already begun; choose a later one from the free times.`);
    }
    if (slot.end - slot.start !== timeBox * MINUTE) {
      throw new RequestMailError(
        'slot-wrong-length',
        'slots',
        `${name} lasts ${Math.round((slot.end - slot.start) / MINUTE)} minutes, not the ${timeBox} of your time box; choose it again.`,
      );
    }
  });
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as ProposedSlot;
    if ((sorted[i] as ProposedSlot).start < before.end) {
      throw new RequestMailError('slots-overlap', 'slots', 'Two of the times you chose overlap; propose different ones.');
    }
  }
}

function checkReplyUrl(url: string): string {
  const problem = linkProblem(url);
  if (problem) throw new RequestMailError('reply-link-refused', 'replyUrl', `The reply link cannot be used. ${problem.message}`);
  return url.trim();
}

/** A name on one line, held to directory length; empty when none is known. */
function personName(name: unknown): string {
  if (typeof name !== 'string') return '';
  return Array.from(normalizeLine(name)).slice(0, MAX_NAME_CHARACTERS).join('');
}
