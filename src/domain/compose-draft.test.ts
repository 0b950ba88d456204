import { composeSessionKey, isComposeKey, isExpiredDraft } from './compose-draft';

const ITEM = 'AAMkAGI2TG93AAA=/+x';

describe('composeSessionKey', () => {
  it('gives the same key for the same item and a different one for another', () => {
    expect(composeSessionKey(ITEM)).toBe(composeSessionKey(ITEM));
    expect(composeSessionKey(ITEM)).not.toBe(composeSessionKey(`${ITEM}y`));
  });

  it('fits the session key shape', () => {
    expect(composeSessionKey(ITEM)).toMatch(/^compose-[0-9a-f]{16}$/);
  });

  it('is told apart from a booking key', () => {
    expect(isComposeKey(composeSessionKey(ITEM))).toBe(true);
    expect(isComposeKey('mm-2030-01-08-abc')).toBe(false);
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
  it('expires a draft sent without Teams too, once its start has passed', () => {
    expect(isExpiredDraft({ status: 'draft', start }, start + 1)).toBe(true);
  });
  it('keeps a draft that has its meeting chat, and anything past draft', () => {
    expect(isExpiredDraft({ status: 'draft', chatId: '19:meeting_x@thread.v2', start }, start + 1)).toBe(false);
    expect(isExpiredDraft({ status: 'scheduled', start }, start + 1)).toBe(false);
  });
});
