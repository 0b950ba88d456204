import { claimFlowReducer, type ClaimFlow } from './claim-flow';

describe('claimFlowReducer', () => {
  it('goes from a slot to its request, to claiming, to the outcome', () => {
    let s: ClaimFlow = { kind: 'browsing' };
    s = claimFlowReducer(s, { type: 'ask', slotStart: 5 });
    expect(s).toEqual({ kind: 'asking', slotStart: 5 });
    s = claimFlowReducer(s, { type: 'claiming', slotStart: 5, viaForm: true });
    s = claimFlowReducer(s, { type: 'failed', error: { code: 'invalid', message: 'Write one question.', field: 'goal' } });
    expect(s).toEqual({ kind: 'failed', slotStart: 5, error: { code: 'invalid', message: 'Write one question.', field: 'goal' }, field: 'goal' });
  });

  it('ignores booking progress when not claiming', () => {
    const s: ClaimFlow = { kind: 'browsing' };
    expect(claimFlowReducer(s, { type: 'progress', booking: { phase: 'running' } as never })).toBe(s);
  });
});
