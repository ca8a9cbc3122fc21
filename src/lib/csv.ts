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

type Row = Record<string, string | number>;

const cells = (rows: readonly Row[], columns: readonly string[]) =>
  rows.map((r) => columns.map((c) => neutralise(r[c] ?? '')));

/** Rows as CSV with a header row in the given column order. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return `${BOM}${csvFormatRows([[...columns], ...cells(rows, columns)])}\n`;
}

/**
 * The same bytes as `toCsv` of every part's rows, made a part at a time: a CSV of the whole corpus
 * (104,500 rows at 500 strategies) never exists as one array of rows or one string.
 */
export function* csvChunks<P>(
  parts: Iterable<P>,
  rowsOf: (part: P) => readonly Row[],
  columns: readonly string[],
): Generator<string> {
  yield `${BOM}${csvFormatRows([[...columns]])}`;
  for (const part of parts) {
    const rows = rowsOf(part);
    if (rows.length) yield `\n${csvFormatRows(cells(rows, columns))}`;
  }
  yield '\n';
}
