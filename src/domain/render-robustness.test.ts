/**
 * @jest-environment jsdom
 */
// Every renderer, fed seeded random sessions: arbitrary Unicode (lone surrogates, bidi marks, huge
// text, empty), every enum value and some it does not know, actions with and without due days
// (NaN and out-of-range ones too), missing optional fields, odd zones and locales. None may throw,
// the HTML must parse to only our own tags with https links, and the cards must be valid JSON with
// user text only in TextRuns. A failure prints the seed and case so it can be replayed.
import { TIME_BOXES } from './time-box';
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from './checklists';
import { linkProblem } from './links';
import { extractLinks, splitLinks, validateRequest, type PreciseRequest } from './precise-request';
import { cardChatMessage, renderPrepChecklistCard, renderSummaryCard, type AdaptiveCard, type CardElement } from './render-adaptive-card';
import {
  CHECKLIST_TITLES,
  RESULT_LABELS,
  renderChecklistsHtml,
  renderChecklistsText,
  renderPrepChecklistHtml,
  renderSummaryHtml,
  type ChecklistDone,
  type SessionResult,
  type SessionSummary,
} from './render-chat-messages';
import { renderLink, renderTextWithLinks, utf8ByteLength, type ReaderPlace } from './render-html';
import { OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT, renderMeetingBody, renderMeetingSubject } from './render-meeting-body';
import { renderThankYouMail } from './render-thank-you';
import { seededRandom } from './seeded-random';

const SEED = 0x9e3779b9;
const CASES = 120;

type Random = () => number;

const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T,>(r: Random, items: readonly T[]): T => items[int(r, items.length)] as T;
const maybe = <T,>(r: Random, value: () => T, chance = 0.5): T | undefined => (r() < chance ? value() : undefined);

const FRAGMENTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</p></ul><b',
  '<!--',
  ']]>',
  '&amp;&#0;&#x110000;&',
  'javascript:alert(1)',
  'https://ok.example/a"b<c>',
  'http://plain.example/notes',
  'https://bank.example@evil.example/',
  'https:///evil.example',
  'https://例え.jp/パス?q=1&r=2#f',
  'see (https://x.example/a_(b)).',
  '**bold** [x](https://evil.example)',
  '$& $\' $` $1',
  '\r\n',
  '\n\n\n',
  '\u202Egnp.exe',
  '\u200B\u200D\uFEFF',
  '🎤👩🏽‍💻',
  'e\u0301',
  '__proto__',
  'constructor',
];

/** One code point from ranges that break naive code: controls, surrogates, astral, RTL, combining. */
function codePointText(r: Random): string {
  const ranges: [number, number][] = [
    [0x00, 0x1f],
    [0x20, 0x7e],
    [0x7f, 0x9f],
    [0xa0, 0x2ff],
    [0x300, 0x36f],
    [0x590, 0x6ff],
    [0x2000, 0x206f],
    [0x3000, 0x30ff],
    [0xfff0, 0xffff],
    [0x1f300, 0x1faff],
    [0x10fff0, 0x10ffff],
  ];
  const [lo, hi] = pick(r, ranges);
  return String.fromCodePoint(lo + int(r, hi - lo + 1));
}

function arbitraryString(r: Random): string {
  const kind = r();
  if (kind < 0.08) return '';
  if (kind < 0.12) return String.fromCharCode(0xd800 + int(r, 0x800)); // a lone surrogate
  if (kind < 0.14) return pick(r, FRAGMENTS).repeat(500 + int(r, 2_000)); // huge: 5–100 KB
  let text = '';
  const parts = 1 + int(r, 8);
  for (let i = 0; i < parts; i++) {
    const p = r();
    if (p < 0.35) text += pick(r, FRAGMENTS);
    else if (p < 0.6) text += Array.from({ length: 1 + int(r, 12) }, () => codePointText(r)).join('');
    else if (p < 0.7) text += String.fromCharCode(0xd800 + int(r, 0x800));
    else text += pick(r, ['Feedback on my slides', ' ', 'the board review', '?', '. ', 'Adele Vance']);
  }
  return text;
}

const RESULTS: readonly SessionResult[] = ['met', 'partly', 'not-yet'];
// Values a person could type in Microsoft Lists; the gateway refuses them, the renderers must not throw.
const UNKNOWN_RESULTS = ['Done', 'great', '', 'toString', '__proto__', 'hasOwnProperty'] as unknown as SessionResult[];

function arbitraryInstant(r: Random): number {
  return pick(r, [NaN, Infinity, -Infinity, 8.64e15 + 1, -8.64e15, 0, -1, Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2027, 10, 7, 6, 0) + int(r, 1e10)]);
}

function arbitraryPlace(r: Random): ReaderPlace {
  return {
    zone: pick(r, ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC', 'Mars/Olympus_Mons', '', 'Europe/Berlin\u0000']),
    locale: pick(r, ['en-GB', 'en-US', 'ja-JP', 'ar-EG', 'he-IL', 'de-DE-u-ca-buddhist', 'xx', '', 'not a locale!', '\uD800']),
  };
}

function arbitrarySummary(r: Random): SessionSummary {
  const summary: SessionSummary = {
    goal: arbitraryString(r),
    result: r() < 0.8 ? pick(r, RESULTS) : pick(r, UNKNOWN_RESULTS),
    actions: Array.from({ length: pick(r, [0, 0, 1, 2, 5]) }, () => ({
      text: arbitraryString(r),
      owner: arbitraryString(r),
      ...(r() < 0.6 ? { due: arbitraryInstant(r) } : {}),
    })),
  };
  const resource = maybe(r, () => ({ title: arbitraryString(r), url: r() < 0.5 ? pick(r, FRAGMENTS) : arbitraryString(r) }));
  if (resource) summary.resource = resource;
  const nextExpert = maybe(r, () => ({ name: arbitraryString(r) }));
  if (nextExpert) summary.nextExpert = nextExpert;
  const topic = maybe(r, () => arbitraryString(r));
  if (topic !== undefined) summary.topic = topic;
  const heldAt = maybe(r, () => arbitraryInstant(r));
  if (heldAt !== undefined) summary.heldAt = heldAt;
  return summary;
}

function arbitraryRequest(r: Random): PreciseRequest {
  return { goal: arbitraryString(r), context: arbitraryString(r), success: arbitraryString(r), topic: arbitraryString(r), timeBox: pick(r, TIME_BOXES) };
}

function arbitraryDone(r: Random): ChecklistDone {
  const ids = [...MENTEE_CHECKLIST, ...MENTOR_CHECKLIST].map((item) => item.id);
  const done: Record<string, boolean> = {};
  for (const id of [...ids, '__proto__', 'constructor', arbitraryString(r)]) if (r() < 0.4) done[id] = r() < 0.7;
  return done;
}

// The markup our renderers write; anything else in the output came from a person's text.
const OUR_TAGS = new Set(['A', 'B', 'I', 'P', 'BR', 'UL', 'OL', 'LI', 'H2', 'H3', 'DIV']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text that encodes to UTF-8 unchanged (no lone surrogates), as Graph and every parser need. */
function expectWellFormed(text: string): void {
  expect(typeof text).toBe('string');
  expect(LONE_SURROGATE.test(text)).toBe(false);
}

function expectOnlyOurMarkup(html: string): void {
  expectWellFormed(html);
  // Every "<" we did not write was escaped, so each one starts one of our tags.
  expect(html).not.toMatch(/<(?!\/?(?:a|b|i|p|br|ul|ol|li|h2|h3|div)[ >])/);
  for (const tag of ['a', 'b', 'i', 'p', 'ul', 'ol', 'li', 'h2', 'h3', 'div']) {
    const opened = html.split(new RegExp(`<${tag}[ >]`)).length - 1;
    const closed = html.split(`</${tag}>`).length - 1;
    expect([tag, closed]).toEqual([tag, opened]);
  }
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    expect(OUR_TAGS.has(el.tagName)).toBe(true);
    const attributes = Array.from(el.attributes).map((a) => a.name);
    expect(attributes).toEqual(el.tagName === 'A' ? ['href', 'target', 'rel'] : []);
  }
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    expect(new URL(href).protocol).toBe('https:');
    // A backslash may stay in a query or fragment (the URL standard leaves it there); never before the host.
    expect(href).toMatch(/^https:\/\/[^/\\]/);
    expect(href).not.toMatch(/[\s"'<>`]/);
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

function cardElements(body: CardElement[]): CardElement[] {
  return body.flatMap((e) => (e.type === 'Container' ? [e, ...cardElements(e.items)] : [e]));
}

// Our own labels: the only text a Markdown-reading TextBlock or FactSet may hold.
const CARD_LABELS = new Set([
  'Session summary',
  'Goal',
  'Agreed actions',
  'None recorded',
  'Follow-up resource',
  'Suggested next expert',
  'Prepare for your micro-mentoring session',
  CHECKLIST_TITLES.mentee,
  CHECKLIST_TITLES.mentor,
]);
const FACT_VALUES = new Set([...Object.values(RESULT_LABELS), 'Result not recorded']);

function expectValidCard(card: AdaptiveCard): void {
  const json = JSON.stringify(card);
  expect(JSON.parse(json)).toEqual(card);
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  for (const action of card.actions ?? []) {
    expect(action.type).toBe('Action.OpenUrl');
    expect(new URL(action.url).protocol).toBe('https:');
    expect(action.url).toMatch(/^https:\/\/[^/\\]/);
    expect(action.url).not.toMatch(/[\s"'<>`]/);
  }
  for (const e of cardElements(card.body)) {
    if (e.type === 'TextBlock') expect(CARD_LABELS.has(e.text)).toBe(true);
    if (e.type === 'FactSet') for (const f of e.facts) expect([f.title, FACT_VALUES.has(f.value)]).toEqual(['Result', true]);
    if (e.type === 'RichTextBlock') {
      for (const run of e.inlines) {
        expect(run.type).toBe('TextRun');
        expectWellFormed(run.text);
      }
    }
  }
  const message = cardChatMessage(card, 'a1b2c3d4');
  expect(JSON.parse(message.attachments[0]?.content ?? '')).toEqual(card);
}

/** Runs a check on each seeded case, naming the case that failed so it can be replayed. */
function forEachCase<T>(make: (r: Random) => T, check: (value: T) => void, cases = CASES): void {
  const r = seededRandom(SEED);
  for (let i = 0; i < cases; i++) {
    const value = make(r);
    try {
      check(value);
    } catch (error) {
      const shown = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}…(${v.length})` : v));
      throw new Error(`case ${i} (seed ${SEED}) failed for ${shown}:\n${String(error)}`);
    }
  }
}

describe('renderers on arbitrary sessions', () => {
  it('render the summary as HTML with only our markup and https links', () => {
    forEachCase(
      (r) => ({ summary: arbitrarySummary(r), place: arbitraryPlace(r) }),
      ({ summary, place }) => expectOnlyOurMarkup(renderSummaryHtml(summary, place)),
    );
  });

  it('render the summary as a valid card with user text only in TextRuns and only https actions', () => {
    forEachCase(
      (r) => ({ summary: arbitrarySummary(r), place: arbitraryPlace(r) }),
      ({ summary, place }) => expectValidCard(renderSummaryCard(summary, place)),
    );
  });

  it('render the prep checklist as HTML, text and a card', () => {
    forEachCase(
      (r) => ({ topic: maybe(r, () => arbitraryString(r)), goal: maybe(r, () => arbitraryString(r)), done: maybe(r, () => arbitraryDone(r)) }),
      (message) => {
        expectOnlyOurMarkup(renderPrepChecklistHtml(message));
        expectOnlyOurMarkup(renderChecklistsHtml(message.done));
        expectWellFormed(renderChecklistsText(message.done));
        expectValidCard(renderPrepChecklistCard(message.done));
      },
    );
  });

  it('render the meeting body under Outlook’s limit, with or without a schedule, names or a limit of its own', () => {
    forEachCase(
      (r) => ({
        request: arbitraryRequest(r),
        menteeName: maybe(r, () => arbitraryString(r)),
        mentorName: maybe(r, () => arbitraryString(r)),
        schedule: maybe(r, () => ({ ...arbitraryPlace(r), start: arbitraryInstant(r) })),
        maxHtmlBytes: maybe(r, () => pick(r, [0, 1, 2_000, 10_000, 40_000]), 0.3),
      }),
      (input) => {
        const body = renderMeetingBody(input);
        expectOnlyOurMarkup(body.html);
        expectWellFormed(body.text);
        if (input.maxHtmlBytes === undefined) expect(utf8ByteLength(body.html)).toBeLessThan(OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT);
        expectWellFormed(renderMeetingSubject(input.request));
      },
    );
  });

  it('render a request that passed validation, as the gateway would hand it over', () => {
    forEachCase(
      (r) => validateRequest({ ...arbitraryRequest(r), goal: `Feedback on my slides ${arbitraryString(r)}`, success: `Know what to cut ${arbitraryString(r)}` }),
      (validated) => {
        if (!validated.ok) return;
        const { goal, context, success } = validated.request;
        // Validation refuses every link that is not https, so each link it kept is one the renderers anchor.
        const links = [goal, context, success].flatMap(extractLinks);
        for (const url of links) expect(linkProblem(url)).toBeUndefined();
        const body = renderMeetingBody({ request: validated.request });
        expectOnlyOurMarkup(body.html);
        if (body.shortened.length === 0) expect(body.html.split('<a href="').length - 1).toBe([goal, context, success].flatMap((f) => splitLinks(f).filter((x) => x.kind === 'link')).length);
      },
    );
  });

  it('render the thank-you mail with only our markup and https links', () => {
    forEachCase(
      (r) => ({ mentorName: arbitraryString(r), menteeName: arbitraryString(r), message: arbitraryString(r), summary: arbitrarySummary(r), place: arbitraryPlace(r) }),
      (input) => {
        const mail = renderThankYouMail(input);
        expectOnlyOurMarkup(mail.bodyHtml);
        expectWellFormed(mail.subject);
        expect(mail.subject).not.toMatch(/[\r\n]/);
      },
    );
  });

  it('escape any text and any link target in the link helpers', () => {
    forEachCase(
      (r) => ({ url: r() < 0.5 ? pick(r, FRAGMENTS) : arbitraryString(r), text: arbitraryString(r) }),
      ({ url, text }) => {
        expectOnlyOurMarkup(renderLink(url, text));
        expectOnlyOurMarkup(renderLink(url));
        expectOnlyOurMarkup(renderTextWithLinks(`${text} ${url} ${text}`));
      },
    );
  });
});
