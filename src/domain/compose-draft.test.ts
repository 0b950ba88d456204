import { composeSessionKey, isExpiredDraft } from './compose-draft';

const ITEM = 'AAMkAGI2TG93AAA=/+x';

describe('composeSessionKey', () => {
  it('gives the same key for the same item and a different one for another', () => {
    expect(composeSessionKey(ITEM)).toBe(composeSessionKey(ITEM));
    expect(composeSessionKey(ITEM)).not.toBe(composeSessionKey(`${ITEM}y`));
  });

  it('fits the session key shape', () => {
    expect(composeSessionKey(ITEM)).toMatch(/^compose-[0-9a-f]{16}$/);
  });

  it('refuses an empty id', () => {
    expect(() => composeSessionKey(' ')).toThrow(/compose item id/);
  });
});

describe('isExpiredDraft', () => {
  const start = Date.parse('2030-01-08T10:00:00Z');
  it('expires an unlinked draft once its start has passed', () => {
    expect(isExpiredDraft({ status: 'draft', start }, start - 1)).toBe(false);
    expect(isExpiredDraft({ status: 'draft', start }, start)).toBe(true);
  });
  it('keeps a draft whose meeting was sent, and anything past draft', () => {
    expect(isExpiredDraft({ status: 'draft', eventId: 'AAMk', start }, start + 1)).toBe(false);
    expect(isExpiredDraft({ status: 'scheduled', start }, start + 1)).toBe(false);
  });
});
