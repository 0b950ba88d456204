// The program insight's own list, TopicSearches: one item per settled directory search with only its
// vocabulary topic, when, and whether any mentor had free time (no one's identity). Its columns are
// the app's schema; it starts empty.
export const TOPIC_SEARCHES_LIST_ID = 'c4e1f2a3-5b6c-4d7e-8f90-1a2b3c4d5e6f';
