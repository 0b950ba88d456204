import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from './checklists';
import { validateRequest, type PreciseRequest } from './precise-request';
import { utf8ByteLength } from './render-html';
import { OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT, SHORTENED_NOTE, renderMeetingBody, renderMeetingSubject } from './render-meeting-body';
import { planPhases } from './time-box';

const REQUEST: PreciseRequest = {
  goal: 'Could I schedule 30 minutes to get your feedback on my slides for the board review?',
  context: 'The deck: https://contoso.sharepoint.com/sites/finance/board-q3.pptx\n\nThe board meets on Thursday.',
  success: 'I know which three slides to cut.',
  topic: 'Public speaking',
  timeBox: 30,
};

describe('renderMeetingBody', () => {
  it('holds the request, the phases and both checklists, as HTML and as text', () => {
    const body = renderMeetingBody({ request: REQUEST, menteeName: 'Adele Vance', mentorName: 'Megan Bowen' });
    expect(body.shortened).toEqual([]);
    expect(body.html).toContain('<h2>Micro-mentoring: Public speaking</h2>');
    expect(body.html).toContain(`<h3>Goal</h3><p>${REQUEST.goal}</p>`);
    expect(body.html).toContain(
      '<a href="https://contoso.sharepoint.com/sites/finance/board-q3.pptx" target="_blank" rel="noopener noreferrer">https://contoso.sharepoint.com/sites/finance/board-q3.pptx</a><br><br>The board meets on Thursday.',
    );
    expect(body.html).toContain('<h3>What success looks like</h3><p>I know which three slides to cut.</p>');
    expect(body.html).toContain('<h3>Time box: 30 minutes</h3>');
    expect(body.html).toContain('Adele Vance asked Megan Bowen for a 30-minute session.');
    for (const phase of planPhases(30)) {
      expect(body.html).toContain(`<b>${phase.title}</b> (minutes ${phase.startMinute}–${phase.startMinute + phase.minutes})`);
      expect(body.text).toContain(`${phase.title} (minutes ${phase.startMinute}–${phase.startMinute + phase.minutes})`);
    }
    for (const item of [...MENTEE_CHECKLIST, ...MENTOR_CHECKLIST]) {
      expect(body.html).toContain(`☐ ${item.text.replace("'", '&#39;')}`);
      expect(body.text).toContain(`[ ] ${item.text}`);
    }
    expect(body.text).toMatch(/^Micro-mentoring: Public speaking\nAdele Vance asked Megan Bowen for a 30-minute session\.\n\nGoal\n/);
    expect(body.text).toContain('Context\nThe deck: https://contoso.sharepoint.com/sites/finance/board-q3.pptx\n\nThe board meets on Thursday.');
    expect(body.text).toContain('What success looks like\nI know which three slides to cut.');
  });

  it('leaves the context out when there is none', () => {
    const body = renderMeetingBody({ request: { ...REQUEST, context: '' } });
    expect(body.html).not.toContain('Context');
    expect(body.text).not.toContain('Context');
  });

  it('shows the session and each phase at clock times in the reader’s zone and language', () => {
    const start = Date.UTC(2025, 5, 3, 8, 0);
    const berlin = renderMeetingBody({ request: { ...REQUEST, timeBox: 45 }, schedule: { start, zone: 'Europe/Berlin', locale: 'en-GB' } });
    expect(berlin.html).toMatch(/<b>When:<\/b> Tuesday,? 3 June 2025, 10:00–10:45 \(Europe\/Berlin\)/);
    const [first, second] = planPhases(45);
    expect(berlin.text).toContain(`1. ${first?.title} (10:00–10:0${first?.minutes})`);
    expect(berlin.text).toContain(`2. ${second?.title} (10:0${second?.startMinute}–10:${(second?.startMinute ?? 0) + (second?.minutes ?? 0)})`);

    const newYork = renderMeetingBody({ request: REQUEST, schedule: { start, zone: 'America/New_York', locale: 'en-US' } });
    expect(newYork.text).toMatch(/When: Tuesday, June 3, 2025, 4:00\sAM–4:30\sAM \(America\/New_York\)/);
  });

  it('shows an http link in the request as text, never as a link', () => {
    const body = renderMeetingBody({ request: { ...REQUEST, context: 'Old deck: http://intranet.example/deck.pptx' } });
    expect(body.html).toContain('<h3>Context</h3><p>Old deck: http://intranet.example/deck.pptx</p>');
    expect(body.html).not.toContain('href="http:');
  });

  it('reads a start that is not a time as not yet booked, and an unknown zone as UTC, naming it', () => {
    const unbooked = renderMeetingBody({ request: REQUEST, schedule: { start: NaN, zone: 'Europe/Berlin', locale: 'en-GB' } });
    expect(unbooked.html).not.toContain('When:');
    expect(unbooked.text).toContain('(minutes 0–');
    const start = Date.UTC(2025, 5, 3, 8, 0);
    const utc = renderMeetingBody({ request: REQUEST, schedule: { start, zone: 'Mars/Olympus_Mons', locale: 'en-GB' } });
    expect(utc.text).toMatch(/When: Tuesday,? 3 June 2025, 08:00–08:30 \(UTC\)/);
  });

  it('stays under Outlook’s 32 KB with the longest valid request full of characters that grow when escaped', () => {
    const result = validateRequest({
      goal: '&'.repeat(280),
      context: '<&'.repeat(1000),
      success: '"'.repeat(500),
      topic: "'".repeat(80),
      timeBox: 60,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.request.context).toHaveLength(2000);
    const body = renderMeetingBody({ request: result.request, menteeName: '<'.repeat(256), mentorName: '>'.repeat(256) });
    expect(utf8ByteLength(body.html)).toBeLessThan(OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT);
    expect(body.shortened).toEqual([]);
    expect(body.html).toContain('&lt;&amp;'.repeat(1000));
  });

  it('shortens a context that would break the limit, with a visible note, in both renderings', () => {
    const request = { ...REQUEST, context: `Intro ${'<'.repeat(20_000)} end` };
    const body = renderMeetingBody({ request });
    const bytes = utf8ByteLength(body.html);
    expect(bytes).toBeLessThan(OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT);
    // It keeps as much as fits, not a token amount.
    expect(bytes).toBeGreaterThan(OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT - 16);
    expect(body.shortened).toEqual(['context']);
    expect(body.html).toMatch(/<h3>Context<\/h3><p>Intro (&lt;)+… <i>\(shortened\)<\/i><\/p>/);
    expect(body.text).toMatch(/Context\nIntro <+… \(shortened\)\n/);
    expect(body.html).toContain(`<p>${REQUEST.goal}</p>`);
  });

  it('drops a link the cut would fall inside instead of linking somewhere else', () => {
    const link = 'https://contoso.sharepoint.com/sites/finance/a-long-document-name-for-the-board.pptx';
    const request = { ...REQUEST, context: `${'Background. '.repeat(10)}${link} more` };
    const full = renderMeetingBody({ request });
    const limit = utf8ByteLength(full.html) - 60; // cuts inside the link's anchor
    const body = renderMeetingBody({ request, maxHtmlBytes: limit });
    expect(utf8ByteLength(body.html)).toBeLessThan(limit);
    expect(body.shortened).toEqual(['context']);
    expect(body.html).not.toContain('<a ');
    expect(body.html).toContain(`Background.… <i>${SHORTENED_NOTE}</i>`);
  });

  it('shortens success, then goal, when the context alone is not enough', () => {
    const request = { ...REQUEST, context: 'c'.repeat(5000), success: 's'.repeat(5000), goal: 'g'.repeat(5000) };
    const minimal = renderMeetingBody({ request: { ...REQUEST, context: '', success: '', goal: '' } });
    const limit = utf8ByteLength(minimal.html) + 200;
    const body = renderMeetingBody({ request, maxHtmlBytes: limit });
    expect(utf8ByteLength(body.html)).toBeLessThan(limit);
    expect(body.shortened).toEqual(['context', 'success', 'goal']);
    expect(body.html).toMatch(/<h3>Goal<\/h3><p>g+… <i>\(shortened\)<\/i><\/p>/);
  });

  it('never reports an empty field as shortened, nor adds its heading', () => {
    const request = { ...REQUEST, context: '', success: 's'.repeat(40_000) };
    const body = renderMeetingBody({ request });
    expect(utf8ByteLength(body.html)).toBeLessThan(OUTLOOK_NEW_APPOINTMENT_BODY_LIMIT);
    expect(body.shortened).toEqual(['success']);
    expect(body.html).not.toContain('<h3>Context</h3>');
  });
});

describe('renderMeetingSubject', () => {
  it('names the topic, as plain text', () => {
    expect(renderMeetingSubject({ topic: 'Data <viz> & charts' })).toBe('Micro-mentoring: Data <viz> & charts');
  });
});
