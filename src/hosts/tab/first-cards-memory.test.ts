import { firstCardsMemory } from './first-cards-memory';

function fakeStorage(): Storage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k: string) => items.get(k) ?? null,
    key: (i: number) => [...items.keys()][i] ?? null,
    removeItem: (k: string) => void items.delete(k),
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const ADA = { userId: 'u-1', upn: 'ada@contoso.example' };
const BEN = { userId: 'u-2' };

describe('first cards memory', () => {
  it('recalls what was remembered for the same viewer, and nothing for another', () => {
    const storage = fakeStorage();
    firstCardsMemory('Priya@Contoso.example', storage).remember([ADA, BEN]);
    expect(firstCardsMemory('priya@contoso.example', storage).recall()).toEqual([ADA, BEN]);
    expect(firstCardsMemory('sam@contoso.example', storage).recall()).toEqual([]);
  });

  it('keeps only ids and addresses, and drops entries that are not', () => {
    const storage = fakeStorage();
    const memory = firstCardsMemory('priya', storage);
    storage.setItem('micromentor.first-cards.priya', JSON.stringify([ADA, { userId: 7 }, null, 'x', { userId: 'u-3', upn: 'y'.repeat(400) }, BEN]));
    expect(memory.recall()).toEqual([ADA, BEN]);
  });

  it('recalls nothing from a damaged entry, and never throws when storage is blocked or full', () => {
    const storage = fakeStorage();
    storage.setItem('micromentor.first-cards.priya', '{not json');
    expect(firstCardsMemory('priya', storage).recall()).toEqual([]);
    const blocked = { ...fakeStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    const memory = firstCardsMemory('priya', blocked);
    expect(memory.recall()).toEqual([]);
    expect(() => memory.remember([ADA])).not.toThrow();
  });

  it('keeps at most a hundred mentors', () => {
    const storage = fakeStorage();
    const many = Array.from({ length: 150 }, (_, i) => ({ userId: `u-${i}` }));
    firstCardsMemory('priya', storage).remember(many);
    expect(firstCardsMemory('priya', storage).recall()).toHaveLength(100);
  });
});
