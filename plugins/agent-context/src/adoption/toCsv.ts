/** A cell of a CSV file: text, a number, or nothing. */
export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula, so a
// catalog title such as "=HYPERLINK(...)" could act when the file is opened.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) {
    return '';
  }
  if (typeof cell !== 'string') {
    // Numbers (negative ones too) and booleans are data, never formulas.
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file (RFC 4180: comma-separated, CRLF line ends, quoted where
 * needed) of a header row and data rows. Text cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows]
    .map(row => row.map(cellText).join(','))
    .join('\r\n')
    .concat('\r\n');
}
