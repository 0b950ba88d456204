import { encodeRequestPrefill, PREFILL_CONTEXT_MAX, readRequestPrefill } from './request-prefill';

const prefill = { mentorId: 'b2f6c0de-1111-4a2b-9c3d-000000000001', topic: 'Budget planning', goal: 'Agree the budget for next year with my team', context: 'Carried over from our last session:\n- Draft the budget (Ada)' };

describe('request prefill', () => {
  it('reads back what the side panel encoded', () => {
    expect(readRequestPrefill(encodeRequestPrefill(prefill))).toEqual(prefill);
  });

  it('cuts texts to the request form’s limits', () => {
    const long = readRequestPrefill(encodeRequestPrefill({ ...prefill, goal: 'g'.repeat(400), context: 'c'.repeat(5000), topic: 't'.repeat(100) }))!;
    expect([long.goal.length, long.context.length, long.topic.length]).toEqual([280, PREFILL_CONTEXT_MAX, 80]);
  });

  it.each([
    ['nothing', undefined],
    ['another page', 'session-42'],
    ['not an object', '"request"'],
    ['another kind', JSON.stringify({ kind: 'other', mentorId: 'm1', goal: 'x' })],
    ['a mentor id with other characters', JSON.stringify({ kind: 'request', mentorId: 'm1/../x', goal: 'x' })],
    ['no goal', JSON.stringify({ kind: 'request', mentorId: 'm1' })],
    ['far too long', JSON.stringify({ kind: 'request', mentorId: 'm1', goal: 'x'.repeat(5000) })],
  ])('ignores %s', (_name, subPageId) => {
    expect(readRequestPrefill(subPageId)).toBeUndefined();
  });
});
