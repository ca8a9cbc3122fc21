/**
 * CSV as spreadsheets open it cleanly: UTF-8 with a byte-order mark (so Excel on Windows reads "£"
 * and "–"), quoting by d3-dsv, and cells that a spreadsheet could run as a formula neutralised.
 */
import { csvFormatRows } from 'd3-dsv';

/** OWASP's CSV-injection list: a cell starting with one of these may be read as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The mark OWASP advises: a leading apostrophe, which spreadsheets show as text and do not display. */
export const NEUTRALISER = "'";

/** A text cell made safe; numbers are left as numbers (a spreadsheet reads them as values, not formulas). */
export function neutralise(cell: string | number): string {
  if (typeof cell === 'number') return String(cell);
  return FORMULA_START.test(cell) ? `${NEUTRALISER}${cell}` : cell;
}

export const BOM = '\uFEFF';

/** Rows as CSV with a header row in the given column order. */
export function toCsv(
  rows: readonly Record<string, string | number>[],
  columns: readonly string[],
): string {
  const body = rows.map((r) => columns.map((c) => neutralise(r[c] ?? '')));
  return `${BOM}${csvFormatRows([[...columns], ...body])}\n`;
}
