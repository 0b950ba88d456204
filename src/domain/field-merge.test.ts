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
});
