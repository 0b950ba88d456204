// What the program learns from a directory search: only a topic from the vocabulary (never the words
// typed, which may name people), when, and whether any matching mentor had free time. No one's
// identity is kept. One note per topic and visit, once the search has settled.
import { mentionedTopics, resolveTopic } from './topics';

export interface SearchNote {
  topic: string;
  foundFreeMentor: boolean;
}

/**
 * The topic a search is about: the chosen topic filter, else the vocabulary topic the typed words
 * name as a whole or mention (the first, when several); undefined when none — then nothing is noted.
 */
export function searchTopic(filters: { query: string; topic?: string }): string | undefined {
  if (filters.topic?.trim()) return filters.topic.trim();
  const query = filters.query.trim();
  return query ? (resolveTopic(query)[0] ?? mentionedTopics(query)[0]) : undefined;
}

/** How long a search must stay unchanged before it counts (so typing a word is not six searches). */
export const SEARCH_SETTLE_MS = 2_000;
