import { searchTopic } from './search-note';

describe('searchTopic', () => {
  it('keeps the vocabulary topic of the words typed, never the words themselves', () => {
    expect(searchTopic({ query: 'help with my CV for Anna' })).toBe('resume review');
    expect(searchTopic({ query: 'lunch with Anna' })).toBeUndefined();
    expect(searchTopic({ query: '  ' })).toBeUndefined();
  });

  it('takes the chosen topic filter first', () => {
    expect(searchTopic({ query: 'CV', topic: 'negotiation' })).toBe('negotiation');
  });
});
