// Which of the mentor's topics the request form starts on: the one the question (else the search)
// fits best, by the domain's topicFit. topicFit keeps the mentor's first-listed topic on equal fits,
// which is right for ranking mentors but not for choosing among one mentor's topics ("presenting my
// slides" names both public speaking and presentation coaching); there, the topic more of the
// text's phrases name wins.
import { topicFit, topicWords } from '../../domain/topics';

/** Runs of up to this many words are weighed on their own ("slide deck", "present to the board"). */
const PHRASE_WORDS = 4;

/**
 * The mentor's topic for `requestTopic` (a topic filter, may be '') and the texts in order of
 * weight (the goal as typed, then the search): the first text that fits any topic decides.
 */
export function suggestedTopic(mentorTopics: readonly string[], requestTopic: string, texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const pick = bestFit(mentorTopics, requestTopic, text);
    if (pick) return pick;
  }
  return mentorTopics[0];
}

function bestFit(mentorTopics: readonly string[], requestTopic: string, text: string): string | undefined {
  const words = topicWords(text);
  let best: { topic: string; score: number; evidence: number } | undefined;
  for (const topic of mentorTopics) {
    const score = topicFit(requestTopic, text, [topic]).score;
    let evidence = 0;
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + PHRASE_WORDS); end++) {
        evidence += topicFit('', words.slice(start, end).join(' '), [topic]).score;
      }
    }
    if (score + evidence === 0) continue;
    if (!best || score > best.score || (score === best.score && evidence > best.evidence)) best = { topic, score, evidence };
  }
  return best?.topic;
}
