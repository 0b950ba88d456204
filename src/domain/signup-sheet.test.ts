import { offerableSlots, sheetsForBrowsing, validateSheet, type SheetDraft, type SignupSheet } from './signup-sheet';
import { MINUTE } from './zone-time';

const NOW = Date.parse('2030-01-01T08:00:00Z');
const at = (iso: string) => Date.parse(iso);
const slot = (from: string, minutes: number) => ({ start: at(from), end: at(from) + minutes * MINUTE });
const rules = {
  now: NOW,
  mentorTopics: ['public speaking', 'portfolio review'],
  mentorFree: [{ start: at('2030-01-02T09:00:00Z'), end: at('2030-01-02T12:00:00Z') }],
  place: { zone: 'Europe/Berlin', locale: 'en-GB' },
};
const draft = (over: Partial<SheetDraft> = {}): SheetDraft => ({ topic: 'public speaking', note: '', slots: [slot('2030-01-02T09:00:00Z', 15)], ...over });

describe('validateSheet', () => {
  it('accepts slots of 15 to 30 minutes in the mentor’s free time, sorted', () => {
    const result = validateSheet(draft({ slots: [slot('2030-01-02T10:00:00Z', 30), slot('2030-01-02T09:00:00Z', 15)] }), rules);
    expect(result.ok && result.sheet.slots.map((s) => s.start)).toEqual([at('2030-01-02T09:00:00Z'), at('2030-01-02T10:00:00Z')]);
  });

  it.each([
    ['a past slot', slot('2029-12-31T09:00:00Z', 15), 'slot-in-past'],
    ['a 10-minute slot', slot('2030-01-02T09:00:00Z', 10), 'slot-off-grid'],
    ['a 45-minute slot', slot('2030-01-02T09:00:00Z', 45), 'slot-too-long'],
    ['a slot outside the free time', slot('2030-01-02T13:00:00Z', 15), 'slot-not-free'],
    ['a slot more than 60 days ahead', slot('2030-03-05T09:00:00Z', 15), 'slot-too-far'],
  ])('refuses %s at the slots field, saying when in the reader’s zone', (_name, bad, code) => {
    const result = validateSheet(draft({ slots: [bad] }), rules);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!).toMatchObject({ code, field: 'slots', slot: 0 });
    expect(result.errors[0]!.message).toMatch(/\d\d:\d\d–\d\d:\d\d/);
  });

  it('shows a slot’s time in the reader’s zone (Berlin is UTC+1 in January)', () => {
    const result = validateSheet(draft({ slots: [slot('2030-01-02T13:00:00Z', 15)] }), rules);
    expect(!result.ok && result.errors[0]!.message).toContain('14:00–14:15');
  });

  it('refuses overlapping slots', () => {
    const result = validateSheet(draft({ slots: [slot('2030-01-02T09:00:00Z', 30), slot('2030-01-02T09:15:00Z', 15)] }), rules);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['slots-overlap']);
  });

  it('refuses a topic the mentor does not offer, a long note and no slots, each at its field', () => {
    const result = validateSheet({ topic: 'negotiation', note: 'x'.repeat(281), slots: [] }, rules);
    expect(!result.ok && result.errors.map((e) => [e.field, e.code])).toEqual([
      ['topic', 'topic-not-offered'],
      ['note', 'note-too-long'],
      ['slots', 'slots-required'],
    ]);
  });
});

describe('offerableSlots', () => {
  it('cuts free time into quarter-hour aligned slots, keeping an hour’s notice', () => {
    const free = [{ start: at('2030-01-01T08:20:00Z'), end: at('2030-01-01T10:00:00Z') }];
    expect(offerableSlots(free, 30, NOW).map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(['09:00', '09:30']);
  });
});

describe('sheetsForBrowsing', () => {
  const sheet = (topic: string, start: string, status: SignupSheet['status'] = 'open'): SignupSheet => ({
    key: topic, mentorId: 'm', mentorName: 'M', mentorEmail: 'm@x', topic, note: '', status, postedBy: 'm', slots: [slot(start, 15)],
  });
  it('lists open sheets with slots to come, the soonest first', () => {
    const listed = sheetsForBrowsing([sheet('b', '2030-01-03T09:00:00Z'), sheet('a', '2030-01-02T09:00:00Z'), sheet('c', '2030-01-02T09:00:00Z', 'closed'), sheet('d', '2029-12-31T09:00:00Z')], NOW);
    expect(listed.map((s) => s.topic)).toEqual(['a', 'b']);
  });
});
