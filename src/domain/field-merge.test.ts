import { mergeFields } from './field-merge';

const base = { active: true, topics: ['negotiation'], bio: 'Ask me about deals.', capacityPerWeek: 2 as number | undefined };

describe('mergeFields', () => {
  it('keeps both sides when they changed different fields', () => {
    const mine = { ...base, topics: ['negotiation', 'public speaking'] };
    const theirs = { ...base, capacityPerWeek: 1 };
    expect(mergeFields(base, mine, theirs)).toEqual({ kind: 'merged', value: { ...base, topics: ['negotiation', 'public speaking'], capacityPerWeek: 1 } });
  });

  it('reports the fields both changed to different values', () => {
    const mine = { ...base, bio: 'Deals and budgets.', capacityPerWeek: 3 };
    const theirs = { ...base, bio: 'Negotiation coach.', capacityPerWeek: 3 };
    expect(mergeFields(base, mine, theirs)).toEqual({ kind: 'conflict', fields: ['bio'] });
  });

  it('takes a field removed by one side', () => {
    const mine = { ...base, capacityPerWeek: undefined };
    expect(mergeFields(base, mine, base)).toEqual({ kind: 'merged', value: { ...base, capacityPerWeek: undefined } });
  });

  it('lets the caller combine a field both changed, and leaves the others a conflict', () => {
    const mine = { ...base, topics: ['negotiation', 'budgeting'], bio: 'Mine.' };
    const theirs = { ...base, topics: ['negotiation', 'resume review'], bio: 'Theirs.' };
    const union = <K extends keyof typeof base>(key: K, _b: (typeof base)[K], m: (typeof base)[K], t: (typeof base)[K]) =>
      key === 'topics' ? { value: [...new Set([...(t as string[]), ...(m as string[])])] as (typeof base)[K] } : undefined;
    expect(mergeFields(base, mine, theirs, union)).toEqual({ kind: 'conflict', fields: ['bio'] });
    expect(mergeFields(base, { ...mine, bio: base.bio }, theirs, union)).toEqual({
      kind: 'merged',
      value: { ...theirs, topics: ['negotiation', 'resume review', 'budgeting'] },
    });
  });
});
