// Coaching on a request before it is sent. The method's example: "Could I schedule 30 minutes to
// get your feedback on my slides for the board review?" is more effective than "Can I pick your
// brain?". Hints never block sending; they say why and propose a rewrite in the good example's shape.
import { linkProblem } from './links';
import { countQuestions, normalizeLine, splitLinks, type PreciseRequest } from './precise-request';
import { HELP_KIND_PLACEHOLDER, OBJECT_PLACEHOLDER, SITUATION_PLACEHOLDER, TIME_BOX_PLACEHOLDER, topicObjectPlaceholder } from './rewrite-placeholders';

export type CoachingHintCode = 'vague-request' | 'several-asks' | 'no-concrete-object';

export interface CoachingHint {
  code: CoachingHintCode;
  field: 'goal';
  message: string;
  /** The words in the goal that raised the hint, when there are some. */
  phrase?: string;
}

/** One slot of the rewrite shape: either inferred from the request or a placeholder to fill in. */
export interface RewritePart {
  text: string;
  inferred: boolean;
}

export interface RewriteShape {
  /** "Could I schedule {timeBox} minutes to get your {helpKind} on {object} for {situation}?" filled in. */
  text: string;
  timeBox: RewritePart;
  helpKind: RewritePart;
  object: RewritePart;
  situation: RewritePart;
}

export interface RequestCoaching {
  /** True when nothing needs work. */
  precise: boolean;
  hints: CoachingHint[];
  rewrite: RewriteShape;
}

/**
 * Openers that ask for time without saying for what. Matched as whole words, ignoring case; each
 * is vague only when the goal names no particular artefact or situation, so "get coffee to go
 * through my pitch deck for Friday's demo" passes.
 */
export const VAGUE_PHRASES: readonly string[] = [
  'pick your brain',
  'pick your brains',
  'catch up',
  'catch-up',
  'chat about my career',
  'talk about my career',
  'career chat',
  'career advice',
  'advice on my career',
  'get coffee',
  'grab coffee',
  'grab a coffee',
  'have a coffee',
  'coffee chat',
  'virtual coffee',
  'any advice',
  'any tips',
  'general advice',
  'help me grow',
  'help me develop',
  'learn from you',
  'learn from your experience',
  'hear your thoughts',
  'bounce ideas',
  'bounce some ideas',
  'touch base',
  'get to know you',
  'be my mentor',
  'mentor me',
  'quick chat',
  'quick call',
  'hop on a call',
  'have a chat',
  'just chat',
];

/** Things a mentor can look at or prepare for; one of them makes a request concrete. */
export const CONCRETE_OBJECTS: readonly string[] = [
  'slides',
  'slide deck',
  'deck',
  'presentation',
  'speech',
  'pitch',
  'resume',
  'résumé',
  'cv',
  'cover letter',
  'portfolio',
  'document',
  'doc',
  'draft',
  'proposal',
  'business case',
  'plan',
  'project plan',
  'roadmap',
  'budget',
  'forecast',
  'spreadsheet',
  'report',
  'status update',
  'memo',
  'email',
  'post',
  'article',
  'blog post',
  'script',
  'agenda',
  'design',
  'mockup',
  'mockups',
  'prototype',
  'wireframes',
  'diagram',
  'architecture',
  'dashboard',
  'chart',
  'charts',
  'data visualization',
  'data visualisation',
  'code',
  'pull request',
  'query',
  'test plan',
  'okrs',
  'job description',
  'offer',
  'contract',
  'survey',
];

/** Moments a request can be for; one of them gives the mentor the situation. */
export const SITUATIONS: readonly string[] = [
  'board review',
  'review',
  'performance review',
  'kickoff',
  'kick-off',
  'interview',
  'negotiation',
  'salary negotiation',
  'conversation',
  'stakeholder conversation',
  'meeting',
  'one-on-one',
  '1:1',
  'all-hands',
  'town hall',
  'launch',
  'release',
  'demo',
  'deadline',
  'promotion',
  'promotion case',
  'retro',
  'retrospective',
  'planning',
  'offsite',
  'conference',
  'workshop',
  'presentation',
  'pitch',
  'audit',
  'handover',
  'onboarding',
  'role',
  'application',
  'submission',
];

// "and what …", "as well as", "also how …": a second ask joined to the first.
const JOINED_ASK =
  /\b(?:and|or|plus)\s+(?:also\s+)?(?:how|what|which|whether|why|when|where|who|should|could|can|would|do|does|is|are)\b|\bas well as\b|\band also\b|;\s*(?:how|what|which|whether|why|should|could|can)\b/i;

const HELP_KINDS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'feedback', pattern: /\b(?:feedback|review|critique|look (?:at|over)|comments?|check)\b/i },
  { kind: 'advice', pattern: /\b(?:how (?:do|should|can|could|would|to)|advice|tips|strateg(?:y|ies)|techniques?|approach|help)\b/i },
  { kind: 'perspective', pattern: /\b(?:should i|which|decide|choose|choosing|deciding|whether)\b/i },
];

const DETERMINERS = "my|our|the|a|an|this|that|next|upcoming|team's|company's|my team's";

/** Hints on a request (or a draft with at least a goal), and a rewrite in the method's precise shape. */
export function coachRequest(request: Pick<PreciseRequest, 'goal'> & Partial<PreciseRequest>): RequestCoaching {
  const goal = normalizeLine(request.goal);
  const words = toMatchable(goal);
  const hints: CoachingHint[] = [];

  const object = findObject(words);
  // A linked document in the context is the artefact the method asks for ("e.g., a document link");
  // only a link the mentor can open counts (validation refuses the others).
  const hasLinkedArtefact = splitLinks(request.context ?? '').some((s) => s.kind === 'link' && !linkProblem(s.url));
  const situation = findSituation(words);
  // "my slides" is specific; "resume" alone names a kind of thing, enough unless the opener is vague.
  const specific = (object !== undefined && !object.bare) || situation !== undefined || hasLinkedArtefact;
  const concrete = specific || object !== undefined;

  const vague = VAGUE_PHRASES.find((phrase) => containsWords(words, phrase));
  if (vague && !specific) {
    hints.push({
      code: 'vague-request',
      field: 'goal',
      phrase: vague,
      message: `"${vague}" does not tell your mentor what to prepare; name the one thing you want help with and what it is for.`,
    });
  }

  const questions = countQuestions(goal);
  const joined = JOINED_ASK.exec(goal);
  if (questions > 1 || joined) {
    hints.push({
      code: 'several-asks',
      field: 'goal',
      ...(joined ? { phrase: joined[0] } : {}),
      message:
        questions > 1
          ? `Your goal asks ${questions} questions; one session works best on the most pressing one.`
          : `Your goal joins more than one ask ("${joined?.[0]}"); keep the most pressing one for this session.`,
    });
  }

  if (!concrete && !vague) {
    hints.push({
      code: 'no-concrete-object',
      field: 'goal',
      message:
        'Name something concrete your mentor can look at or prepare for, such as a draft, a plan or the meeting it is for, or link it in the context.',
    });
  }

  return { precise: hints.length === 0, hints, rewrite: rewriteShape(request, words, object?.text, situation?.text) };
}

function rewriteShape(
  request: Partial<PreciseRequest>,
  words: string,
  object: string | undefined,
  situation: string | undefined,
): RewriteShape {
  const timeBox: RewritePart = request.timeBox
    ? { text: String(request.timeBox), inferred: true }
    : { text: TIME_BOX_PLACEHOLDER, inferred: false };
  const kind = HELP_KINDS.find((k) => k.pattern.test(words))?.kind;
  const helpKind: RewritePart = kind ? { text: kind, inferred: true } : { text: HELP_KIND_PLACEHOLDER, inferred: false };
  const topic = request.topic ? normalizeLine(request.topic) : '';
  const objectPart: RewritePart = object
    ? { text: object, inferred: true }
    : { text: topic ? topicObjectPlaceholder(lowerFirst(topic)) : OBJECT_PLACEHOLDER, inferred: false };
  const situationPart: RewritePart = situation
    ? { text: situation, inferred: true }
    : { text: SITUATION_PLACEHOLDER, inferred: false };
  return {
    text: `Could I schedule ${timeBox.text} minutes to get your ${helpKind.text} on ${objectPart.text} for ${situationPart.text}?`,
    timeBox,
    helpKind,
    object: objectPart,
    situation: situationPart,
  };
}

/** Curly apostrophes made straight, so the data lists match what people type; matching ignores case. */
function toMatchable(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

function containsWords(haystack: string, phrase: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}

/** "my slides", "our project status update": the artefact with its determiner and up to two words before it. */
function findObject(words: string): Found | undefined {
  return findPhrase(words, CONCRETE_OBJECTS, `(?:^|[^\\p{L}\\p{N}'])((?:${DETERMINERS})\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,2}?`, 'my ');
}

/**
 * "the board review" in "… for the board review": the moment the help is for. Said with "for",
 * "before" and the like first; else any "my first project kickoff" in the goal.
 */
function findSituation(words: string): Found | undefined {
  const owner = `(?:${DETERMINERS}|\\p{L}+'s)\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,3}?`;
  return (
    findPhrase(words, SITUATIONS, `(?:^|[^\\p{L}\\p{N}'])(?:for|before|at|in|during|ahead of|with)\\s+(${owner}`, undefined) ??
    findPhrase(words, SITUATIONS, `(?:^|[^\\p{L}\\p{N}'])(${owner}`, undefined)
  );
}

interface Found {
  text: string;
  /** Named without a determiner, e.g. "resume critique": a kind of thing rather than a particular one. */
  bare: boolean;
}

function findPhrase(words: string, nouns: readonly string[], prefix: string, bareDeterminer: string | undefined): Found | undefined {
  // Longer nouns first, so "status update" wins over "update" and "board review" over "review".
  const sorted = [...nouns].sort((a, b) => b.length - a.length);
  for (const noun of sorted) {
    const withDeterminer = new RegExp(`${prefix}${escapeRegExp(noun)})(?=$|[^\\p{L}\\p{N}])`, 'iu').exec(words);
    if (withDeterminer?.[1]) return { text: withDeterminer[1], bare: false };
  }
  if (bareDeterminer === undefined) return undefined;
  const bare = sorted.find((noun) => containsWords(words, noun));
  return bare === undefined ? undefined : { text: `${bareDeterminer}${bare}`, bare: true };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "Public speaking" reads "public speaking" mid-sentence; "SQL tuning" keeps its capitals.
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
