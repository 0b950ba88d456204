import { validateRequest } from './precise-request';
import { coachRequest } from './request-coaching';
import { findRewritePlaceholder } from './rewrite-placeholders';

const complete = { context: '', success: 'I know which slide to cut.', topic: 'presentation coaching', timeBox: 45 };

describe('rewrite placeholders', () => {
  it('refuses a coached rewrite whose bracketed parts were not filled in, naming the part', () => {
    const rewrite = coachRequest({ goal: 'Can I pick your brain?', topic: 'negotiation', timeBox: 45 }).rewrite.text;
    const placeholder = findRewritePlaceholder(rewrite);
    expect(placeholder).toBeDefined();
    const result = validateRequest({ ...complete, goal: rewrite });
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.errors.find((e) => e.code === 'goal-placeholder') : undefined;
    expect(error).toMatchObject({ field: 'goal' });
    expect(error?.message).toContain(placeholder);
  });

  it('accepts the rewrite once the mentee has put their own words in', () => {
    const goal = 'Could I schedule 45 minutes to get your feedback on my slides for the board review?';
    expect(findRewritePlaceholder(goal)).toBeUndefined();
    expect(validateRequest({ ...complete, goal }).ok).toBe(true);
  });

  it('leaves brackets a person typed alone', () => {
    expect(findRewritePlaceholder('Review my [draft] deck for the Q3 board review')).toBeUndefined();
  });
});
