// The session summary as an Adaptive Card (schema 1.5) and the chat message that carries a card.
// TextBlocks interpret a subset of Markdown, and hosts disagree on backslash escapes, so user text
// never goes into a TextBlock: it goes into TextRuns of a RichTextBlock, which hosts show as
// plain text. TextBlocks and FactSets carry only our own labels. Links open only through
// Action.OpenUrl, and only to URLs that pass the https link rule (links.ts).
import { CHECKLIST_TITLES, dueSuffix, resultLabel, type ChecklistDone, type SessionSummary } from './render-chat-messages';
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST, type ChecklistItem } from './checklists';
import { safeHttpsUrl } from './links';
import { formatClock, formatDay, isShowableInstant, wellFormed, type ReaderPlace } from './render-html';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
}

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Default' | 'Lighter' | 'Bolder';
  isSubtle?: boolean;
}

export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  separator?: boolean;
}

export type CardElement = TextBlock | RichTextBlock | FactSet | Container;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: OpenUrlAction[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A Graph chatMessage body that shows one Adaptive Card. */
export interface CardChatMessage {
  body: { contentType: 'html'; content: string };
  attachments: { id: string; contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: string }[];
}

/**
 * The message to post for a card. The id ties the body's attachment tag to the attachment; it is
 * put in an attribute, so it must be a plain token (a GUID is what callers use).
 */
export function cardChatMessage(card: AdaptiveCard, id: string): CardChatMessage {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) {
    throw new RangeError(`The attachment id "${id}" may use only letters, digits, "-" and "_" (at most 128).`);
  }
  return {
    body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
    attachments: [{ id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: JSON.stringify(card) }],
  };
}

/** The session summary as a card, dates in the reader's zone and language. */
export function renderSummaryCard(summary: SessionSummary, place: ReaderPlace): AdaptiveCard {
  const body: CardElement[] = [];
  body.push(heading('Session summary'));
  if (summary.topic) body.push(plain([{ type: 'TextRun', text: summary.topic, isSubtle: true }], 'None'));
  if (isShowableInstant(summary.heldAt)) {
    body.push(plain([{ type: 'TextRun', text: `${formatDay(summary.heldAt, place)}, ${formatClock(summary.heldAt, place)}`, isSubtle: true }], 'None'));
  }
  body.push(label('Goal'), plain([{ type: 'TextRun', text: summary.goal }], 'None'));
  body.push({ type: 'FactSet', facts: [{ title: 'Result', value: resultLabel(summary.result) }] });

  body.push(label('Agreed actions'));
  if (summary.actions.length === 0) {
    body.push({ type: 'TextBlock', text: 'None recorded', wrap: true, isSubtle: true, spacing: 'None' });
  } else {
    body.push({
      type: 'Container',
      spacing: 'None',
      items: summary.actions.map((a) => {
        const due = dueSuffix(a, place);
        return plain([
          { type: 'TextRun', text: `• ${a.text} — ` },
          { type: 'TextRun', text: a.owner, weight: 'Bolder' },
          ...(due ? [{ type: 'TextRun' as const, text: due }] : []),
        ]);
      }),
    });
  }

  const actions: OpenUrlAction[] = [];
  if (summary.resource) {
    const url = safeHttpsUrl(summary.resource.url);
    body.push(label('Follow-up resource'));
    // Without a safe URL the resource is still named, its address shown as text to copy.
    const runs: TextRun[] = [{ type: 'TextRun', text: summary.resource.title }];
    if (url === undefined) runs.push({ type: 'TextRun', text: ` (${summary.resource.url})`, isSubtle: true });
    body.push(plain(runs, 'None'));
    if (url !== undefined) actions.push({ type: 'Action.OpenUrl', title: wellFormed(`Open ${summary.resource.title}`), url });
  }
  if (summary.nextExpert) {
    body.push(label('Suggested next expert'), plain([{ type: 'TextRun', text: summary.nextExpert.name }], 'None'));
  }
  return card(body, actions);
}

/** Both prep checklists as a card, ticked items marked; with the session's topic and goal when given. */
export function renderPrepChecklistCard(done: ChecklistDone = {}, about: { topic?: string; goal?: string } = {}): AdaptiveCard {
  const list = (title: string, items: readonly ChecklistItem[]): Container => ({
    type: 'Container',
    items: [
      label(title),
      ...items.map((item) =>
        plain([{ type: 'TextRun', text: `${done[item.id] ? '☑' : '☐'} ${item.text}${item.timing === 'during-session' ? ' (during the session)' : ''}` }], 'None'),
      ),
    ],
  });
  const intro: CardElement[] = [];
  if (about.topic) intro.push(plain([{ type: 'TextRun', text: about.topic, isSubtle: true }], 'None'));
  if (about.goal) intro.push(label('Goal'), plain([{ type: 'TextRun', text: about.goal }], 'None'));
  return card(
    [heading('Prepare for your micro-mentoring session'), ...intro, list(CHECKLIST_TITLES.mentee, MENTEE_CHECKLIST), list(CHECKLIST_TITLES.mentor, MENTOR_CHECKLIST)],
    [],
  );
}

function card(body: CardElement[], actions: OpenUrlAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true };
}

function label(text: string): TextBlock {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

// Every person's text reaches the card through here, so a lone surrogate is replaced once for all.
function plain(inlines: TextRun[], spacing?: RichTextBlock['spacing']): RichTextBlock {
  return { type: 'RichTextBlock', inlines: inlines.map((run) => ({ ...run, text: wellFormed(run.text) })), ...(spacing ? { spacing } : {}) };
}
