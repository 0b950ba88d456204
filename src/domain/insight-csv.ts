// The dashboard's tables as CSV, the same numbers as on screen. Cells are quoted as RFC 4180 asks,
// and a cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is
// prefixed with an apostrophe so opening the export never runs anything.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table: a header row, then each row, CRLF line ends (what Excel expects). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
