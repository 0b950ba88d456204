// The body of the session meeting: the precise request, the time box with its phases and both
// checklists, so the invite itself prepares both people. The Outlook add-in inserts the HTML into
// a new appointment, where the body may be at most 32 KB; the renderer keeps under that itself.
import { characterCount, splitLinks, type PreciseRequest, type TextSegment } from './precise-request';
import { renderChecklistsHtml, renderChecklistsText } from './render-chat-messages';
import { escapeHtml, formatClock, formatDay, isShowableInstant, renderTextWithLinks, usablePlace, utf8ByteLength, wellFormed, type ReaderPlace } from './render-html';
import { planPhases, type Phase } from './time-box';

/** Outlook's limit on the body of a new appointment form, in bytes. */
export const OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT = 32 * 1024;

export const SHORTENED_NOTE = '(shortened)';

export interface MeetingBodyInput {
  request: PreciseRequest;
  menteeName?: string;
  mentorName?: string;
  /** When the session is booked: phases then show clock times in the reader's zone. */
  schedule?: ReaderPlace & { start: number };
  /** Defaults to Outlook's 32 KB; the HTML stays strictly below it. */
  maxHtmlBytes?: number;
}

export interface MeetingBody {
  html: string;
  text: string;
  /** The request fields that were cut to fit the limit, in the order they were cut. */
  shortened: ShortenableField[];
}

type ShortenableField = 'context' | 'success' | 'goal' | 'topic';

// The longest free text goes first; the goal is what the meeting is for, so it is cut last but one.
const SHORTEN_ORDER: readonly ShortenableField[] = ['context', 'success', 'goal', 'topic'];

// Directory names are at most 256 characters; holding to that keeps the fixed part of the body bounded.
const MAX_NAME_CHARACTERS = 256;

/** The meeting subject as plain text (subjects are not HTML). */
export function renderMeetingSubject(request: Pick<PreciseRequest, 'topic'>): string {
  return wellFormed(`Micro-mentoring: ${request.topic}`);
}

export function renderMeetingBody(input: MeetingBodyInput): MeetingBody {
  const limit = input.maxHtmlBytes ?? OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT;
  const fits = (html: string) => utf8ByteLength(html) < limit;
  let view: BodyView = {
    ...input.request,
    menteeName: input.menteeName === undefined ? undefined : cutCharacters(input.menteeName, MAX_NAME_CHARACTERS),
    mentorName: input.mentorName === undefined ? undefined : cutCharacters(input.mentorName, MAX_NAME_CHARACTERS),
    schedule: usableSchedule(input.schedule),
    shortened: [],
  };
  if (fits(bodyHtml(view))) return { html: bodyHtml(view), text: bodyText(view), shortened: [] };

  for (const field of SHORTEN_ORDER) {
    // An empty field has nothing to give, and marking it shortened would add its heading and note.
    if (!view[field]) continue;
    // Links are found once per field, not once per try: a hand-edited field may be megabytes long.
    const segments = splitLinks(view[field]);
    const withField = (n: number): BodyView => ({ ...view, [field]: cutSegments(segments, n), shortened: [...view.shortened, field] });
    // The field's text appears once in the HTML, so a cut's size is the rest's plus its own.
    const rest = utf8ByteLength(bodyHtml(withField(0)));
    const fitsWith = (n: number) => rest + utf8ByteLength(fieldHtml(field, cutSegments(segments, n))) < limit;
    // The longest cut that fits; the rendered size grows with the number of characters kept, and a
    // cut of `limit` characters or more never fits, each being at least a byte.
    let lo = 0;
    let hi = Math.min(characterCount(view[field]), limit) - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fitsWith(mid)) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best >= 0) {
      view = withField(best);
      return { html: bodyHtml(view), text: bodyText(view), shortened: view.shortened };
    }
    view = withField(0);
  }
  // Unreachable with names held to 256 characters and a limit above the fixed text; kept honest anyway.
  return { html: bodyHtml(view), text: bodyText(view), shortened: view.shortened };
}

interface BodyView extends PreciseRequest {
  menteeName: string | undefined;
  mentorName: string | undefined;
  schedule: (ReaderPlace & { start: number }) | undefined;
  shortened: ShortenableField[];
}

function bodyHtml(v: BodyView): string {
  const note = (field: ShortenableField) => (v.shortened.includes(field) ? ` <i>${SHORTENED_NOTE}</i>` : '');
  const parts: string[] = [];
  parts.push(`<h2>Micro-mentoring: ${fieldHtml('topic', v.topic)}${note('topic')}</h2>`);
  const who = whoLine(v);
  if (who) parts.push(`<p>${escapeHtml(who)}</p>`);
  if (v.schedule) parts.push(`<p><b>When:</b> ${escapeHtml(whenLine(v.schedule, v.timeBox))}</p>`);
  parts.push(`<h3>Goal</h3><p>${fieldHtml('goal', v.goal)}${note('goal')}</p>`);
  if (v.context || v.shortened.includes('context')) {
    parts.push(`<h3>Context</h3><p>${fieldHtml('context', v.context)}${note('context')}</p>`);
  }
  parts.push(`<h3>What success looks like</h3><p>${fieldHtml('success', v.success)}${note('success')}</p>`);
  parts.push(`<h3>Time box: ${v.timeBox} minutes</h3>`);
  const phases = planPhases(v.timeBox)
    .map((p) => `<li><b>${escapeHtml(p.title)}</b> (${escapeHtml(phaseTimes(p, v.schedule))}): ${escapeHtml(p.description)}</li>`)
    .join('');
  parts.push(`<ol>${phases}</ol>`);
  parts.push(renderChecklistsHtml());
  return `<div>${parts.join('')}</div>`;
}

/** A shortenable field as HTML: the topic is a heading without links, the others may link. */
function fieldHtml(field: ShortenableField, text: string): string {
  return field === 'topic' ? escapeHtml(text) : renderTextWithLinks(text);
}

function bodyText(v: BodyView): string {
  const note = (field: ShortenableField) => (v.shortened.includes(field) ? ` ${SHORTENED_NOTE}` : '');
  const blocks: string[] = [];
  const head = [`Micro-mentoring: ${v.topic}${note('topic')}`];
  const who = whoLine(v);
  if (who) head.push(who);
  if (v.schedule) head.push(`When: ${whenLine(v.schedule, v.timeBox)}`);
  blocks.push(head.join('\n'));
  blocks.push(`Goal\n${v.goal}${note('goal')}`);
  if (v.context || v.shortened.includes('context')) blocks.push(`Context\n${v.context}${note('context')}`);
  blocks.push(`What success looks like\n${v.success}${note('success')}`);
  blocks.push(
    [
      `Time box: ${v.timeBox} minutes`,
      ...planPhases(v.timeBox).map((p, i) => `${i + 1}. ${p.title} (${phaseTimes(p, v.schedule)}): ${p.description}`),
    ].join('\n'),
  );
  blocks.push(renderChecklistsText());
  return wellFormed(blocks.join('\n\n'));
}

// A start that is not a real instant reads as not yet booked; an unknown zone is shown, and named, as UTC.
function usableSchedule(schedule: MeetingBodyInput['schedule']): BodyView['schedule'] {
  if (!schedule || !isShowableInstant(schedule.start)) return undefined;
  return { ...usablePlace(schedule), start: schedule.start };
}

function whoLine(v: BodyView): string | undefined {
  if (v.menteeName && v.mentorName) return `${v.menteeName} asked ${v.mentorName} for a ${v.timeBox}-minute session.`;
  if (v.menteeName) return `${v.menteeName} asked for a ${v.timeBox}-minute session.`;
  return undefined;
}

function whenLine(schedule: ReaderPlace & { start: number }, timeBox: number): string {
  const end = schedule.start + timeBox * 60_000;
  return `${formatDay(schedule.start, schedule)}, ${formatClock(schedule.start, schedule)}–${formatClock(end, schedule)} (${schedule.zone})`;
}

/** "minutes 0–3" before booking, "10:00–10:03" once the start is known. */
function phaseTimes(phase: Phase, schedule: (ReaderPlace & { start: number }) | undefined): string {
  const endMinute = phase.startMinute + phase.minutes;
  if (!schedule) return `minutes ${phase.startMinute}–${endMinute}`;
  const at = (minute: number) => formatClock(schedule.start + minute * 60_000, schedule);
  return `${at(phase.startMinute)}–${at(endMinute)}`;
}

/** The first n characters (code points) of a text, without splitting the whole text into an array. */
function cutCharacters(text: string, n: number): string {
  let end = 0;
  for (let kept = 0; kept < n && end < text.length; kept++) {
    const code = text.charCodeAt(end);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    end += pair ? 2 : 1;
  }
  return text.slice(0, end);
}

/**
 * The first n characters of a text, ending in "…" when cut. A link the cut would fall inside is
 * dropped whole, so a shortened body never links somewhere the mentee did not mean.
 */
function cutSegments(segments: readonly TextSegment[], n: number): string {
  let kept = '';
  let left = n;
  for (const segment of segments) {
    const length = characterCount(segment.text);
    if (length <= left) {
      kept += segment.text;
      left -= length;
      continue;
    }
    if (segment.kind === 'text') kept += cutCharacters(segment.text, left);
    break;
  }
  const trimmed = kept.trimEnd();
  return trimmed ? `${trimmed}…` : '';
}
