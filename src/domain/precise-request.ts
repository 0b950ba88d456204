// A mentee's precise request: one goal, context, what success looks like, a topic and a time box.
// The method says a precise request is what makes a busy expert say yes, so validation answers
// with sentences a person can act on, not just a red border.
import { linkProblem } from './links';
import { findRewritePlaceholder } from './rewrite-placeholders';
import { TIME_BOXES, type TimeBoxMinutes } from './time-box';

export interface PreciseRequest {
  /** One question or objective, single line. */
  goal: string;
  /** Background for the mentor; may hold several lines and links. Empty when none was given. */
  context: string;
  /** What a successful outcome looks like for the mentee. */
  success: string;
  topic: string;
  timeBox: TimeBoxMinutes;
}

/** What a form hands over: anything, since it comes from people and storage. */
export interface PreciseRequestDraft {
  goal?: unknown;
  context?: unknown;
  success?: unknown;
  topic?: unknown;
  timeBox?: unknown;
}

export type RequestField = keyof PreciseRequest;

export type RequestErrorCode =
  | 'goal-required'
  | 'goal-too-short'
  | 'goal-too-long'
  | 'goal-several-questions'
  | 'goal-link-refused'
  | 'goal-placeholder'
  | 'context-too-long'
  | 'context-link-refused'
  | 'success-required'
  | 'success-too-short'
  | 'success-too-long'
  | 'success-link-refused'
  | 'topic-required'
  | 'topic-too-long'
  | 'time-box-invalid';

export interface RequestError {
  code: RequestErrorCode;
  field: RequestField;
  message: string;
}

export type RequestValidation = { ok: true; request: PreciseRequest } | { ok: false; errors: RequestError[] };

/** Limits in characters (Unicode code points, so an emoji counts once), after normalising. */
export const REQUEST_LIMITS = {
  goal: { min: 10, max: 280 },
  context: { max: 2000 },
  success: { min: 5, max: 500 },
  topic: { max: 80 },
} as const;

// C0 and C1 controls except tab and line breaks, plus the bidirectional overrides that can make
// text read differently from what it is. Zero-width joiners stay: emoji sequences need them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One line of text: controls removed, every run of whitespace (line breaks too) made one space, trimmed. */
export function normalizeLine(value: string): string {
  return value.normalize('NFC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Text that may keep its paragraphs: controls removed, line endings unified, spaces within a line
 * collapsed, at most one blank line in a row, trimmed.
 */
export function normalizeParagraphs(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Length as people count characters: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string };

// Stops at whitespace and at characters that cannot be in a URL as typed in prose. No word boundary
// before it: "deckhttp://x.example" still holds a link a mail client may follow, so validation must see it.
const LINK_CANDIDATE = /https?:\/\/[^\s<>"'`\u00A0\u3000]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/;

/**
 * Splits text into plain runs and http(s) links, so renderers can escape the one and anchor the
 * other (only links that pass linkProblem become anchors), and validation can point at an http one. Trailing sentence punctuation and unbalanced closing brackets are left out of a link,
 * as people write "see (https://x.example/a)." in prose.
 */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_CANDIDATE)) {
    const start = match.index ?? 0;
    const url = trimLinkEnd(match[0]);
    if (!isHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The http(s) links in a text, in order of first appearance, each once. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const segment of splitLinks(text)) {
    if (segment.kind === 'link' && !links.includes(segment.url)) links.push(segment.url);
  }
  return links;
}

function trimLinkEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      if (url.endsWith(close) && count(url, close) > count(url, open)) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * How many questions a goal asks: runs of question marks ("really??" is one), ignoring those
 * inside links, whose query strings start with one.
 */
export function countQuestions(goal: string): number {
  const withoutLinks = splitLinks(goal)
    .map((s) => (s.kind === 'link' ? ' ' : s.text))
    .join('');
  return (withoutLinks.match(/[?？]+/g) ?? []).length;
}

/** Checks a draft and, when it is complete, gives the normalised request. */
export function validateRequest(draft: unknown): RequestValidation {
  const d: PreciseRequestDraft = typeof draft === 'object' && draft !== null ? (draft as PreciseRequestDraft) : {};
  const errors: RequestError[] = [];
  const fail = (code: RequestErrorCode, field: RequestField, message: string) => errors.push({ code, field, message });

  const goal = typeof d.goal === 'string' ? normalizeLine(d.goal) : '';
  const goalLength = characterCount(goal);
  if (goalLength === 0) {
    fail('goal-required', 'goal', 'Write your goal: the one question or objective you want help with.');
  } else if (goalLength < REQUEST_LIMITS.goal.min) {
    fail(
      'goal-too-short',
      'goal',
      `Your goal is ${plural(goalLength, 'character')}; say in at least ${REQUEST_LIMITS.goal.min} what you want help with.`,
    );
  } else if (goalLength > REQUEST_LIMITS.goal.max) {
    fail(
      'goal-too-long',
      'goal',
      `Your goal is ${goalLength} characters; keep it to one question of at most ${REQUEST_LIMITS.goal.max}.`,
    );
  }
  const questions = countQuestions(goal);
  if (questions > 1) {
    fail(
      'goal-several-questions',
      'goal',
      `Your goal asks ${questions} questions; keep the most pressing one and move the others to the context or another session.`,
    );
  }

  const goalLink = refusedLink(goal);
  if (goalLink) fail('goal-link-refused', 'goal', goalLink);
  const placeholder = findRewritePlaceholder(goal);
  if (placeholder) fail('goal-placeholder', 'goal', `Replace ${placeholder} in your goal with your own words, so your mentor knows what to prepare.`);

  const context = typeof d.context === 'string' ? normalizeParagraphs(d.context) : '';
  const contextLength = characterCount(context);
  if (contextLength > REQUEST_LIMITS.context.max) {
    fail(
      'context-too-long',
      'context',
      `Your context is ${contextLength} characters; shorten it to ${REQUEST_LIMITS.context.max} or link to a document instead.`,
    );
  }

  const contextLink = refusedLink(context);
  if (contextLink) fail('context-link-refused', 'context', contextLink);

  const success = typeof d.success === 'string' ? normalizeParagraphs(d.success) : '';
  const successLength = characterCount(success);
  if (successLength === 0) {
    fail('success-required', 'success', 'Say what success looks like: what you will have or know at the end of the session.');
  } else if (successLength < REQUEST_LIMITS.success.min) {
    fail(
      'success-too-short',
      'success',
      `What success looks like is ${plural(successLength, 'character')}; describe it in at least ${REQUEST_LIMITS.success.min}.`,
    );
  } else if (successLength > REQUEST_LIMITS.success.max) {
    fail(
      'success-too-long',
      'success',
      `What success looks like is ${successLength} characters; keep it to ${REQUEST_LIMITS.success.max}, one outcome you can check at the end.`,
    );
  }

  const successLink = refusedLink(success);
  if (successLink) fail('success-link-refused', 'success', successLink);

  const topic = typeof d.topic === 'string' ? normalizeLine(d.topic) : '';
  const topicLength = characterCount(topic);
  if (topicLength === 0) {
    fail('topic-required', 'topic', 'Pick the topic your request is about, so it reaches the right expert.');
  } else if (topicLength > REQUEST_LIMITS.topic.max) {
    fail('topic-too-long', 'topic', `The topic is ${topicLength} characters; name it in at most ${REQUEST_LIMITS.topic.max}.`);
  }

  const timeBox = toTimeBox(d.timeBox);
  if (timeBox === undefined) {
    fail('time-box-invalid', 'timeBox', `Choose a time box of ${listOr(TIME_BOXES.map(String))} minutes.`);
  }

  if (errors.length > 0 || timeBox === undefined) return { ok: false, errors };
  return { ok: true, request: { goal, context, success, topic, timeBox } };
}

/**
 * Every text that renders its links (a request's goal, context and success, a mentor's bio) takes
 * only links that pass the one link rule; the first one that does not is named, with the rule's own sentence.
 */
export function refusedLink(text: string): string | undefined {
  for (const url of extractLinks(text)) {
    const problem = linkProblem(url);
    if (problem) return `The link ${shortLink(url)} cannot be used. ${problem.message}`;
  }
  return undefined;
}

function shortLink(url: string): string {
  const points = Array.from(url);
  return points.length <= 80 ? url : `${points.slice(0, 79).join('')}…`;
}

// A select or a stored list item may hand the time box over as text.
function toTimeBox(value: unknown): TimeBoxMinutes | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return TIME_BOXES.find((box) => box === n);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function listOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
