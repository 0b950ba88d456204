import { Client } from '@microsoft/microsoft-graph-client';
import { filterParam, odataString } from './odata';

describe('OData filters', () => {
  it('doubles quotes inside a string literal', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
  });

  it('keeps "&", "#" and "+" in a value from reaching the URL as syntax', () => {
    const client = Client.init({ authProvider: (done) => done(null, 'token') });
    const request = client.api('/sites/s/lists/l/items').filter(filterParam(`fields/MentorUserId eq ${odataString("a&$top=999#x+y'")}`)).top(1);
    const url = new URL((request as unknown as { buildFullUrl(): string }).buildFullUrl());
    expect(url.hash).toBe('');
    expect(url.searchParams.get('$top')).toBe('1');
    expect(url.searchParams.get('$filter')).toBe("fields/MentorUserId eq 'a&$top=999#x+y'''");
  });
});
