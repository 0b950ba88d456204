// A published success story as an Adaptive Card for a Teams channel. Every word of the story is
// the mentee's (anonymised and edited), so it goes only into TextRuns, which hosts show as plain
// text (no Markdown, no HTML); our own labels are the only TextBlocks (see render-adaptive-card.ts).
import type { AdaptiveCard, CardElement, TextRun } from './render-adaptive-card';
import { resultLabel } from './render-chat-messages';
import type { SuccessStory } from './success-story';

const runs = (inlines: TextRun[], spacing: 'None' | 'Small' = 'Small'): CardElement => ({ type: 'RichTextBlock', inlines, spacing });
const label = (text: string): CardElement => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' });

export function renderStoryCard(story: SuccessStory): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: 'What 45 minutes did', weight: 'Bolder', size: 'Medium', wrap: true },
    runs([{ type: 'TextRun', text: story.department ? `${story.topic} · ${story.department}` : story.topic, isSubtle: true }], 'None'),
    label('The goal'),
    runs([{ type: 'TextRun', text: story.goal }], 'None'),
    label('What success looked like'),
    runs([{ type: 'TextRun', text: story.success }], 'None'),
    { type: 'FactSet', facts: [{ title: 'Result', value: resultLabel(story.result) }] },
  ];
  if (story.actions.length > 0) {
    body.push(label('What they did next'), { type: 'Container', spacing: 'None', items: story.actions.map((a) => runs([{ type: 'TextRun', text: `• ${a}` }], 'None')) });
  }
  body.push({ type: 'TextBlock', text: 'Shared anonymously with the mentee’s consent. Find an expert in the Micromentor app.', isSubtle: true, wrap: true, size: 'Small', spacing: 'Medium' });
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}
