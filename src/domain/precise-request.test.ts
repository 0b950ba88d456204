import {
  REQUEST_LIMITS,
  countQuestions,
  extractLinks,
  normalizeLine,
  normalizeParagraphs,
  splitLinks,
  validateRequest,
  type RequestErrorCode,
} from './precise-request';
import { linkProblem } from './links';

const GOOD = {
  goal: 'Could I get your feedback on my slides for the board review',
  context: 'The deck is here: https://contoso.sharepoint.com/sites/finance/board-q3.pptx',
  success: 'I know which three slides to cut and how to open.',
  topic: 'Public speaking',
  timeBox: 30,
};

function codes(draft: unknown): RequestErrorCode[] {
  const result = validateRequest(draft);
  return result.ok ? [] : result.errors.map((e) => e.code);
}

function errorFor(draft: unknown, code: RequestErrorCode) {
  const result = validateRequest(draft);
  if (result.ok) throw new Error('expected errors');
  const error = result.errors.find((e) => e.code === code);
  if (!error) throw new Error(`no ${code} in ${result.errors.map((e) => e.code).join(', ')}`);
  return error;
}

describe('validateRequest', () => {
  it('accepts a precise request and gives it back normalised', () => {
    const result = validateRequest({ ...GOOD, goal: '  Could I get your\tfeedback\non my slides for the board review  ' });
    expect(result).toEqual({ ok: true, request: { ...GOOD, goal: GOOD.goal } });
  });

  it('takes the time box as a number or as the text a select gives', () => {
    for (const box of [30, 45, 60, '45', ' 60 ']) {
      const result = validateRequest({ ...GOOD, timeBox: box });
      expect(result.ok && result.request.timeBox).toBe(Number(box));
    }
  });

  it('reports every missing field at once, for a draft that is not even an object', () => {
    expect(codes(null)).toEqual(['goal-required', 'success-required', 'topic-required', 'time-box-invalid']);
    expect(codes('Can I pick your brain?')).toEqual(['goal-required', 'success-required', 'topic-required', 'time-box-invalid']);
  });

  it('asks for a goal when it is missing, blank or not text', () => {
    for (const goal of [undefined, '', '   \n\t ', 42]) {
      const error = errorFor({ ...GOOD, goal }, 'goal-required');
      expect(error.field).toBe('goal');
      expect(error.message).toMatch(/^Write your goal/);
    }
  });

  it('says how short a goal is', () => {
    const error = errorFor({ ...GOOD, goal: 'Slides?' }, 'goal-too-short');
    expect(error.message).toBe('Your goal is 7 characters; say in at least 10 what you want help with.');
  });

  it('says how long a goal is and what the limit is', () => {
    const error = errorFor({ ...GOOD, goal: 'a'.repeat(312) }, 'goal-too-long');
    expect(error).toEqual({
      code: 'goal-too-long',
      field: 'goal',
      message: 'Your goal is 312 characters; keep it to one question of at most 280.',
    });
    expect(codes({ ...GOOD, goal: 'a'.repeat(280) })).toEqual([]);
    expect(codes({ ...GOOD, goal: 'a'.repeat(10) })).toEqual([]);
  });

  it('counts characters as people do: an emoji is one', () => {
    expect(codes({ ...GOOD, goal: '🎤'.repeat(280) })).toEqual([]);
    expect(codes({ ...GOOD, goal: '🎤'.repeat(281) })).toEqual(['goal-too-long']);
  });

  it('asks for one question, not several', () => {
    const error = errorFor({ ...GOOD, goal: 'How do I open the talk? And how do I close it?' }, 'goal-several-questions');
    expect(error.message).toMatch(/^Your goal asks 2 questions; keep the most pressing one/);
    expect(codes({ ...GOOD, goal: 'Is my opening slide really that bad???' })).toEqual([]);
    // The query string of a link is not a question.
    expect(codes({ ...GOOD, goal: 'Could you review https://x.example/deck?v=2 for the board?' })).toEqual([]);
  });

  it('keeps the context optional and within 2,000 characters', () => {
    expect(codes({ ...GOOD, context: undefined })).toEqual([]);
    expect(codes({ ...GOOD, context: 'x'.repeat(REQUEST_LIMITS.context.max) })).toEqual([]);
    const error = errorFor({ ...GOOD, context: 'x'.repeat(2001) }, 'context-too-long');
    expect(error.field).toBe('context');
    expect(error.message).toBe('Your context is 2001 characters; shorten it to 2000 or link to a document instead.');
  });

  it('asks what success looks like, within 5 to 500 characters', () => {
    expect(errorFor({ ...GOOD, success: ' ' }, 'success-required').field).toBe('success');
    expect(errorFor({ ...GOOD, success: 'ok' }, 'success-too-short').message).toBe(
      'What success looks like is 2 characters; describe it in at least 5.',
    );
    expect(errorFor({ ...GOOD, success: 's'.repeat(501) }, 'success-too-long').message).toMatch(
      /^What success looks like is 501 characters; keep it to 500/,
    );
    expect(codes({ ...GOOD, success: 's'.repeat(500) })).toEqual([]);
  });

  it('asks for a topic of at most 80 characters', () => {
    expect(errorFor({ ...GOOD, topic: '' }, 'topic-required').field).toBe('topic');
    expect(errorFor({ ...GOOD, topic: 't'.repeat(81) }, 'topic-too-long').message).toBe(
      'The topic is 81 characters; name it in at most 80.',
    );
  });

  it('accepts only the 30, 45 and 60 minute time boxes', () => {
    for (const timeBox of [undefined, 0, 15, 50, 90, '30 minutes', 30.5, null]) {
      const error = errorFor({ ...GOOD, timeBox }, 'time-box-invalid');
      expect(error).toEqual({ code: 'time-box-invalid', field: 'timeBox', message: 'Choose a time box of 30, 45 or 60 minutes.' });
    }
  });

  it('strips control characters and keeps HTML as text', () => {
    const result = validateRequest({
      ...GOOD,
      goal: 'Review\u0000 my <b>slides</b>\u202E for the\u0007 board',
      context: 'Line one\r\n\r\n\r\n\r\nLine\u0001   two <script>alert(1)</script>',
    });
    expect(result.ok && result.request.goal).toBe('Review my <b>slides</b> for the board');
    expect(result.ok && result.request.context).toBe('Line one\n\nLine two <script>alert(1)</script>');
  });
});

describe('links in a request', () => {
  it('accepts https links in the goal, context and success', () => {
    const result = validateRequest({
      ...GOOD,
      goal: 'Feedback on https://contoso.sharepoint.com/deck.pptx for the board',
      success: 'Three slides cut from https://contoso.sharepoint.com/deck.pptx',
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['context', 'context-link-refused', { context: 'The deck: http://intranet.example/deck.pptx and more' }],
    ['goal', 'goal-link-refused', { goal: 'Feedback on http://intranet.example/deck.pptx for the board' }],
    ['success', 'success-link-refused', { success: 'Agreed cuts in http://intranet.example/deck.pptx' }],
  ] as const)('refuses an http link in the %s, naming it and saying to use https', (field, code, change) => {
    const error = errorFor({ ...GOOD, ...change }, code);
    expect(error.field).toBe(field);
    expect(error.message).toBe(
      'The link http://intranet.example/deck.pptx cannot be used. Use a secure link that starts with https:// (http:// links are not accepted).',
    );
    expect(error.message).toContain(linkProblem('http://intranet.example/deck.pptx')?.message);
  });

  it('refuses links that only look like https: credentials, no host', () => {
    expect(errorFor({ ...GOOD, context: 'See https://bank.example@evil.example/login' }, 'context-link-refused').message).toMatch(
      /https:\/\/bank\.example@evil\.example\/login cannot be used\. A link cannot carry a user name or password/,
    );
    expect(codes({ ...GOOD, context: 'See https:///evil.example/x' })).toEqual(['context-link-refused']);
  });

  it('names the first refused link once per field, shortened when very long', () => {
    const long = `http://intranet.example/${'a'.repeat(200)}`;
    const result = validateRequest({ ...GOOD, context: `${long} and http://second.example/` });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => e.code)).toEqual(['context-link-refused']);
    expect(result.errors[0]?.message).toContain(`${long.slice(0, 79)}… cannot be used`);
  });

  it('finds an http link glued to a word, which a mail client could still follow', () => {
    expect(codes({ ...GOOD, context: 'The deckhttp://intranet.example/deck.pptx' })).toEqual(['context-link-refused']);
  });

  it('leaves text that only mentions a scheme alone: it is never a link', () => {
    expect(validateRequest({ ...GOOD, context: 'Not a link: javascript:alert(1), ftp://x.example, www.example.com' }).ok).toBe(true);
  });
});

describe('normalising text', () => {
  it('makes one line of a goal', () => {
    expect(normalizeLine(' a\u00A0\u00A0b\n\nc\u200B ')).toBe('a b\nc\u200B'.replace('\n', ' '));
  });

  it('keeps paragraphs in a context, one blank line at most', () => {
    expect(normalizeParagraphs('a  \t b\u2028c\n\n\n\nd  ')).toBe('a b\nc\n\nd');
  });
});

describe('links', () => {
  it('extracts http(s) links, each once, without trailing punctuation', () => {
    const text =
      'Deck: https://contoso.sharepoint.com/deck.pptx, notes (https://x.example/notes). Again https://contoso.sharepoint.com/deck.pptx! ' +
      'Wiki https://en.wikipedia.org/wiki/Foo_(bar) and HTTP://UPPER.EXAMPLE/A.';
    expect(extractLinks(text)).toEqual([
      'https://contoso.sharepoint.com/deck.pptx',
      'https://x.example/notes',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      'HTTP://UPPER.EXAMPLE/A',
    ]);
  });

  it('ignores what is not an http(s) link', () => {
    expect(extractLinks('javascript:alert(1) ftp://x.example mailto:a@b.example data:text/html,<b> https:// http://')).toEqual([]);
  });

  it('stops a link at quotes and angle brackets', () => {
    expect(extractLinks('https://x.example/a"onmouseover="alert(1)')).toEqual(['https://x.example/a']);
    expect(extractLinks('<https://x.example/b>')).toEqual(['https://x.example/b']);
  });

  it('splits text into plain runs and links that join back to the text', () => {
    const text = 'See https://x.example/a and https://y.example/b.';
    const segments = splitLinks(text);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'link', 'text', 'link', 'text']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('counts runs of question marks as one question', () => {
    expect(countQuestions('What?? Really? https://x.example/?q=1')).toBe(2);
    expect(countQuestions('No question here')).toBe(0);
  });
});
