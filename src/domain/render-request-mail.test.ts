/**
 * @jest-environment jsdom
 */
import type { PreciseRequest } from './precise-request';
import { RequestMailError, renderRequestMail, type RequestMailInput } from './render-request-mail';

const REQUEST: PreciseRequest = {
  goal: 'Get your feedback on my slides for the board review',
  context: 'The deck: https://contoso.sharepoint.com/sites/finance/board-q3.pptx\nThe board meets on Thursday.',
  success: 'I know which three slides to cut.',
  topic: 'Public speaking',
  timeBox: 30,
};
const NOW = Date.UTC(2026, 5, 1, 9, 0);
const slot = (day: number, hour: number, minutes = 30) => ({ start: Date.UTC(2026, 5, day, hour, 0), end: Date.UTC(2026, 5, day, hour, minutes) });

const INPUT: RequestMailInput = {
  request: REQUEST,
  menteeName: 'Adele Vance',
  mentorName: 'Megan Bowen',
  mentee: { zone: 'America/New_York', locale: 'en-US' },
  mentor: { zone: 'Europe/Berlin', locale: 'en-GB' },
  slots: [slot(2, 8), slot(3, 14)],
  now: NOW,
};

function refusal(input: RequestMailInput): RequestMailError {
  try {
    renderRequestMail(input);
  } catch (e) {
    if (e instanceof RequestMailError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('renderRequestMail', () => {
  it('asks in the method’s shape, with goal, context, success and the mentee’s name', () => {
    const mail = renderRequestMail(INPUT);
    expect(mail.subject).toBe('Micro-mentoring request: 30 minutes on Public speaking');
    expect(mail.html).toMatch(/^<div><p>Dear Megan Bowen,<\/p><p>Could I schedule 30 minutes with you to get your advice on Public speaking\?<\/p>/);
    expect(mail.html).toContain('<p><b>My goal:</b> Get your feedback on my slides for the board review</p>');
    expect(mail.html).toContain('<b>What success looks like:</b><br>I know which three slides to cut.');
    expect(mail.html).toMatch(/<p>Thank you,<br>Adele Vance<\/p><\/div>$/);
    expect(mail.text).toMatch(/^Dear Megan Bowen,\n\nCould I schedule 30 minutes with you to get your advice on Public speaking\?\n\nMy goal: Get your feedback/);
    expect(mail.text).toMatch(/Thank you,\nAdele Vance$/);
  });

  it('shows every slot in the mentor’s zone and in the mentee’s, day included (it may differ)', () => {
    const mail = renderRequestMail({ ...INPUT, slots: [slot(2, 8), slot(3, 14), { start: Date.UTC(2026, 5, 4, 2, 0), end: Date.UTC(2026, 5, 4, 2, 30) }] });
    expect(mail.html).toContain('<li>Tuesday, 2 June 2026, 10:00–10:30 your time (Europe/Berlin)<br>Tuesday, June 2, 2026, 4:00 AM–4:30 AM my time (America/New_York)</li>');
    expect(mail.html).toContain('<li>Thursday, 4 June 2026, 04:00–04:30 your time (Europe/Berlin)<br>Wednesday, June 3, 2026, 10:00 PM–10:30 PM my time (America/New_York)</li>');
    expect(mail.html).toContain('Would one of these times suit you (30 minutes each)?');
    expect(mail.text).toContain('1. Tuesday, 2 June 2026, 10:00–10:30 your time (Europe/Berlin)\n   Tuesday, June 2, 2026, 4:00 AM–4:30 AM my time (America/New_York)');
    expect(mail.text).toContain('3. Thursday, 4 June 2026');
  });

  it('shows one line per slot when both share a zone, saying so', () => {
    const mail = renderRequestMail({ ...INPUT, mentee: INPUT.mentor, slots: [slot(2, 8)] });
    expect(mail.html).toContain('<li>Tuesday, 2 June 2026, 10:00–10:30 (Europe/Berlin, for both of us)</li>');
    expect(mail.html).toContain('Would this time suit you (30 minutes)?');
  });

  it('links https only: the request’s links (validation refuses http ones) and a reply link', () => {
    const mail = renderRequestMail({ ...INPUT, replyUrl: 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%7D' });
    expect(mail.html).toContain('<a href="https://contoso.sharepoint.com/sites/finance/board-q3.pptx" target="_blank" rel="noopener noreferrer">');
    expect(mail.html).toContain('board-q3.pptx</a><br>The board meets on Thursday.');
    expect(refusal({ ...INPUT, request: { ...REQUEST, context: 'Old copy: http://intranet.example/deck' } })).toMatchObject({ code: 'request-invalid' });
    expect(mail.html).not.toContain('href="http:');
    expect(mail.html).toContain('<a href="https://teams.microsoft.com/l/entity/app/tab?context&#61;%7B%7D"');
    expect(mail.text).toContain('You can also answer in Micromentor: https://teams.microsoft.com/l/entity/app/tab?context=%7B%7D');
    for (const url of ['http://x.example', 'javascript:alert(1)', 'https://user:pw@x.example']) {
      expect(refusal({ ...INPUT, replyUrl: url })).toMatchObject({ code: 'reply-link-refused', field: 'replyUrl' });
    }
  });

  it('escapes script and HTML in every field and name, and keeps it readable', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'';
    const mail = renderRequestMail({
      ...INPUT,
      request: { goal: `Help with ${evil}`, context: evil, success: `Done ${evil}`, topic: `T ${evil}`, timeBox: 30 },
      menteeName: evil,
      mentorName: evil,
    });
    const doc = new DOMParser().parseFromString(mail.html, 'text/html');
    expect(doc.querySelector('script, img, [onerror]')).toBeNull();
    expect(doc.body.textContent?.split('<script>alert(1)</script>').length).toBe(7);
    expect(mail.subject).toContain('<script>');
  });

  it.each([
    '<ScRiPt src=//evil.example/x.js></sCrIpT>',
    '<a href="javascript:alert(1)">click</a>',
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)>",
    '<!-- <b>comment</b>',
    '<style>*{display:none}</style>',
    'https://ok.example/"><script>alert(1)</script>',
    '`onmouseover=alert(1)` x=`',
  ])('lets nothing out as markup but its own, and links only https: %s', (payload) => {
    const mail = renderRequestMail({
      ...INPUT,
      request: { goal: `Review ${payload}`, context: payload, success: `Done ${payload}`, topic: payload.slice(0, 80), timeBox: 30 },
      menteeName: payload,
      mentorName: payload,
      replyUrl: 'https://ok.example/reply',
    });
    const doc = new DOMParser().parseFromString(mail.html, 'text/html');
    const tags = new Set(Array.from(doc.body.querySelectorAll('*'), (el) => el.tagName.toLowerCase()));
    for (const tag of tags) expect(['div', 'p', 'b', 'br', 'ol', 'li', 'a']).toContain(tag);
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(['href', 'target', 'rel']).toContain(attr.name);
    }
    for (const a of Array.from(doc.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('keeps unicode whole: accents, right-to-left names and emoji sequences', () => {
    const mail = renderRequestMail({
      ...INPUT,
      request: { ...REQUEST, topic: 'Présentation 👩‍💻', goal: 'Revoir mes diapositives pour le comité 🎯' },
      mentorName: 'Zoë Ångström',
      menteeName: 'ليلى',
    });
    expect(mail.html).toContain('Dear Zoë Ångström,');
    expect(mail.html).toContain('advice on Présentation 👩‍💻?');
    expect(mail.text).toContain('ليلى');
    expect(mail.subject).toBe('Micro-mentoring request: 30 minutes on Présentation 👩‍💻');
  });

  it('refuses no slot, more than three, a past one, one of the wrong length, overlapping ones', () => {
    expect(refusal({ ...INPUT, slots: [] })).toMatchObject({ code: 'no-slots', field: 'slots' });
    expect(refusal({ ...INPUT, slots: [slot(2, 8), slot(2, 10), slot(2, 12), slot(2, 14)] })).toMatchObject({
      code: 'too-many-slots',
      message: 'You chose 4 times; propose at most 3, so your mentor can choose quickly.',
    });
    expect(refusal({ ...INPUT, slots: [slot(2, 8), { start: NOW - 60_000, end: NOW + 29 * 60_000 }] })).toMatchObject({
      code: 'slot-in-past',
      message: 'Time 2 has already begun; choose a later one from the free times.',
    });
    expect(refusal({ ...INPUT, slots: [slot(2, 8, 45)] })).toMatchObject({
      code: 'slot-wrong-length',
      message: 'Time 1 lasts 45 minutes, not the 30 of your time box; choose it again.',
    });
    expect(refusal({ ...INPUT, slots: [{ start: Date.UTC(2026, 5, 2, 8, 15), end: Date.UTC(2026, 5, 2, 8, 45) }, slot(2, 8)] })).toMatchObject({
      code: 'slots-overlap',
    });
    expect(refusal({ ...INPUT, slots: [{ start: Number.NaN, end: 0 }] })).toMatchObject({ code: 'slot-invalid' });
    // A slot starting now is still to come.
    expect(() => renderRequestMail({ ...INPUT, slots: [{ start: NOW, end: NOW + 30 * 60_000 }] })).not.toThrow();
  });

  it('refuses a request that does not validate, with the request’s own sentence', () => {
    expect(refusal({ ...INPUT, request: { ...REQUEST, goal: 'Help?' } })).toMatchObject({
      code: 'request-invalid',
      field: 'request',
      message: 'Your goal is 5 characters; say in at least 10 what you want help with.',
    });
  });
});
