/**
 * @jest-environment jsdom
 */
// Hostile text through every renderer: nothing may come out as markup, every link must be https,
// and the text must still be there for people to read. Checked twice: with plain string checks on
// the HTML, and by parsing it the way a browser does (jsdom is the oracle here, not a dependency).
import { validateRequest, type PreciseRequest } from './precise-request';
import { renderSummaryCard, cardChatMessage, type AdaptiveCard, type CardElement } from './render-adaptive-card';
import { renderPrepChecklistHtml, renderSummaryHtml, type SessionSummary } from './render-chat-messages';
import { escapeHtml, renderLink, renderTextWithLinks } from './render-html';
import { renderMeetingBody } from './render-meeting-body';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<ScRiPt src=//evil.example/x.js></sCrIpT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href=JaVaScRiPt:alert(1)>mixed case</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="java&#x09;script:alert(1)">entity tab</a>',
  '<a href="&#106;avascript:alert(1)">entity j</a>',
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  'java&#x09;script:alert(1)',
  '</td></table><b',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<div title="unclosed',
  "<p class='unclosed>",
  '<!-- <b>comment</b>',
  '<style>*{display:none}</style>',
  '`onmouseover=alert(1)` x=`',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'https://ok.example/"><script>alert(1)</script>',
  'https://ok.example/a" onmouseover="alert(1)',
];

const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java&#x09;script:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://ok.example/"><script>alert(1)</script>',
  'https://ok.example/x" onmouseover="alert(1)',
  'https:///evil.example',
  '//evil.example',
  'http://plain.example/notes',
  'HTTP://PLAIN.EXAMPLE/',
  'https://bank.example@evil.example/',
];

const PLACE = { zone: 'Europe/Berlin', locale: 'en-GB' };

/** The string checks the brief asks for. */
function expectNoMarkupFrom(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(svg|iframe|img|style|math|table|td)\b/i);
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(tag).toMatch(/^<\/?(a|b|i|p|br|ul|ol|li|h2|h3|div)( |>)/);
  }
  for (const [, href] of html.matchAll(/href\s*=\s*"([^"]*)"/gi)) {
    expect(decodeEntities(href ?? '')).toMatch(/^https:\/\/[^/\\]/i);
  }
}

/** What a browser makes of it: no scripts, no handlers, only https links; returns the text people see. */
function parsedText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  expect(doc.querySelectorAll('script, style, iframe, img, svg, math, table').length).toBe(0);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/i);
  }
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    expect(new URL(href).protocol).toBe('https:');
  }
  return doc.body.textContent ?? '';
}

function decodeEntities(text: string): string {
  const el = document.createElement('textarea');
  el.innerHTML = text;
  return el.value;
}

function expectSafeHtmlKeeping(html: string, payload: string): void {
  expectNoMarkupFrom(html);
  expect(parsedText(html)).toContain(payload);
  // And literally, escaped: the payload's text, with links (which are anchors) taken out.
  expect(html).toContain(escapeHtml(payload.split(/https?:\/\/\S*/)[0] ?? ''));
}

describe.each(PAYLOADS)('hostile text %j', (payload) => {
  const long = `${payload} for the board review`; // long enough for a goal

  it('is only text in the escape helpers', () => {
    expectSafeHtmlKeeping(renderTextWithLinks(payload), payload);
    expectSafeHtmlKeeping(renderLink('https://ok.example/', payload), payload);
    expectSafeHtmlKeeping(renderLink(payload), payload);
  });

  it('is only text in the meeting body, in every field, through validation too', () => {
    const request: PreciseRequest = { goal: long, context: `Context: ${payload}\n${payload}`, success: long, topic: payload, timeBox: 30 };
    const validated = validateRequest(request);
    expect(validated.ok).toBe(true);
    for (const r of [request, validated.ok ? validated.request : request]) {
      const body = renderMeetingBody({ request: r, menteeName: payload, mentorName: payload, schedule: { start: 0, ...PLACE } });
      expectSafeHtmlKeeping(body.html, payload);
      expect(body.text).toContain(payload);
    }
  });

  it('is only text in the prep checklist message', () => {
    expectSafeHtmlKeeping(renderPrepChecklistHtml({ topic: payload, goal: long, done: { [payload]: true } }), payload);
  });

  it('is only text in the summary, in every field', () => {
    const summary: SessionSummary = {
      topic: payload,
      goal: payload,
      result: 'partly',
      actions: [{ text: payload, owner: payload, due: 0 }],
      resource: { title: payload, url: payload },
      nextExpert: { name: payload },
    };
    expectSafeHtmlKeeping(renderSummaryHtml(summary, PLACE), payload);
    expectSafeCard(renderSummaryCard(summary, PLACE), payload);
  });
});

describe.each(URL_PAYLOADS)('hostile URL %j', (url) => {
  const summary: SessionSummary = {
    goal: 'Feedback on my slides for the board review',
    result: 'met',
    actions: [{ text: `Read ${url}`, owner: 'Adele Vance' }],
    resource: { title: 'Notes', url },
  };

  it('never becomes a non-https link in HTML', () => {
    for (const html of [
      renderLink(url),
      renderLink(url, 'Notes'),
      renderTextWithLinks(`See ${url} now`),
      renderSummaryHtml(summary, PLACE),
      renderMeetingBody({ request: { goal: `Review ${url}`, context: `Links: ${url}`, success: url, topic: 'Links', timeBox: 30 } }).html,
    ]) {
      expectNoMarkupFrom(html);
      parsedText(html);
    }
  });

  it('never becomes a non-https OpenUrl in the card', () => {
    expectSafeCard(renderSummaryCard(summary, PLACE), 'Notes');
  });
});

function cardElements(body: CardElement[]): CardElement[] {
  return body.flatMap((e) => (e.type === 'Container' ? [e, ...cardElements(e.items)] : [e]));
}

function expectSafeCard(card: AdaptiveCard, payload: string): void {
  for (const action of card.actions ?? []) {
    expect(action.type).toBe('Action.OpenUrl');
    expect(new URL(action.url).protocol).toBe('https:');
    expect(action.url).not.toMatch(/[\s"<>]/);
  }
  const json = JSON.stringify(card);
  expect(JSON.parse(json)).toEqual(card);
  const message = cardChatMessage(card, 'a1b2c3');
  expect(JSON.parse(message.attachments[0]?.content ?? '')).toEqual(card);
  // User text travels in TextRuns only; TextBlocks and facts carry our own labels.
  const elements = cardElements(card.body);
  for (const e of elements) {
    if (e.type === 'TextBlock') expect(e.text).not.toContain(payload);
    if (e.type === 'FactSet') for (const f of e.facts) expect(`${f.title}${f.value}`).not.toContain(payload);
  }
  const runText = elements.flatMap((e) => (e.type === 'RichTextBlock' ? e.inlines.map((r) => r.text) : [])).join('\n');
  expect(runText).toContain(payload);
}
