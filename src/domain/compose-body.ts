// Filling an Outlook compose form with the session agenda. The body may already hold a Teams join
// block (added by Outlook's toggle) and the user's own text; both must come out byte for byte. Filling
// twice must not give two agendas, so ours is fenced by markers found again on the next fill.
import { wellFormed } from './render-html';
import { renderMeetingBody, renderMeetingSubject, type MeetingBodyInput } from './render-meeting-body';

/** Office.js body.prependAsync / setAsync take at most 1,000,000 characters (platform-facts §7). */
export const OUTLOOK_BODY_MAX_CHARACTERS = 1_000_000;

/** Office.js subject.setAsync takes at most 255 characters. */
export const OUTLOOK_SUBJECT_MAX_CHARACTERS = 255;

// Tokens, not whole tags: Outlook rewrites markup (quotes, attribute order, an "x_" prefix on ids),
// so the agenda is found by a token in a comment or in an id or data-micromentor value. Each marker is written twice, as a
// comment and as an element with an id and a data attribute, so losing one form still finds it.
export const AGENDA_START_TOKEN = 'micromentor-agenda-start';
export const AGENDA_END_TOKEN = 'micromentor-agenda-end';

export type ComposeBodyErrorCode = 'too-large';

export class ComposeBodyError extends Error {
  readonly code: ComposeBodyErrorCode;

  constructor(code: ComposeBodyErrorCode, message: string) {
    super(message);
    this.name = 'ComposeBodyError';
    this.code = code;
  }
}

export interface FilledBody {
  /** The whole body after the fill: for a host that sets the body. */
  html: string;
  /** The fenced agenda alone: what a host prepends when `action` is 'prepended'. */
  agendaHtml: string;
  /** 'replaced': an earlier agenda was swapped in place, so the host must set the whole body. */
  action: 'prepended' | 'replaced';
}

/** The agenda as it goes into a compose body, between its two markers. */
export function renderAgendaBlock(input: MeetingBodyInput): string {
  return fenceBlock(renderMeetingBody(input).html);
}

/** Any of our HTML (the agenda, a request mail) between the two markers, so a later fill finds it. */
export function fenceBlock(innerHtml: string): string {
  const start = `<!--${AGENDA_START_TOKEN}--><div id="${AGENDA_START_TOKEN}" data-micromentor="${AGENDA_START_TOKEN}">`;
  // The rule is visible on purpose: it separates our block from what follows, and Outlook keeps it.
  const end = `</div><div id="${AGENDA_END_TOKEN}" data-micromentor="${AGENDA_END_TOKEN}"><hr></div><!--${AGENDA_END_TOKEN}-->`;
  return `${start}${innerHtml}${end}`;
}

/**
 * The body with the agenda at its top: a complete earlier agenda (both markers found) is replaced
 * where it is; otherwise the agenda goes first (after `<body>` when Outlook gives a whole document).
 * Everything else is kept exactly. Throws ComposeBodyError 'too-large' past Outlook's limit.
 */
export function fillComposeBody(existingHtml: string, input: MeetingBodyInput): FilledBody {
  return placeAtTop(existingHtml, renderMeetingBody(input).html);
}

/** As fillComposeBody, for any HTML of ours (a request mail used as a message body): fenced, at the top, once. */
export function placeAtTop(existingHtml: string, innerHtml: string): FilledBody {
  const agendaHtml = fenceBlock(innerHtml);
  const existing = typeof existingHtml === 'string' ? existingHtml : '';
  const found = findAgenda(existing);
  const action = found ? 'replaced' : 'prepended';
  const at = found ?? { start: topOfBody(existing), end: topOfBody(existing) };
  const html = existing.slice(0, at.start) + agendaHtml + existing.slice(at.end);
  checkBodySize(html);
  // The block alone is what a host prepends; past the limit on its own it is refused too.
  checkBodySize(agendaHtml);
  return { html, agendaHtml, action };
}

/** Refuses a body Outlook would refuse, with a sentence for the person filling the form. */
export function checkBodySize(html: string): void {
  // Office counts JavaScript characters (UTF-16 units); an emoji is two.
  if (html.length > OUTLOOK_BODY_MAX_CHARACTERS) {
    throw new ComposeBodyError(
      'too-large',
      `The meeting body would be ${html.length.toLocaleString('en-GB')} characters, more than Outlook's ${OUTLOOK_BODY_MAX_CHARACTERS.toLocaleString('en-GB')}. Shorten the text already in the body, or remove pasted images, and fill again.`,
    );
  }
}

/** "Micro-mentoring: <topic>" on one line, within Outlook's 255 characters. */
export function composeSubject(topic: string): string {
  return fitSubject(renderMeetingSubject({ topic }));
}

/** A subject on one line and within Outlook's limit, ending in "…" when cut; never splits an emoji. */
export function fitSubject(subject: string): string {
  const line = wellFormed(subject).replace(/\s+/g, ' ').trim();
  if (line.length <= OUTLOOK_SUBJECT_MAX_CHARACTERS) return line;
  let end = OUTLOOK_SUBJECT_MAX_CHARACTERS - 1;
  // A high surrogate at the cut would be half an emoji.
  if (/[\uD800-\uDBFF]/.test(line[end - 1] ?? '')) end--;
  return `${line.slice(0, end).trimEnd()}…`;
}

interface Range {
  start: number;
  end: number;
}

/** Where an earlier agenda is, from its start marker to the end of its end marker. */
export function findAgenda(html: string): Range | undefined {
  const starts = markers(html, AGENDA_START_TOKEN);
  const ends = markers(html, AGENDA_END_TOKEN);
  if (starts.length === 0) return undefined;
  const first = cluster(html, starts, 0);
  // An end that belongs to a later agenda would take the user's text between the two with it.
  const nextStart = starts[first.count]?.start ?? Infinity;
  const endIndex = ends.findIndex((m) => m.start >= first.end && m.start < nextStart);
  // A start without its end (Outlook or the user cut it): removing up to a guess could eat the
  // user's text, so the new agenda is added above instead.
  if (endIndex < 0) return undefined;
  return { start: first.start, end: cluster(html, ends, endIndex).end };
}

interface Marker {
  /** Where the comment or tag starts ('<'). */
  start: number;
  /** Just after its '>'. */
  end: number;
  /** The element name, or undefined for a comment. */
  element: string | undefined;
}

// A comment holding only the token, or a tag whose id or data-micromentor names it (Outlook may
// prefix ids with "x_"). A token inside a link's href does not count: escapeAttribute turns its
// "=" into an entity, so "id=" cannot come from a person's text.
function markers(html: string, token: string): Marker[] {
  const pattern = new RegExp(
    `<!--\\s*${token}\\s*-->|<([a-zA-Z][\\w:-]*)\\s[^>]*?\\b(?:id|data-micromentor)\\s*=\\s*["']?(?:x_)?${token}\\b[^>]*>`,
    'g',
  );
  return Array.from(html.matchAll(pattern), (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, element: m[1] }));
}

/** Markers from `from` on that follow each other with only whitespace between: one marker in two forms. */
function cluster(html: string, list: readonly Marker[], from: number): { start: number; end: number; count: number } {
  const head = list[from] as Marker;
  let count = 1;
  let end = elementEnd(html, head);
  for (let next = list[from + count]; next && html.slice(end, next.start).trim() === ''; next = list[from + count]) {
    end = elementEnd(html, next);
    count++;
  }
  return { start: head.start, end, count };
}

/**
 * Just after a marker: a comment's end, or an end-marker element's closing tag (it holds only a
 * rule, so the first close of its name is its own). A start element wraps the agenda, so its
 * extent is not its own: for it this is only used to skip the marker itself.
 */
function elementEnd(html: string, marker: Marker): number {
  if (!marker.element) return marker.end;
  if (!html.slice(marker.start, marker.end).includes(AGENDA_END_TOKEN)) return marker.end;
  const close = new RegExp(`</${marker.element}\\s*>`, 'i').exec(html.slice(marker.end));
  return close ? marker.end + close.index + close[0].length : marker.end;
}

/** Just after `<body …>` when the HTML is a whole document (as Outlook returns it), else 0. */
function topOfBody(html: string): number {
  const body = /<body(?:\s[^>]*)?>/i.exec(html);
  return body ? body.index + body[0].length : 0;
}
