/**
 * @jest-environment jsdom
 */
import {
  AGENDA_END_TOKEN,
  AGENDA_START_TOKEN,
  ComposeBodyError,
  OUTLOOK_BODY_MAX_CHARACTERS,
  OUTLOOK_SUBJECT_MAX_CHARACTERS,
  checkBodySize,
  composeSubject,
  fillComposeBody,
  findAgenda,
  fitSubject,
  placeAtTop,
  renderAgendaBlock,
} from './compose-body';
import type { PreciseRequest } from './precise-request';
import type { MeetingBodyInput } from './render-meeting-body';

const REQUEST: PreciseRequest = {
  goal: 'Get your feedback on my slides for the board review',
  context: 'The deck: https://contoso.sharepoint.com/sites/finance/board-q3.pptx',
  success: 'I know which three slides to cut.',
  topic: 'Public speaking',
  timeBox: 30,
};
const INPUT: MeetingBodyInput = { request: REQUEST, menteeName: 'Adele Vance', mentorName: 'Megan Bowen' };

// What Outlook hands back for a new Teams meeting the user already typed into.
const USER_TEXT = '<div class="elementToProof">Bring the Q3 numbers, please. ünïcödé 🎯👩‍💻</div>';
const TEAMS_BLOCK =
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>' +
  '<div style="margin-bottom:24px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>' +
  '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d" target="_blank">Join the meeting now</a></div>';
const OUTLOOK_DOC = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">${USER_TEXT}<br>${TEAMS_BLOCK}</body></html>`;

describe('fillComposeBody', () => {
  it('puts the agenda first inside <body>, keeping the user’s text and the Teams block exactly', () => {
    const filled = fillComposeBody(OUTLOOK_DOC, INPUT);
    expect(filled.action).toBe('prepended');
    expect(filled.html).toBe(OUTLOOK_DOC.replace('<body dir="ltr">', `<body dir="ltr">${filled.agendaHtml}`));
    const doc = new DOMParser().parseFromString(filled.html, 'text/html');
    expect(doc.body.firstElementChild?.id).toBe(AGENDA_START_TOKEN);
    expect(doc.body.textContent).toContain('Microsoft Teams meeting');
  });

  it('prepends to a fragment or an empty body', () => {
    expect(fillComposeBody(USER_TEXT, INPUT).html).toBe(renderAgendaBlock(INPUT) + USER_TEXT);
    expect(fillComposeBody('', INPUT).html).toBe(renderAgendaBlock(INPUT));
  });

  it('fills twice without a second agenda, replacing the first with the new request', () => {
    const once = fillComposeBody(OUTLOOK_DOC, INPUT).html;
    const again = fillComposeBody(once, INPUT);
    expect(again.action).toBe('replaced');
    expect(again.html).toBe(once);
    const changed = fillComposeBody(once, { ...INPUT, request: { ...REQUEST, topic: 'Negotiation' } });
    expect(changed.html.split(AGENDA_START_TOKEN).length).toBe(once.split(AGENDA_START_TOKEN).length);
    expect(changed.html).toContain('Micro-mentoring: Negotiation');
    expect(changed.html).not.toContain('Micro-mentoring: Public speaking');
    expect(changed.html.endsWith(`${USER_TEXT}<br>${TEAMS_BLOCK}</body></html>`)).toBe(true);
  });

  it('finds its agenda after Outlook rewrote the markup: comments dropped, ids prefixed, quotes changed', () => {
    const agenda = renderAgendaBlock(INPUT)
      .replace(/<!--[^>]*-->/g, '')
      .replace(/id="micromentor/g, "id='x_micromentor")
      .replace(/(x_micromentor-agenda-(?:start|end))"/g, "$1'")
      .replace(/ data-micromentor="[^"]*"/g, '');
    const body = `<html><body>${agenda}${USER_TEXT}${TEAMS_BLOCK}</body></html>`;
    const filled = fillComposeBody(body, INPUT);
    expect(filled.action).toBe('replaced');
    expect(filled.html).toBe(`<html><body>${renderAgendaBlock(INPUT)}${USER_TEXT}${TEAMS_BLOCK}</body></html>`);
  });

  it('finds it by the comments alone when the elements lost their ids', () => {
    const agenda = renderAgendaBlock(INPUT).replace(/ (?:id|data-micromentor)="[^"]*"/g, '');
    const filled = fillComposeBody(`${agenda}${USER_TEXT}`, INPUT);
    expect(filled.action).toBe('replaced');
    expect(filled.html).toBe(renderAgendaBlock(INPUT) + USER_TEXT);
  });

  it('adds above, removing nothing, when an earlier agenda lost its end marker', () => {
    const cut = renderAgendaBlock(INPUT).split(`<div id="${AGENDA_END_TOKEN}"`)[0] as string;
    const body = `${cut}${USER_TEXT}${TEAMS_BLOCK}`;
    const filled = fillComposeBody(body, INPUT);
    expect(filled.action).toBe('prepended');
    expect(filled.html).toBe(renderAgendaBlock(INPUT) + body);
  });

  it('never takes the user’s text between an agenda without an end and a later whole one', () => {
    const cut = renderAgendaBlock(INPUT).split(`<div id="${AGENDA_END_TOKEN}"`)[0] as string;
    const body = `${cut}${USER_TEXT}${renderAgendaBlock(INPUT)}${TEAMS_BLOCK}`;
    const filled = fillComposeBody(body, INPUT);
    expect(filled.html).toContain(USER_TEXT);
    expect(filled.html).toContain(TEAMS_BLOCK);
  });

  it('ignores marker words a person typed or linked', () => {
    const typed = `<p>${AGENDA_START_TOKEN} and ${AGENDA_END_TOKEN}</p><a href="https://x.example/${AGENDA_END_TOKEN}">x</a>`;
    expect(findAgenda(typed)).toBeUndefined();
    const hostile = { ...INPUT, request: { ...REQUEST, context: `see https://x.example/?id=${AGENDA_END_TOKEN} and <!--${AGENDA_END_TOKEN}-->` } };
    const once = fillComposeBody(USER_TEXT, hostile).html;
    expect(fillComposeBody(once, INPUT).html).toBe(renderAgendaBlock(INPUT) + USER_TEXT);
  });

  it('escapes hostile text in every field, and the user’s existing HTML is not touched', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const filled = fillComposeBody(OUTLOOK_DOC, {
      request: { goal: `${evil} goal`, context: evil, success: evil, topic: evil, timeBox: 45 },
      menteeName: evil,
      mentorName: evil,
    });
    const doc = new DOMParser().parseFromString(filled.agendaHtml, 'text/html');
    expect(doc.querySelector('script, img')).toBeNull();
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('fences any block of ours the same way, so a request mail used as a message body is replaced too', () => {
    const signature = '<div id="Signature"><p>Adele Vance · Finance</p></div>';
    const once = placeAtTop(signature, '<p>First draft &amp; more</p>');
    expect(once.html.endsWith(signature)).toBe(true);
    const again = placeAtTop(once.html, '<p>Second draft</p>');
    expect(again.action).toBe('replaced');
    expect(again.html).not.toContain('First draft');
    expect(again.html.endsWith(signature)).toBe(true);
  });

  it('reads a realistic body near the limit quickly', () => {
    const big = `<html><body>${'<p class="x">Some text &amp; more text</p>'.repeat(20_000)}${TEAMS_BLOCK}</body></html>`;
    const began = performance.now();
    const filled = fillComposeBody(fillComposeBody(big, INPUT).html, INPUT);
    expect(filled.action).toBe('replaced');
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('refuses a body past Outlook’s limit with a code and a sentence', () => {
    const huge = `<p>${'x'.repeat(OUTLOOK_BODY_MAX_CHARACTERS)}</p>`;
    expect(() => fillComposeBody(huge, INPUT)).toThrow(ComposeBodyError);
    try {
      fillComposeBody(huge, INPUT);
    } catch (e) {
      expect((e as ComposeBodyError).code).toBe('too-large');
      expect((e as ComposeBodyError).message).toMatch(/more than Outlook's 1,000,000\. Shorten/);
    }
    expect(() => checkBodySize('x'.repeat(OUTLOOK_BODY_MAX_CHARACTERS))).not.toThrow();
  });
});

describe('composeSubject', () => {
  it('is "Micro-mentoring: <topic>", plain text on one line', () => {
    expect(composeSubject('Public speaking')).toBe('Micro-mentoring: Public speaking');
    expect(composeSubject('<b>Bold</b>\r\nnext')).toBe('Micro-mentoring: <b>Bold</b> next');
  });

  it('keeps within 255 characters without splitting an emoji', () => {
    const subject = composeSubject('🎯'.repeat(300));
    expect(subject.length).toBeLessThanOrEqual(OUTLOOK_SUBJECT_MAX_CHARACTERS);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(fitSubject('a'.repeat(255))).toBe('a'.repeat(255));
    expect(fitSubject('a'.repeat(256))).toBe(`${'a'.repeat(254)}…`);
  });
});
