// The topic vocabulary and how well a mentee's question fits a mentor's topics.
// Mentees and mentors write topics in their own words ("CV", "Resume reviews", "slides for the board"), so
// fit is graded: the same words, a known synonym, or some shared words.

export interface TopicEntry {
  /** The vocabulary's own name for the topic, as shown to people. */
  label: string;
  /** Other ways people say it. A phrase may belong to several topics ("presenting"). */
  synonyms: readonly string[];
}

export const TOPIC_VOCABULARY: readonly TopicEntry[] = [
  {
    label: 'public speaking',
    synonyms: ['present', 'presenting', 'presentation', 'speaking', 'keynote', 'conference talk', 'speech', 'stage presence', 'stage fright', 'toastmasters'],
  },
  {
    label: 'presentation coaching',
    synonyms: ['present', 'presenting', 'presentation', 'presentation skills', 'present to the board', 'slides', 'slide deck', 'deck', 'keynote', 'powerpoint', 'board presentation', 'pitch deck'],
  },
  {
    label: 'data visualization',
    synonyms: ['dataviz', 'data viz', 'charts', 'charting', 'dashboards', 'graphs', 'infographics', 'power bi', 'tableau', 'data storytelling', 'visualizing data'],
  },
  { label: 'portfolio review', synonyms: ['portfolio', 'design portfolio', 'portfolio feedback', 'case studies', 'work samples'] },
  {
    label: 'stakeholder conversations',
    synonyms: [
      'difficult conversation',
      'hard conversation',
      'stakeholder management',
      'managing stakeholders',
      'difficult stakeholder',
      'stakeholders',
      'managing up',
      'pushback',
      'conflict resolution',
    ],
  },
  { label: 'project kickoff', synonyms: ['kickoff', 'kick off', 'kickoff meeting', 'project start', 'project launch', 'project charter', 'first project'] },
  { label: 'business case', synonyms: ['budget', 'finance', 'financial case', 'roi', 'cost benefit', 'cost benefit analysis', 'investment proposal', 'budget proposal', 'funding request', 'business justification'] },
  { label: 'resume review', synonyms: ['cv', 'resume', 'curriculum vitae', 'cv review', 'cover letter', 'linkedin profile'] },
  { label: 'negotiation', synonyms: ['negotiating', 'salary negotiation', 'offer negotiation', 'contract negotiation', 'negotiate', 'bargaining'] },
  { label: 'career pivot', synonyms: ['career change', 'career switch', 'changing careers', 'career move', 'internal move', 'role change', 'new career'] },
  {
    label: 'hiring interviews',
    synonyms: ['interviewing', 'interview', 'interview prep', 'interview preparation', 'job interview', 'mock interview', 'interview practice', 'hiring', 'recruiting', 'interviewer training'],
  },
  {
    label: 'writing for executives',
    synonyms: ['executive summary', 'exec summary', 'executive communication', 'writing for leadership', 'status update', 'status report', 'board memo', 'exec update', 'concise writing'],
  },
  { label: 'giving feedback', synonyms: ['feedback conversation', 'performance review', 'constructive feedback', 'delivering feedback'] },
  { label: 'first-time manager', synonyms: ['new manager', 'people management', 'managing people', 'leading a team', 'team lead', 'first team', 'becoming a manager'] },
  { label: 'prioritization', synonyms: ['time management', 'prioritizing', 'prioritising', 'prioritisation', 'saying no', 'overwhelm'] },
  { label: 'meeting facilitation', synonyms: ['facilitation', 'facilitating', 'running workshops', 'workshop facilitation', 'retrospectives', 'running meetings'] },
  { label: 'product strategy', synonyms: ['roadmap', 'roadmapping', 'product roadmap', 'product vision', 'okrs', 'product discovery'] },
  { label: 'technical writing', synonyms: ['documentation', 'docs', 'design doc', 'design document', 'api documentation', 'rfc'] },
  { label: 'code review', synonyms: ['pull request review', 'pr review', 'reviewing code', 'code quality'] },
  { label: 'networking', synonyms: ['building a network', 'professional network', 'personal brand', 'personal branding'] },
  { label: 'budgeting', synonyms: ['budget', 'finance', 'forecasting', 'financial planning', 'cost planning'] },
];

// Words that carry no topic of their own; they would make everything overlap with everything.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do for from get give go got have help how i if in into is it its just me my ' +
    'need of on or our so some than that the their them then there this to up us want was we what when where which who why will ' +
    'with would you your about advice tip idea question session chat some any more best better good new first'
  ).split(' '),
);

// Words that name a kind of help rather than a subject: sharing one is a weak sign, so it counts half.
const GENERIC_WORDS = new Set(['review', 'coaching', 'conversation', 'skill', 'feedback', 'practice', 'planning', 'management', 'strategy', 'writing']);

// Words that end in "s" in the singular; stripping it would merge them with something else.
const KEEP_AS_IS = new Set(['series', 'news', 'analytics', 'sales', 'ethics', 'economics', 'okrs', 'ops', 'kudos', 'basics', 'dynamics', 'does', 'always', 'perhaps', 'yes']);

/** A word in its singular form, by the regular English plural rules (enough for topic names). */
function singular(word: string): string {
  if (word.length <= 3 || KEEP_AS_IS.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The words of a text: lower case, accents and punctuation gone, each word singular. */
export function topicWords(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return plain === '' ? [] : plain.split(' ').map(singular);
}

/** A topic in one canonical spelling: "Résumé Reviews!" → "resume review". */
export function normalizeTopic(text: string): string {
  return topicWords(text).join(' ');
}

/** The key two phrasings share when they differ only in spacing or hyphens ("kick-off", "kickoff", "data viz", "dataviz"). */
function compactKey(words: readonly string[]): string {
  return words.join('');
}

// Phrase (compact key) → indexes of the vocabulary topics it names.
const PHRASES = new Map<string, number[]>();
let LONGEST_PHRASE = 1;
TOPIC_VOCABULARY.forEach((entry, index) => {
  for (const phrase of [entry.label, ...entry.synonyms]) {
    const words = topicWords(phrase);
    LONGEST_PHRASE = Math.max(LONGEST_PHRASE, words.length);
    const key = compactKey(words);
    const list = PHRASES.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    PHRASES.set(key, list);
  }
});

/** The vocabulary labels a phrase names as a whole: "CV" → ["resume review"]; "presenting" → two topics. */
export function resolveTopic(text: string): string[] {
  return (PHRASES.get(compactKey(topicWords(text))) ?? []).map((i) => TOPIC_VOCABULARY[i]!.label);
}

/** Vocabulary topics named anywhere in a text, by any run of its words ("feedback on my slides" names presentation coaching). */
function mentionedTopicIndexes(words: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let end = start; end < words.length && end - start < LONGEST_PHRASE; end++) {
      key += words[end];
      for (const index of PHRASES.get(key) ?? []) found.add(index);
    }
  }
  return found;
}

/** The vocabulary labels a text mentions anywhere, in vocabulary order. */
export function mentionedTopics(text: string): string[] {
  return [...mentionedTopicIndexes(topicWords(text))].sort((a, b) => a - b).map((i) => TOPIC_VOCABULARY[i]!.label);
}

export type TopicFitKind = 'exact' | 'synonym' | 'overlap' | 'none';

export interface TopicFit {
  kind: TopicFitKind;
  /** 0…1; higher is a better fit. */
  score: number;
  /** The mentor's topic, in the mentor's words, that fits best. */
  mentorTopic?: string;
  /** For a synonym fit: the vocabulary topic both sides name. */
  vocabularyTopic?: string;
  /** For a synonym fit: whether the request's topic or only its goal text named it. */
  source?: 'topic' | 'goal';
  /** For an overlap fit: the words both share (normalised). */
  sharedWords?: string[];
}

// Scores by kind of fit. Exact words are certain; a known synonym is nearly as good but the vocabulary can
// be wrong about a nuance; a synonym found only in the goal text is a weaker sign because goals mention
// context as well as the subject; shared words alone are a guess, so they never reach a synonym's score.
export const EXACT_FIT = 1;
export const SYNONYM_FIT = 0.8;
export const GOAL_SYNONYM_FIT = 0.6;
export const OVERLAP_FIT_MAX = 0.5;

const NO_FIT: TopicFit = { kind: 'none', score: 0 };

/** A request's topic and goal text, read once (matching many mentors reuses it). */
export interface RequestTopicReading {
  key: string;
  topics: ReadonlySet<number>;
  goalTopics: ReadonlySet<number>;
  words: ReadonlySet<string>;
  goalWords: ReadonlySet<string>;
}

/** One mentor topic, read once. */
export interface MentorTopicReading {
  topic: string;
  key: string;
  /** Vocabulary topics it names, ascending. */
  topics: readonly number[];
  words: readonly string[];
}

export function readRequestTopic(requestTopic: string, requestGoalText: string): RequestTopicReading {
  const words = topicWords(requestTopic);
  const goalWords = topicWords(requestGoalText);
  return {
    key: compactKey(words),
    topics: mentionedTopicIndexes(words),
    goalTopics: mentionedTopicIndexes(goalWords),
    words: new Set(words.filter((w) => !STOP_WORDS.has(w))),
    goalWords: new Set(goalWords.filter((w) => !STOP_WORDS.has(w))),
  };
}

export function readMentorTopics(mentorTopics: readonly string[]): MentorTopicReading[] {
  const readings: MentorTopicReading[] = [];
  for (const topic of mentorTopics) {
    const words = topicWords(topic);
    if (words.length === 0) continue;
    readings.push({
      topic,
      key: compactKey(words),
      topics: [...mentionedTopicIndexes(words)].sort((a, b) => a - b),
      words: [...new Set(words.filter((w) => !STOP_WORDS.has(w)))],
    });
  }
  return readings;
}

/**
 * How well a request (its topic and goal text) fits a mentor's topics: the best of exact (1.0),
 * synonym (0.8 from the topic, 0.6 from the goal text only), word overlap (at most 0.5) and none (0).
 * Equal fits keep the mentor's first-listed topic, so the answer is deterministic.
 */
export function topicFit(requestTopic: string, requestGoalText: string, mentorTopics: readonly string[]): TopicFit {
  return topicFitOf(readRequestTopic(requestTopic, requestGoalText), readMentorTopics(mentorTopics));
}

/** `topicFit` on texts read beforehand: for scoring many requests against many mentors. */
export function topicFitOf(request: RequestTopicReading, mentorTopics: readonly MentorTopicReading[]): TopicFit {
  let best = NO_FIT;
  for (const mentor of mentorTopics) {
    if (request.key !== '' && mentor.key === request.key) return { kind: 'exact', score: EXACT_FIT, mentorTopic: mentor.topic };
    const fit = synonymFit(mentor, request) ?? overlapFit(mentor, request);
    if (fit.score > best.score) best = fit;
  }
  return best;
}

function synonymFit(mentor: MentorTopicReading, request: RequestTopicReading): TopicFit | undefined {
  let fromGoal: number | undefined;
  for (const index of mentor.topics) {
    if (request.topics.has(index)) return { kind: 'synonym', score: SYNONYM_FIT, mentorTopic: mentor.topic, vocabularyTopic: TOPIC_VOCABULARY[index]!.label, source: 'topic' };
    if (fromGoal === undefined && request.goalTopics.has(index)) fromGoal = index;
  }
  if (fromGoal === undefined) return undefined;
  return { kind: 'synonym', score: GOAL_SYNONYM_FIT, mentorTopic: mentor.topic, vocabularyTopic: TOPIC_VOCABULARY[fromGoal]!.label, source: 'goal' };
}

/**
 * Shared words, Jaccard-style over the request topic's and the mentor topic's words: a word in the request
 * topic counts 1, a word only in the goal text ½, and a generic word ("review") half of that again.
 */
function overlapFit(mentor: MentorTopicReading, request: RequestTopicReading): TopicFit {
  let weight = 0;
  let inRequest = 0;
  const shared: string[] = [];
  for (const word of mentor.words) {
    const base = request.words.has(word) ? 1 : request.goalWords.has(word) ? 0.5 : 0;
    if (base === 0) continue;
    if (base === 1) inRequest++;
    weight += GENERIC_WORDS.has(word) ? base / 2 : base;
    shared.push(word);
  }
  if (weight === 0) return NO_FIT;
  const union = mentor.words.length + request.words.size - inRequest;
  return { kind: 'overlap', score: Math.min(OVERLAP_FIT_MAX, (OVERLAP_FIT_MAX * weight) / union), mentorTopic: mentor.topic, sharedWords: shared };
}
