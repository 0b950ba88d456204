import { holdsCapacity, mentorLoad } from './mentor-load';

const at = (iso: string) => Date.parse(iso);

describe('mentorLoad', () => {
  it('counts the week from Monday and the calendar month, on the mentor\'s clock', () => {
    // Wednesday 15 January 2031 in London.
    const now = at('2031-01-15T12:00:00Z');
    const starts = [
      at('2031-01-13T09:00:00Z'), // Monday this week
      at('2031-01-19T16:00:00Z'), // Sunday this week
      at('2031-01-20T09:00:00Z'), // next Monday: this month only
      at('2031-01-02T09:00:00Z'), // earlier this month
      at('2031-02-03T09:00:00Z'), // next month
    ];
    expect(mentorLoad(starts, 'Europe/London', now)).toEqual({ thisWeek: 2, thisMonth: 4 });
  });

  it('puts a session in the week and month of the mentor\'s zone, not UTC', () => {
    // Sunday 23:30 UTC is already Monday morning in Sydney: next week there.
    const now = at('2031-01-15T00:00:00Z');
    const late = at('2031-01-19T23:30:00Z');
    expect(mentorLoad([late], 'UTC', now).thisWeek).toBe(1);
    expect(mentorLoad([late], 'Australia/Sydney', now).thisWeek).toBe(0);
    // 31 January 20:00 in New York is 1 February in UTC.
    const endOfMonth = at('2031-02-01T01:00:00Z');
    expect(mentorLoad([endOfMonth], 'America/New_York', now).thisMonth).toBe(1);
    expect(mentorLoad([endOfMonth], 'UTC', now).thisMonth).toBe(0);
  });

  it('is zero with nothing booked', () => {
    expect(mentorLoad([], 'Europe/Berlin', at('2031-01-15T00:00:00Z'))).toEqual({ thisWeek: 0, thisMonth: 0 });
  });
});

describe('holdsCapacity', () => {
  it('counts every session with a meeting, and neither cancelled ones nor abandoned drafts', () => {
    expect(holdsCapacity('cancelled')).toBe(false);
    expect(holdsCapacity('draft')).toBe(false);
    for (const status of ['meeting-created', 'chat-found', 'checklist-posted', 'scheduled', 'completed'] as const) expect(holdsCapacity(status)).toBe(true);
  });
});
