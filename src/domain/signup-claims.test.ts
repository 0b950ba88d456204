import { applyChange, claimKeyOf, dueChanges, menteeKeyOf, placesAhead, slotView, type SlotClaim } from './signup-claims';
import { HOUR, MINUTE } from './zone-time';

const NOW = Date.parse('2030-01-01T08:00:00Z');
const SLOT = { start: Date.parse('2030-01-03T09:00:00Z'), end: Date.parse('2030-01-03T09:15:00Z') };
let ids = 0;
const claim = (menteeId: string, state: SlotClaim['state'], over: Partial<SlotClaim> = {}): SlotClaim => ({
  itemId: String(++ids), sheetItemId: '7', slotStart: SLOT.start, menteeId, menteeName: menteeId, menteeEmail: `${menteeId}@x`, menteePlace: { zone: 'UTC', locale: 'en-GB' },
  state, goal: 'g', context: '', success: 's', joinedAt: NOW + ids, ...over,
});

describe('keys', () => {
  it('gives the slot’s key to whoever holds it and a key of their own to everyone else', () => {
    expect(claimKeyOf(claim('a', 'claimed'))).toBe(`7-${SLOT.start}`);
    expect(claimKeyOf(claim('a', 'offered'))).toBe(`7-${SLOT.start}`);
    expect(claimKeyOf(claim('a', 'waiting'))).toBe('wait-7-a');
    expect(claimKeyOf(claim('a', 'cancelled', { itemId: '40' }))).toBe('over-40');
    expect(menteeKeyOf(claim('a', 'waiting'))).toBe('7-a');
    expect(menteeKeyOf(claim('a', 'expired', { itemId: '41' }))).toBe('over-41');
  });
});

describe('waitlist and promotion', () => {
  it('offers a freed slot to the first who joined, with a day to accept', () => {
    const first = claim('a', 'waiting', { joinedAt: NOW - 10 });
    const second = claim('b', 'waiting', { joinedAt: NOW - 5 });
    const claims = [claim('z', 'cancelled'), second, first];
    expect(placesAhead(claims, second)).toBe(1);
    expect(dueChanges([SLOT], claims, NOW)).toEqual([{ kind: 'offer', claim: first, expiresAt: NOW + 24 * HOUR }]);
  });

  it('lapses an offer past its deadline, then offers the slot to the next', () => {
    const offered = claim('a', 'offered', { offerExpiresAt: NOW - 1 });
    const next = claim('b', 'waiting');
    const changes = dueChanges([SLOT], [offered, next], NOW);
    expect(changes).toEqual([{ kind: 'expire', claim: offered }]);
    const after = [applyChange(changes[0]!), next];
    expect(dueChanges([SLOT], after, NOW)).toMatchObject([{ kind: 'offer', claim: next }]);
  });

  it('closes an offer half an hour before the slot, and offers nothing when that is past', () => {
    const waiting = claim('a', 'waiting');
    const late = SLOT.start - 2 * HOUR;
    expect(dueChanges([SLOT], [waiting], late)).toMatchObject([{ expiresAt: SLOT.start - 30 * MINUTE }]);
    expect(dueChanges([SLOT], [waiting], SLOT.start - 20 * MINUTE)).toEqual([]);
  });

  it('leaves a held slot and an offer within its deadline alone', () => {
    expect(dueChanges([SLOT], [claim('a', 'claimed'), claim('b', 'waiting')], NOW)).toEqual([]);
    expect(dueChanges([SLOT], [claim('a', 'offered', { offerExpiresAt: NOW + 1 }), claim('b', 'waiting')], NOW)).toEqual([]);
  });
});

describe('slotView', () => {
  it('tells a mentee how many are ahead of them, or that the slot is theirs or offered to them', () => {
    const holder = claim('a', 'claimed');
    const w1 = claim('b', 'waiting');
    const w2 = claim('c', 'waiting');
    const claims = [holder, w1, w2];
    expect(slotView(SLOT, claims, 'c', NOW)).toMatchObject({ kind: 'waiting', ahead: 1 });
    expect(slotView(SLOT, claims, 'a', NOW)).toMatchObject({ kind: 'mine' });
    expect(slotView(SLOT, claims, 'd', NOW)).toEqual({ kind: 'taken', waiting: 2 });
    expect(slotView(SLOT, [], 'd', NOW)).toEqual({ kind: 'free' });
    expect(slotView(SLOT, [claim('d', 'offered', { offerExpiresAt: NOW + HOUR })], 'd', NOW)).toMatchObject({ kind: 'offered-to-me', expiresAt: NOW + HOUR });
  });
});
