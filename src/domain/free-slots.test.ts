import {
  freeSlots,
  isSlotBookable,
  menteeFreeTime,
  type BusyBlock,
  type FreeBusyStatus,
  type Mentee,
  type Mentor,
  type SlotQuery,
} from './free-slots';
import { SlotQueryError } from './slot-query-error';
import type { WorkingHours } from './working-hours';
import { dayFromCivil, localWallTime } from './zone-time';

const MINUTE = 60_000;
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** The instant a zone's clock shows 'YYYY-MM-DD HH:MM'. */
function at(zone: string, text: string): number {
  const [y, mo, d, h, mi] = text.split(/[- :]/).map(Number) as [number, number, number, number, number];
  return localWallTime(zone, dayFromCivil(y, mo, d), h * 60 + mi);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** 'YYYY-MM-DD HH:MM' on a zone's clock, read by Intl. */
function show(zone: string, instant: number): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formatters.set(zone, f);
  }
  return f.format(instant);
}

const hours = (zone: string, start = '09:00', end = '17:00'): WorkingHours => ({ days: weekdays, start, end, zone });
const block = (zone: string, from: string, to: string, status: FreeBusyStatus = 'busy'): BusyBlock => ({ start: at(zone, from), end: at(zone, to), status });

const LONDON = 'Europe/London';

function query(overrides: Partial<SlotQuery> & { mentor?: Mentor; mentee?: SlotQuery['mentee'] }): SlotQuery {
  return {
    mentee: { workingHours: hours(LONDON), busy: [] },
    mentor: { workingHours: hours(LONDON), busy: [] },
    from: at(LONDON, '2026-03-24 09:00'),
    to: at(LONDON, '2026-03-24 12:00'),
    now: at(LONDON, '2026-03-20 12:00'),
    timeBox: 30,
    viewerZone: LONDON,
    noticeMinutes: 0,
    bufferMinutes: 0,
    ...overrides,
  };
}

const slotsIn = (zone: string, q: SlotQuery): string[] => freeSlots(q).map((t) => show(zone, t));
const refusal = (q: SlotQuery, start: number) => {
  const check = isSlotBookable(q, start);
  return check.bookable ? undefined : check.reason;
};

describe('working hours across daylight-saving changes', () => {
  it('offers 09:00 to 16:00 London time on both sides of 29 March 2026', () => {
    const q = query({ from: at(LONDON, '2026-03-27 00:00'), to: at(LONDON, '2026-03-31 00:00'), timeBox: 60 });
    const slots = slotsIn(LONDON, q);
    expect(slots[0]).toBe('2026-03-27 09:00');
    expect(slots).toContain('2026-03-27 16:00');
    expect(slots).not.toContain('2026-03-27 16:15'); // would end after 17:00
    expect(slots.filter((s) => s.startsWith('2026-03-30'))).toHaveLength(29); // 09:00 … 16:00 every quarter hour
    expect(slots.filter((s) => s.startsWith('2026-03-30')).at(-1)).toBe('2026-03-30 16:00');
    expect(freeSlots(q)).toContain(Date.parse('2026-03-30T08:00Z')); // 09:00 BST is 08:00 UTC
  });

  it.each([
    ['spring', '2026-03-06', '2026-03-09'],
    ['autumn', '2026-10-30', '2026-11-02'],
  ])('offers 09:00 to 16:30 New York time either side of the %s change', (_season, friday, monday) => {
    const zone = 'America/New_York';
    const people = { mentee: { workingHours: hours(zone), busy: [] }, mentor: { workingHours: hours(zone), busy: [] } };
    const q = query({ ...people, viewerZone: zone, now: at(zone, '2026-01-01 00:00'), from: at(zone, `${friday} 00:00`), to: at(zone, `${monday} 23:59`) });
    const slots = slotsIn(zone, q);
    for (const date of [friday, monday]) {
      const day = slots.filter((s) => s.startsWith(date));
      expect(day[0]).toBe(`${date} 09:00`);
      expect(day.at(-1)).toBe(`${date} 16:30`);
      expect(day).toHaveLength(31);
    }
    expect(slots.every((s) => s.startsWith(friday) || s.startsWith(monday))).toBe(true);
  });
});

describe('the viewer grid', () => {
  const KOLKATA = 'Asia/Kolkata';

  it("starts slots on a Kolkata viewer's own quarter hours", () => {
    const q = query({
      mentee: { workingHours: hours(KOLKATA, '13:00', '19:00'), busy: [] },
      viewerZone: KOLKATA,
      // The mentor's meeting ends at 09:05 London, so free time starts off any grid.
      mentor: { workingHours: hours(LONDON), busy: [block(LONDON, '2026-03-24 08:00', '2026-03-24 09:05')] },
    });
    const slots = slotsIn(KOLKATA, q);
    expect(slots[0]).toBe('2026-03-24 14:45'); // 09:15 London
    expect(slots.every((s) => ['00', '15', '30', '45'].includes(s.slice(-2)))).toBe(true);
    expect(slots.at(-1)).toBe('2026-03-24 17:00'); // 11:30 London, ending at the window's 12:00
  });

  it('refuses a start between quarter hours as off-grid', () => {
    const q = query({ viewerZone: KOLKATA });
    expect(refusal(q, at(KOLKATA, '2026-03-24 15:40'))?.code).toBe('off-grid');
    expect(isSlotBookable(q, at(KOLKATA, '2026-03-24 15:45'))).toEqual({ bookable: true });
  });
});

describe('meetings and buffers', () => {
  const withMentorBusy = (busy: BusyBlock[], bufferMinutes: number): SlotQuery =>
    query({ mentor: { workingHours: hours(LONDON), busy }, bufferMinutes });

  it('fits no 30-minute session in a 30-minute gap once a 10-minute buffer is kept', () => {
    const q = withMentorBusy([block(LONDON, '2026-03-24 09:00', '2026-03-24 10:00'), block(LONDON, '2026-03-24 10:30', '2026-03-24 11:00')], 10);
    expect(slotsIn(LONDON, q)).toEqual(['2026-03-24 11:15', '2026-03-24 11:30']);
  });

  it('fits one in a 50-minute gap', () => {
    const q = withMentorBusy([block(LONDON, '2026-03-24 09:00', '2026-03-24 09:50'), block(LONDON, '2026-03-24 10:40', '2026-03-24 11:00')], 10);
    expect(slotsIn(LONDON, q)).toEqual(['2026-03-24 10:00', '2026-03-24 11:15', '2026-03-24 11:30']);
  });

  it("keeps the buffer around the mentee's meetings too", () => {
    const q = query({ mentee: { workingHours: hours(LONDON), busy: [block(LONDON, '2026-03-24 09:00', '2026-03-24 11:00')] }, bufferMinutes: 10 });
    expect(slotsIn(LONDON, q)).toEqual(['2026-03-24 11:15', '2026-03-24 11:30']);
    expect(refusal(q, at(LONDON, '2026-03-24 11:00'))).toMatchObject({ code: 'busy', who: 'mentee' });
  });

  it.each([
    ['busy', false],
    ['tentative', false],
    ['oof', false],
    ['unknown', false],
    ['free', true],
    ['workingElsewhere', true],
  ] as const)('a %s block leaves 10:00 open: %s', (status, open) => {
    const q = withMentorBusy([block(LONDON, '2026-03-24 10:00', '2026-03-24 11:00', status)], 0);
    expect(slotsIn(LONDON, q).includes('2026-03-24 10:00')).toBe(open);
    expect(slotsIn(LONDON, q).includes('2026-03-24 09:30')).toBe(true);
  });
});

describe('session caps', () => {
  const mentorWith = (caps: Mentor['caps'], booked: string[], zone = LONDON): Mentor => ({
    workingHours: hours(zone),
    busy: [],
    caps,
    booked: booked.map((b) => ({ start: at(zone, b) })),
  });

  it('offers nothing for the rest of a week whose cap is reached, and the next week again', () => {
    const q = query({
      mentor: mentorWith({ perWeek: 2 }, ['2026-03-23 10:00', '2026-03-24 10:00']),
      now: at(LONDON, '2026-03-24 12:00'),
      from: at(LONDON, '2026-03-24 12:00'),
      to: at(LONDON, '2026-04-04 00:00'),
    });
    const days = new Set(slotsIn(LONDON, q).map((s) => s.slice(0, 10)));
    expect([...days]).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03']);
    expect(refusal(q, at(LONDON, '2026-03-25 10:00'))).toMatchObject({ code: 'weekly-cap-reached', who: 'mentor' });
  });

  it('still offers the week while it is under its cap', () => {
    const q = query({ mentor: mentorWith({ perWeek: 2 }, ['2026-03-23 10:00']), from: at(LONDON, '2026-03-25 09:00'), to: at(LONDON, '2026-03-25 10:00') });
    expect(slotsIn(LONDON, q)).toHaveLength(3);
  });

  it("counts weeks on the mentor's own calendar", () => {
    const SYDNEY = 'Australia/Sydney';
    // Monday 09:00 in Sydney is still Sunday in UTC and London; it belongs to Sydney's new week.
    const mentor = mentorWith({ perWeek: 1 }, ['2026-03-30 09:00'], SYDNEY);
    const q = query({
      mentor,
      mentee: { workingHours: hours(SYDNEY), busy: [] },
      viewerZone: SYDNEY,
      from: at(SYDNEY, '2026-03-27 00:00'),
      to: at(SYDNEY, '2026-03-31 00:00'),
    });
    const days = new Set(slotsIn(SYDNEY, q).map((s) => s.slice(0, 10)));
    expect([...days]).toEqual(['2026-03-27']);
  });

  it('offers nothing for the rest of a month whose cap is reached', () => {
    const q = query({
      mentor: mentorWith({ perMonth: 3 }, ['2026-03-02 10:00', '2026-03-10 10:00', '2026-03-17 10:00']),
      from: at(LONDON, '2026-03-30 00:00'),
      to: at(LONDON, '2026-04-02 00:00'),
    });
    const days = new Set(slotsIn(LONDON, q).map((s) => s.slice(0, 10)));
    expect([...days]).toEqual(['2026-04-01']);
    expect(refusal(q, at(LONDON, '2026-03-31 09:00'))).toMatchObject({ code: 'monthly-cap-reached', who: 'mentor' });
    expect(refusal(q, at(LONDON, '2026-03-31 09:00'))?.message).toContain('3 sessions a month');
  });
});

describe('notice and the clock', () => {
  const q = query({ now: at(LONDON, '2026-03-24 10:07'), noticeMinutes: 60 });

  it('starts no slot before now plus the notice', () => {
    expect(slotsIn(LONDON, q)).toEqual(['2026-03-24 11:15', '2026-03-24 11:30']);
  });

  it('says why an earlier time is refused', () => {
    expect(refusal(q, at(LONDON, '2026-03-24 11:00'))).toMatchObject({ code: 'too-soon' });
    expect(refusal(q, at(LONDON, '2026-03-24 11:00'))?.message).toContain('1 hour');
    expect(refusal(q, at(LONDON, '2026-03-24 10:00'))).toMatchObject({ code: 'in-the-past' });
  });
});

describe('listing and booking agree', () => {
  // Nine days of an irregular calendar across London's clock change; the second week is capped.
  const mentorBusy: BusyBlock[] = [];
  const menteeBusy: BusyBlock[] = [];
  for (let d = 23; d <= 31; d++) {
    const date = `2026-03-${d}`;
    mentorBusy.push(block(LONDON, `${date} 09:40`, `${date} 10:25`), block(LONDON, `${date} 13:00`, `${date} 14:10`, d % 2 ? 'tentative' : 'busy'));
    menteeBusy.push(block(LONDON, `${date} 11:05`, `${date} 11:50`), block(LONDON, `${date} 15:30`, `${date} 16:00`, d % 3 ? 'busy' : 'free'));
  }
  const mentor: Mentor = { workingHours: hours('Europe/Berlin'), busy: mentorBusy, caps: { perWeek: 1 }, booked: [{ start: at(LONDON, '2026-03-30 08:00') }] };
  const mentee: Mentee = { workingHours: hours(LONDON, '08:30', '17:30'), busy: menteeBusy };
  const q = query({ mentor, mentee, from: at(LONDON, '2026-03-23 00:00'), to: at(LONDON, '2026-04-01 00:00'), now: at(LONDON, '2026-03-23 08:00'), noticeMinutes: 120, bufferMinutes: 5, timeBox: 45 });

  it('books every listed slot and refuses every other quarter hour, each with a reason', () => {
    const listed = new Set(freeSlots(q));
    expect(listed.size).toBeGreaterThan(20);
    const codes = new Set<string>();
    for (let t = q.from; t < q.to; t += 15 * MINUTE) {
      const check = isSlotBookable(q, t);
      expect(check.bookable).toBe(listed.has(t));
      if (!check.bookable) codes.add(check.reason.code);
    }
    expect([...codes].sort()).toEqual(['busy', 'in-the-past', 'outside-working-hours', 'too-soon', 'weekly-cap-reached']);
  });

  it('gives the same slots for a mentee worked out once', () => {
    const prepared = menteeFreeTime(mentee, q.from - 86_400_000, q.to, q.bufferMinutes);
    expect(freeSlots({ ...q, mentee: prepared })).toEqual(freeSlots(q));
    const start = freeSlots(q)[0]!;
    expect(isSlotBookable({ ...q, mentee: prepared }, start)).toEqual({ bookable: true });
  });

  it("refuses a listed slot as busy once a meeting lands in the mentor's calendar", () => {
    const start = freeSlots(q)[5]!;
    const taken = { ...q, mentor: { ...mentor, busy: [...mentorBusy, { start, end: start + 30 * MINUTE, status: 'busy' as const }] } };
    expect(freeSlots(taken)).not.toContain(start);
    expect(refusal(taken, start)).toMatchObject({ code: 'busy', who: 'mentor' });
  });
});

describe('people in different zones', () => {
  const SYDNEY = 'Australia/Sydney';
  const people = {
    mentee: { workingHours: hours(LONDON, '08:00', '18:00'), busy: [] },
    mentor: { workingHours: hours(SYDNEY, '08:00', '18:00'), busy: [] },
  };

  it('offers only the narrow shared hour of a London mentee and a Sydney mentor', () => {
    const q = query({ ...people, from: at(LONDON, '2026-04-06 00:00'), to: at(LONDON, '2026-04-11 00:00') });
    const slots = slotsIn(LONDON, q);
    expect(slots).toHaveLength(15);
    expect(new Set(slots.map((s) => s.slice(11)))).toEqual(new Set(['08:00', '08:15', '08:30']));
    // The same slot read on the mentor's clock: the end of their day.
    expect(show(SYDNEY, freeSlots(q)[0]!)).toBe('2026-04-06 17:00');
  });

  it('offers nothing while both are on summer time and their days do not meet', () => {
    const q = query({ ...people, from: at(LONDON, '2026-03-30 00:00'), to: at(LONDON, '2026-04-04 00:00') });
    expect(freeSlots(q)).toEqual([]);
  });
});

describe('bad input', () => {
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(SlotQueryError);
      expect((error as Error).message.length).toBeGreaterThan(20);
      return (error as SlotQueryError).code;
    }
    return undefined;
  };

  it.each([
    ['unknown-zone', { viewerZone: 'Asia/Calcutta_' }],
    ['unknown-zone', { mentor: { workingHours: hours('Nowhere/Land'), busy: [] } }],
    ['invalid-window', { from: at(LONDON, '2026-03-24 12:00'), to: at(LONDON, '2026-03-24 09:00') }],
    ['window-too-long', { to: at(LONDON, '2026-06-24 12:00') }],
    ['invalid-time-box', { timeBox: 40 as never }],
    ['invalid-minutes', { bufferMinutes: -5 }],
    ['invalid-instant', { now: Number.NaN }],
    ['invalid-cap', { mentor: { workingHours: hours(LONDON), busy: [], caps: { perWeek: 1.5 } } }],
    ['invalid-working-hours', { mentee: { workingHours: hours(LONDON, '17:00', '17:00'), busy: [] } }],
  ] as const)('refuses with %s', (code, change) => {
    expect(codeOf(() => freeSlots(query(change as Partial<SlotQuery>)))).toBe(code);
  });

  it('refuses a mentee worked out for another window or buffer', () => {
    const q = query({});
    const prepared = menteeFreeTime(q.mentee as Mentee, q.from, q.to, 10);
    expect(codeOf(() => freeSlots({ ...q, mentee: prepared }))).toBe('mentee-free-time-mismatch');
    const narrow = menteeFreeTime(q.mentee as Mentee, q.from, q.from + 60 * MINUTE, 0);
    expect(codeOf(() => freeSlots({ ...q, mentee: narrow }))).toBe('mentee-free-time-mismatch');
  });
});
