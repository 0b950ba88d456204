import {
  DEFAULT_OFFER,
  describeMinutes,
  describeOfferValue,
  describeWorkingHours,
  draftFromOffer,
  initialOfferState,
  offerFormReducer,
  validateOffer,
  visibleOfferErrors,
  type MentorOfferFields,
  type OfferDraft,
  type OfferFormState,
} from './mentor-offer';

const VOCABULARY = ['Finance', 'Presentations', 'Negotiation'];

const OFFER: MentorOfferFields = {
  active: true,
  topics: ['Finance'],
  bio: 'Twenty years in corporate finance.',
  sessionLengths: [30, 45],
  capacityPerWeek: 2,
  capacityPerMonth: 6,
  noticeMinutes: 24 * 60,
  bufferMinutes: 15,
};

function draft(patch: Partial<OfferDraft> = {}): OfferDraft {
  return { ...draftFromOffer(OFFER), ...patch };
}

function errorsOf(d: OfferDraft) {
  const checked = validateOffer(d, VOCABULARY);
  return checked.ok ? [] : checked.errors.map((e) => `${e.field}:${e.code}`);
}

describe('validateOffer', () => {
  it('gives back the offer it was drafted from', () => {
    expect(validateOffer(draftFromOffer(OFFER), VOCABULARY)).toEqual({ ok: true, offer: OFFER });
  });

  it('an active offer needs a topic and a session length; an inactive one may be unfinished', () => {
    expect(errorsOf(draft({ topics: [], sessionLengths: [] }))).toEqual(['topics:topics-required', 'sessionLengths:lengths-required']);
    expect(errorsOf(draft({ active: false, topics: [], sessionLengths: [] }))).toEqual([]);
  });

  it('refuses topics outside the program vocabulary, naming them', () => {
    const checked = validateOffer(draft({ topics: ['Finance', 'Juggling'] }), VOCABULARY);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]!.message).toContain('“Juggling” is not in the program');
  });

  it('caps are whole numbers 0–20 or empty, and a month holds at least a week', () => {
    expect(errorsOf(draft({ capacityPerWeek: '21' }))).toEqual(['capacityPerWeek:cap-out-of-range']);
    expect(errorsOf(draft({ capacityPerWeek: '2.5' }))).toEqual(['capacityPerWeek:cap-not-a-number']);
    expect(errorsOf(draft({ capacityPerWeek: '-1' }))).toEqual(['capacityPerWeek:cap-not-a-number']);
    expect(errorsOf(draft({ capacityPerWeek: '5', capacityPerMonth: '4' }))).toEqual(['capacityPerMonth:month-below-week']);
    expect(errorsOf(draft({ capacityPerWeek: '0', capacityPerMonth: '0' }))).toEqual([]);
    const open = validateOffer(draft({ capacityPerWeek: '', capacityPerMonth: ' ' }), VOCABULARY);
    expect(open.ok && [open.offer.capacityPerWeek, open.offer.capacityPerMonth]).toEqual([undefined, undefined]);
  });

  it('notice is 0 to 14 days in hours (halves allowed), buffer 0 to 60 whole minutes', () => {
    expect(errorsOf(draft({ noticeHours: '337' }))).toEqual(['noticeHours:notice-out-of-range']);
    expect(errorsOf(draft({ noticeHours: 'soon' }))).toEqual(['noticeHours:notice-not-a-number']);
    const half = validateOffer(draft({ noticeHours: '1,5' }), VOCABULARY);
    expect(half.ok && half.offer.noticeMinutes).toBe(90);
    expect(errorsOf(draft({ bufferMinutes: '61' }))).toEqual(['bufferMinutes:buffer-out-of-range']);
    expect(errorsOf(draft({ bufferMinutes: '' }))).toEqual(['bufferMinutes:buffer-not-a-number']);
  });

  it('bio: at most 500 characters (an emoji counts once) and only https links', () => {
    expect(errorsOf(draft({ bio: '😀'.repeat(500) }))).toEqual([]);
    expect(errorsOf(draft({ bio: 'x'.repeat(501) }))).toEqual(['bio:bio-too-long']);
    expect(errorsOf(draft({ bio: 'See http://example.com/me' }))).toEqual(['bio:bio-link-refused']);
    const refused = validateOffer(draft({ bio: 'See http://example.com/me' }), VOCABULARY);
    // The same sentence as a request's fields: which link, and why.
    expect(refused.ok ? '' : refused.errors[0]!.message).toMatch(/^The link http:\/\/example\.com\/me cannot be used\. Use a secure link/);
  });
});

describe('offer values in words', () => {
  it('describes each field for a conflict', () => {
    expect(describeOfferValue(OFFER, 'topics')).toBe('Finance');
    expect(describeOfferValue({ ...OFFER, capacityPerWeek: undefined }, 'capacityPerWeek')).toBe('no limit');
    expect(describeOfferValue(OFFER, 'noticeMinutes')).toBe('1 day');
    expect(describeOfferValue(OFFER, 'sessionLengths')).toBe('30 min, 45 min');
    expect(describeMinutes(90)).toBe('90 minutes');
    expect(describeMinutes(2 * 1440 + 240)).toBe('2 days 4 hours');
  });
});

describe('describeWorkingHours', () => {
  it('reads Outlook working hours as a person says them', () => {
    expect(describeWorkingHours({ days: ['friday', 'monday', 'tuesday', 'wednesday', 'thursday'], start: '09:00:00.0000000', end: '17:30:00.0000000', zone: 'Europe/Berlin' })).toBe(
      'Monday to Friday, 09:00–17:30 (Europe/Berlin)',
    );
    expect(describeWorkingHours({ days: ['monday', 'wednesday', 'sunday', 'saturday'], start: '08:00', end: '12:00', zone: 'UTC' })).toBe('Monday, Wednesday, Saturday, Sunday, 08:00–12:00 (UTC)');
  });
});

describe('offerFormReducer', () => {
  const loaded = (): OfferFormState => offerFormReducer(initialOfferState(), { type: 'loaded', stored: { offer: OFFER, version: 'v1' } });

  it('does not save an invalid form, and then shows every error', () => {
    let s = offerFormReducer(loaded(), { type: 'edit', patch: { bufferMinutes: '99' } });
    expect(visibleOfferErrors(s, VOCABULARY)).toEqual({});
    s = offerFormReducer(s, { type: 'touch', field: 'bufferMinutes' });
    expect(Object.keys(visibleOfferErrors(s, VOCABULARY))).toEqual(['bufferMinutes']);
    s = offerFormReducer(s, { type: 'edit', patch: { topics: [] } });
    s = offerFormReducer(s, { type: 'save', vocabulary: VOCABULARY });
    expect(s.phase).toBe('editing');
    expect(Object.keys(visibleOfferErrors(s, VOCABULARY)).sort()).toEqual(['bufferMinutes', 'topics']);
  });

  it('saves against the version read; a conflict keeps both offers; keep mine saves over theirs', () => {
    let s = offerFormReducer(loaded(), { type: 'edit', patch: { topics: ['Negotiation'] } });
    s = offerFormReducer(s, { type: 'save', vocabulary: VOCABULARY });
    expect(s.phase).toBe('saving');
    expect(s.base?.version).toBe('v1');
    expect(s.pending?.topics).toEqual(['Negotiation']);
    const theirs = { offer: { ...OFFER, topics: ['Presentations'] }, version: 'v2' };
    s = offerFormReducer(s, { type: 'conflict', fields: ['topics'], theirs });
    expect(s.phase).toBe('conflict');
    expect(s.conflict?.mine.topics).toEqual(['Negotiation']);
    const kept = offerFormReducer(s, { type: 'keep-mine' });
    expect(kept).toMatchObject({ phase: 'saving', base: theirs, pending: { topics: ['Negotiation'] } });
    const taken = offerFormReducer(s, { type: 'take-theirs' });
    expect(taken).toMatchObject({ phase: 'editing', base: theirs });
    expect(taken.draft.topics).toEqual(['Presentations']);
  });

  it('a new mentor starts from the defaults, unlisted', () => {
    const s = offerFormReducer(initialOfferState(), { type: 'loaded', stored: undefined });
    expect(s.draft).toEqual(draftFromOffer(DEFAULT_OFFER));
    expect(s.draft.active).toBe(false);
  });
});
