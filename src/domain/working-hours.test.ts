import { SlotQueryError } from './slot-query-error';
import { workingIntervals, type WorkingHours } from './working-hours';

const utc = (iso: string): number => Date.parse(`${iso}Z`);
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** Intervals as UTC text, easy to read in a failure. */
function asText(list: { start: number; end: number }[]): string[] {
  return list.map((i) => `${new Date(i.start).toISOString().slice(0, 16)}/${new Date(i.end).toISOString().slice(11, 16)}`);
}

describe('workingIntervals', () => {
  it('keeps 09:00–17:00 London time across the clocks going forward on 29 March 2026', () => {
    const hours: WorkingHours = { days: weekdays, start: '09:00', end: '17:00', zone: 'Europe/London' };
    expect(asText(workingIntervals(hours, utc('2026-03-27T00:00'), utc('2026-03-31T00:00')))).toEqual([
      '2026-03-27T09:00/17:00', // Friday, GMT
      '2026-03-30T08:00/16:00', // Monday, BST: still 09:00–17:00 on the clock
    ]);
  });

  it('keeps 09:00–17:00 New York time across both 2026 changes', () => {
    const hours: WorkingHours = { days: weekdays, start: '09:00', end: '17:00', zone: 'America/New_York' };
    expect(asText(workingIntervals(hours, utc('2026-03-06T00:00'), utc('2026-03-10T00:00')))).toEqual([
      '2026-03-06T14:00/22:00',
      '2026-03-09T13:00/21:00',
    ]);
    expect(asText(workingIntervals(hours, utc('2026-10-30T00:00'), utc('2026-11-03T00:00')))).toEqual([
      '2026-10-30T13:00/21:00',
      '2026-11-02T14:00/22:00',
    ]);
  });

  it('clips to the window and leaves out days not worked', () => {
    const hours: WorkingHours = { days: ['tuesday'], start: '09:00', end: '17:00', zone: 'UTC' };
    expect(asText(workingIntervals(hours, utc('2026-03-24T12:00'), utc('2026-04-01T00:00')))).toEqual([
      '2026-03-24T12:00/17:00',
      '2026-03-31T09:00/17:00',
    ]);
  });

  it('runs a shift that ends before it starts past midnight, including one begun before the window', () => {
    const hours: WorkingHours = { days: ['monday', 'tuesday'], start: '22:00', end: '06:00', zone: 'UTC' };
    expect(asText(workingIntervals(hours, utc('2026-03-24T02:00'), utc('2026-03-26T00:00')))).toEqual([
      '2026-03-24T02:00/06:00', // Monday's shift, still running at the window's start
      '2026-03-24T22:00/06:00',
    ]);
  });

  it("joins whole days into one stretch, and reads Graph's time format", () => {
    const hours: WorkingHours = { days: ['monday', 'tuesday'], start: '00:00:00.0000000', end: '24:00', zone: 'Asia/Kolkata' };
    const list = workingIntervals(hours, utc('2026-03-22T00:00'), utc('2026-03-26T00:00'));
    expect(asText(list)).toEqual(['2026-03-22T18:30/18:30']);
    expect(list[0]!.end - list[0]!.start).toBe(2 * 86_400_000);
  });

  it.each([
    [{ start: '9am', end: '17:00' }, 'start time "9am"'],
    [{ start: '09:00', end: '25:00' }, 'end time "25:00"'],
    [{ start: '09:00', end: '09:00' }, 'same time'],
    [{ days: ['mon'] }, '"mon" is not a day'],
    [{ zone: 'Europe/Londres' }, 'Europe/Londres'],
  ] as const)('refuses %j with a sentence saying what is wrong', (change, words) => {
    const hours = { days: weekdays, start: '09:00', end: '17:00', zone: 'Europe/London', ...change } as WorkingHours;
    expect(() => workingIntervals(hours, 0, 86_400_000)).toThrow(SlotQueryError);
    expect(() => workingIntervals(hours, 0, 86_400_000)).toThrow(words);
  });
});
