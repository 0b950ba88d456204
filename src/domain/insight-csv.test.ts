import { csvCell, toCsv } from './insight-csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and leaves plain values bare', () => {
    expect(toCsv(['topic', 'met'], [['Negotiation', 3], ['Pricing, "deals"', 0], ['two\nlines', undefined]])).toBe('topic,met\r\nNegotiation,3\r\n"Pricing, ""deals""",0\r\n"two\nlines",\r\n');
  });

  it('never lets a spreadsheet read a topic as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(Number.NaN)).toBe('');
  });
});
