import { checkFlashEvent, roundTimes, runningRound, startedRounds, type FlashEventInput } from './flash-event';

const NOW = Date.parse('2030-01-01T09:00:00Z');
const input = (over: Partial<FlashEventInput> = {}): FlashEventInput => ({
  title: 'Onboarding speed mentoring',
  date: '2030-01-15',
  startTime: '14:00',
  zone: 'Europe/Stockholm',
  roundMinutes: 10,
  rounds: 3,
  breakMinutes: 5,
  topics: ['public speaking', 'negotiation', 'career pivot'],
  registrationCloses: '2030-01-14T17:00',
  ...over,
});
const codes = (over: Partial<FlashEventInput>) => {
  const check = checkFlashEvent(input(over), NOW);
  return check.ok ? [] : check.errors.map((e) => `${e.field}:${e.code}`);
};

describe('checkFlashEvent', () => {
  it('reads the start as a wall time in the organiser zone', () => {
    const check = checkFlashEvent(input(), NOW);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(new Date(check.settings.start).toISOString()).toBe('2030-01-15T13:00:00.000Z'); // 14:00 in Stockholm (UTC+1)
    expect(new Date(check.settings.registrationCloses).toISOString()).toBe('2030-01-14T16:00:00.000Z');
  });

  it('says what is wrong at each field', () => {
    expect(codes({ title: '  ' })).toEqual(['title:title-empty']);
    expect(codes({ title: 'x'.repeat(121) })).toEqual(['title:title-too-long']);
    expect(codes({ date: '2029-12-31', registrationCloses: '2029-12-30T10:00' })).toEqual(['date:date-past', 'registrationCloses:close-past']);
    expect(codes({ date: '2030-02-30' })).toEqual(['date:date-invalid']);
    expect(codes({ startTime: '25:00' })).toEqual(['startTime:time-invalid']);
    expect(codes({ zone: 'Mars/Olympus' })).toEqual(['zone:zone-unknown']);
    expect(codes({ roundMinutes: 12 })).toEqual(['roundMinutes:round-length']);
    expect(codes({ rounds: 0 })).toEqual(['rounds:rounds-range']);
    expect(codes({ rounds: 9 })).toEqual(['rounds:rounds-range']);
    expect(codes({ breakMinutes: 16 })).toEqual(['breakMinutes:break-range']);
    expect(codes({ topics: [' ', ''] })).toEqual(['topics:topics-empty']);
    expect(codes({ topics: ['a', 'A'] })).toEqual(['topics:topic-duplicate']);
    expect(codes({ topics: Array.from({ length: 13 }, (_, i) => `t${i}`) })).toEqual(['topics:topics-too-many']);
    expect(codes({ registrationCloses: '2030-01-15T14:30' })).toEqual(['registrationCloses:close-after-start']);
    expect(codes({ registrationCloses: 'tomorrow' })).toEqual(['registrationCloses:close-invalid']);
    expect(codes({ date: '2031-06-01', registrationCloses: '2031-05-01T10:00' })).toEqual(['date:date-too-far']);
  });

  it('every error carries a sentence', () => {
    const check = checkFlashEvent(input({ title: '', rounds: -1, zone: 'nowhere' }), NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) for (const e of check.errors) expect(e.message).toMatch(/^[A-Z"].+\.$/);
  });
});

describe('round times', () => {
  const event = { start: Date.parse('2030-01-15T13:00:00Z'), roundMinutes: 15, rounds: 3, breakMinutes: 5 };
  it('follow from the start, the round length and the break', () => {
    expect(roundTimes(event).map((t) => [new Date(t.start).toISOString().slice(11, 16), new Date(t.end).toISOString().slice(11, 16)])).toEqual([
      ['13:00', '13:15'],
      ['13:20', '13:35'],
      ['13:40', '13:55'],
    ]);
  });
  it('tell which rounds have started and which is running', () => {
    expect(startedRounds(event, event.start - 1)).toBe(0);
    expect(startedRounds(event, Date.parse('2030-01-15T13:16:00Z'))).toBe(1);
    expect(runningRound(event, Date.parse('2030-01-15T13:16:00Z'))).toBeUndefined(); // the break
    expect(runningRound(event, Date.parse('2030-01-15T13:21:00Z'))?.round).toBe(2);
  });
});
