import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from './checklists';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  cardChatMessage,
  renderPrepChecklistCard,
  renderSummaryCard,
  type AdaptiveCard,
  type CardElement,
} from './render-adaptive-card';
import type { SessionSummary } from './render-chat-messages';

const BERLIN = { zone: 'Europe/Berlin', locale: 'en-GB' };

const SUMMARY: SessionSummary = {
  topic: 'Public speaking',
  goal: 'Get feedback on my slides for the board review',
  result: 'met',
  heldAt: Date.UTC(2025, 5, 3, 8, 0),
  actions: [{ text: 'Cut the deck to 10 slides', owner: 'Adele Vance', due: Date.UTC(2025, 5, 5, 22, 30) }],
  resource: { title: 'Presenting to boards', url: 'https://contoso.sharepoint.com/sites/learning/boards.aspx' },
  nextExpert: { name: 'Lee Gu' },
};

/** Every element of a card body, depth first. */
function elements(body: CardElement[]): CardElement[] {
  return body.flatMap((e) => (e.type === 'Container' ? [e, ...elements(e.items)] : [e]));
}

/** The text a person sees in the card's TextRuns, one string per RichTextBlock. */
function runs(card: AdaptiveCard): string[] {
  return elements(card.body).flatMap((e) => (e.type === 'RichTextBlock' ? [e.inlines.map((r) => r.text).join('')] : []));
}

describe('renderSummaryCard', () => {
  it('is an Adaptive Card 1.5 with the summary and an OpenUrl action for the resource', () => {
    const card = renderSummaryCard(SUMMARY, BERLIN);
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
    });
    expect(runs(card)).toEqual([
      'Public speaking',
      expect.stringMatching(/^Tuesday,? 3 June 2025, 10:00$/),
      'Get feedback on my slides for the board review',
      '• Cut the deck to 10 slides — Adele Vance, due 6 Jun 2025',
      'Presenting to boards',
      'Lee Gu',
    ]);
    expect(elements(card.body)).toContainEqual({ type: 'FactSet', facts: [{ title: 'Result', value: 'Goal met' }] });
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open Presenting to boards', url: 'https://contoso.sharepoint.com/sites/learning/boards.aspx' },
    ]);
  });

  it('keeps user text out of Markdown-interpreting TextBlocks', () => {
    const markdown = '**bold** _it_ [click](https://evil.example) - list\n1. item';
    const card = renderSummaryCard(
      { ...SUMMARY, goal: markdown, topic: markdown, actions: [{ text: markdown, owner: markdown }], nextExpert: { name: markdown } },
      BERLIN,
    );
    const textBlocks = elements(card.body).filter((e) => e.type === 'TextBlock');
    for (const block of textBlocks) expect(block.type === 'TextBlock' && block.text).not.toContain('**bold**');
    expect(runs(card).filter((text) => text.includes(markdown))).toHaveLength(4);
  });

  it('names a resource without a safe URL and offers no action for it', () => {
    const card = renderSummaryCard({ ...SUMMARY, resource: { title: 'Notes', url: 'JavaScript:alert(1)' } }, BERLIN);
    expect(card.actions).toBeUndefined();
    expect(runs(card)).toContain('Notes (JavaScript:alert(1))');
  });

  it('offers no OpenUrl action for an http resource, naming it with its address instead', () => {
    const card = renderSummaryCard({ ...SUMMARY, resource: { title: 'Notes', url: 'http://intranet.example/notes' } }, BERLIN);
    expect(card.actions).toBeUndefined();
    expect(runs(card)).toContain('Notes (http://intranet.example/notes)');
  });

  it('shows an unknown result as not recorded and drops a due day that is not a date', () => {
    const card = renderSummaryCard(
      { ...SUMMARY, result: 'great' as typeof SUMMARY.result, heldAt: NaN, actions: [{ text: 'Cut the deck', owner: 'Adele Vance', due: NaN }] },
      BERLIN,
    );
    expect(elements(card.body)).toContainEqual({ type: 'FactSet', facts: [{ title: 'Result', value: 'Result not recorded' }] });
    expect(runs(card)).toContain('• Cut the deck — Adele Vance');
    expect(JSON.stringify(card)).not.toMatch(/unknown day|NaN/);
  });

  it('says when no actions were agreed, and leaves out what was not given', () => {
    const card = renderSummaryCard({ goal: 'A goal for the demo', result: 'not-yet', actions: [] }, BERLIN);
    expect(elements(card.body)).toContainEqual(expect.objectContaining({ type: 'TextBlock', text: 'None recorded' }));
    expect(runs(card)).toEqual(['A goal for the demo']);
    expect(JSON.stringify(card)).toContain('Goal not met yet');
  });
});

describe('renderPrepChecklistCard', () => {
  it('lists both checklists with what is ticked', () => {
    const card = renderPrepChecklistCard({ 'mentee-notes': true });
    const texts = runs(card);
    expect(texts).toHaveLength(MENTEE_CHECKLIST.length + MENTOR_CHECKLIST.length);
    expect(texts).toContain(`☑ ${MENTEE_CHECKLIST[3]?.text}`);
    expect(texts).toContain(`☐ ${MENTOR_CHECKLIST[1]?.text} (during the session)`);
  });
});

describe('cardChatMessage', () => {
  it('wraps a card in the chat message shape Graph expects, tied by the attachment id', () => {
    const card = renderSummaryCard(SUMMARY, BERLIN);
    const id = '74d20c7f34aa4a7fb74e2b30004247c5';
    const message = cardChatMessage(card, id);
    expect(message).toEqual({
      body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
      attachments: [{ id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: JSON.stringify(card) }],
    });
    expect(ADAPTIVE_CARD_CONTENT_TYPE).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.parse(message.attachments[0]?.content ?? '')).toEqual(card);
  });

  it('refuses an id that could break out of its attribute', () => {
    const card = renderPrepChecklistCard();
    for (const id of ['', 'a"><script>alert(1)</script>', 'a b', 'x'.repeat(129)]) {
      expect(() => cardChatMessage(card, id)).toThrow(RangeError);
    }
  });
});
