import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from './checklists';
import {
  renderChecklistsText,
  renderPrepChecklistHtml,
  renderSummaryHtml,
  type SessionSummary,
} from './render-chat-messages';

const BERLIN = { zone: 'Europe/Berlin', locale: 'en-GB' };

const SUMMARY: SessionSummary = {
  topic: 'Public speaking',
  goal: 'Get feedback on my slides for the board review',
  result: 'partly',
  heldAt: Date.UTC(2025, 5, 3, 8, 0),
  actions: [
    { text: 'Cut the deck to 10 slides', owner: 'Adele Vance', due: Date.UTC(2025, 5, 5, 22, 30) },
    { text: 'Send the speaker notes template', owner: 'Megan Bowen' },
  ],
  resource: { title: 'Presenting to boards', url: 'https://contoso.sharepoint.com/sites/learning/boards.aspx' },
  nextExpert: { name: 'Lee Gu' },
};

describe('renderPrepChecklistHtml', () => {
  it('lists both checklists, ticking what is done', () => {
    const html = renderPrepChecklistHtml({ topic: 'Public speaking', goal: 'Feedback on my slides', done: { 'mentee-question': true, 'mentor-summarize': true } });
    expect(html).toMatch(/^<p><b>Prepare for your micro-mentoring session: Public speaking<\/b><\/p><p><b>Goal:<\/b> Feedback on my slides<\/p>/);
    expect(html).toContain('<p><b>Checklist for mentees: preparing for your session</b></p><ul>');
    expect(html).toContain('<p><b>Checklist for mentors: facilitating a productive exchange</b></p><ul>');
    expect(html).toContain(`<li>☑ ${MENTEE_CHECKLIST[0]?.text}</li>`);
    expect(html).toContain(`<li>☐ ${MENTEE_CHECKLIST[1]?.text}</li>`);
    expect(html).toContain(`<li>☑ ${MENTOR_CHECKLIST[3]?.text} (during the session)</li>`);
    expect(html.match(/☑/g)).toHaveLength(2);
    expect(html.match(/☐/g)).toHaveLength(MENTEE_CHECKLIST.length + MENTOR_CHECKLIST.length - 2);
  });

  it('works without a topic, goal or state', () => {
    const html = renderPrepChecklistHtml();
    expect(html).toMatch(/^<p><b>Prepare for your micro-mentoring session<\/b><\/p><p><b>Checklist for mentees/);
    expect(html).not.toContain('☑');
  });

  it('has a plain-text form of both checklists', () => {
    expect(renderChecklistsText({ 'mentor-reviewed-goal': true })).toContain(`[x] ${MENTOR_CHECKLIST[0]?.text}`);
  });
});

describe('renderSummaryHtml', () => {
  it('holds the goal, the result, the actions with owners and due days, the resource and the next expert', () => {
    const html = renderSummaryHtml(SUMMARY, BERLIN);
    expect(html).toBe(
      '<p><b>Session summary: Public speaking</b></p>' +
        `<p>${html.match(/<p>(Tuesday,? 3 June 2025), 10:00<\/p>/)?.[1]}, 10:00</p>` +
        '<p><b>Goal:</b> Get feedback on my slides for the board review</p>' +
        '<p><b>Result:</b> Goal partly met</p>' +
        '<p><b>Agreed actions</b></p><ul>' +
        '<li>Cut the deck to 10 slides — <b>Adele Vance</b>, due 6 Jun 2025</li>' +
        '<li>Send the speaker notes template — <b>Megan Bowen</b></li></ul>' +
        '<p><b>Follow-up resource:</b> <a href="https://contoso.sharepoint.com/sites/learning/boards.aspx" target="_blank" rel="noopener noreferrer">Presenting to boards</a></p>' +
        '<p><b>Suggested next expert:</b> Lee Gu</p>',
    );
  });

  it('gives due days in the reader’s zone: just after midnight in Berlin is the evening before in New York', () => {
    const html = renderSummaryHtml(SUMMARY, { zone: 'America/New_York', locale: 'en-US' });
    expect(html).toContain('due Jun 5, 2025');
    expect(html).toMatch(/June 3, 2025, 4:00\sAM/);
  });

  it('renders a summary pinned before the result is recorded', () => {
    const { result: _r, ...noResult } = SUMMARY;
    expect(renderSummaryHtml(noResult, BERLIN)).toContain('<b>Result:</b> Result not recorded yet');
  });

  it('says each result in words', () => {
    expect(renderSummaryHtml({ ...SUMMARY, result: 'met' }, BERLIN)).toContain('<b>Result:</b> Goal met');
    expect(renderSummaryHtml({ ...SUMMARY, result: 'not-yet' }, BERLIN)).toContain('<b>Result:</b> Goal not met yet');
  });

  it('leaves out what was not given and says when no actions were agreed', () => {
    const html = renderSummaryHtml({ goal: 'A goal for the demo', result: 'met', actions: [] }, BERLIN);
    expect(html).toBe('<p><b>Session summary</b></p><p><b>Goal:</b> A goal for the demo</p><p><b>Result:</b> Goal met</p><p><b>Agreed actions:</b> none recorded</p>');
  });

  it('shows a resource without a safe URL as text', () => {
    const html = renderSummaryHtml({ ...SUMMARY, resource: { title: 'Notes', url: 'file://server/share/notes.docx' } }, BERLIN);
    expect(html).toContain('<b>Follow-up resource:</b> Notes (file://server/share/notes.docx)');
    expect(html).not.toContain('href="file:');
  });

  it('shows an http resource as text to copy, never as a link', () => {
    const html = renderSummaryHtml({ ...SUMMARY, resource: { title: 'Notes', url: 'http://intranet.example/notes' } }, BERLIN);
    expect(html).toContain('<b>Follow-up resource:</b> Notes (http://intranet.example/notes)');
    expect(html).not.toContain('<a ');
  });

  it('says a result it does not know is not recorded, and leaves out due days and times that are not dates', () => {
    const html = renderSummaryHtml(
      { ...SUMMARY, result: 'Done' as SessionSummary['result'], heldAt: NaN, actions: [{ text: 'Cut the deck', owner: 'Adele Vance', due: NaN }] },
      BERLIN,
    );
    expect(html).toContain('<b>Result:</b> Result not recorded');
    expect(html).toContain('<li>Cut the deck — <b>Adele Vance</b></li>');
    expect(html).not.toMatch(/June|unknown day/);
    expect(renderSummaryHtml({ ...SUMMARY, result: 'toString' as SessionSummary['result'] }, BERLIN)).toContain('Result not recorded');
  });
});
