import { newSession } from '../domain/session';
import { GatewayError } from './gateway-error';
import { changedFields, fieldsToSession, sessionToFields } from './session-fields';

const second = newSession({
  key: 'seq1-2',
  menteeId: 'mentee',
  mentorId: 'mentor',
  topic: 'pricing',
  goal: 'Draft my first pricing review',
  context: '',
  success: 'A draft',
  format: 'sequence',
  sequence: { index: 2, of: 3, key: 'seq1', goal: 'Run a pricing review on my own', goals: ['Understand the model', 'Draft my first pricing review', 'Present it'] },
  timeBoxMinutes: 45,
  start: Date.parse('2030-01-08T10:00:00Z'),
  end: Date.parse('2030-01-08T10:45:00Z'),
});

describe('the Sequence column', () => {
  it("round-trips a sequence session's key, overall goal and result", () => {
    const fields = sessionToFields(second);
    expect(fields.Format).toBe('sequence 2/3');
    expect(JSON.parse(String(fields.Sequence))).toEqual({ key: 'seq1', goal: 'Run a pricing review on my own', goals: ['Understand the model', 'Draft my first pricing review', 'Present it'] });
    expect(fieldsToSession('3', fields)).toEqual({ ...second, itemId: '3' });
    const withResult = { ...second, sequence: { ...second.sequence!, result: 'met' as const } };
    expect(Object.keys(changedFields(second, withResult))).toEqual(['Sequence']);
    expect(fieldsToSession('3', sessionToFields(withResult)).sequence?.result).toBe('met');
  });

  it('is empty for a one-time session and for an older sequence record without a key', () => {
    expect(sessionToFields({ ...second, format: 'one-time', sequence: undefined }).Sequence).toBeNull();
    const older = { ...second, sequence: { index: 2, of: 3 } };
    expect(sessionToFields(older).Sequence).toBeNull();
    expect(fieldsToSession('4', sessionToFields(older)).sequence).toEqual({ index: 2, of: 3 });
  });

  it('names the column when a hand edit broke it', () => {
    const fields = { ...sessionToFields(second), Sequence: '{"key":"has spaces"}' };
    expect(() => fieldsToSession('5', fields)).toThrow(GatewayError);
    expect(() => fieldsToSession('5', fields)).toThrow(/Session 5 .*Sequence/);
  });
});
