/**
 * Text width, estimated without a browser: per-character advance widths of DejaVu Sans (what
 * `system-ui` resolves to on Linux, and wider than Arial, Helvetica or San Francisco), so label
 * space sized from it is enough for the fonts readers actually get. Checked against Chromium's
 * measured widths in tests/e2e/chart-geometry.test.ts.
 */

// Advance widths in 1/100 em for characters 32-126, then the extras below, regular and bold.
const EXTRA = '…–—’£×·';
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 78, 75, 30, 30, 66, 56, 86, 75, 79,
  60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 53, 64, 34, 64, 84, 100,
  50, 100, 32, 64, 84, 32,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 78, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84, 100,
  50, 100, 38, 70, 84, 38,
];

function advance(ch: string, table: readonly number[]): number {
  const code = ch.codePointAt(0) ?? 32;
  if (code >= 32 && code <= 126) return table[code - 32] ?? 64;
  const extra = EXTRA.indexOf(ch);
  if (extra >= 0) return table[95 + extra] ?? 64;
  return 100; // anything else (accented, other scripts): assume a wide character
}

/** Estimated width in CSS px of `text` at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += advance(ch, table);
  return (units * size) / 100;
}

/** Shortens `text` with an ellipsis to fit `max` px (the whole text when it fits). */
export function truncate(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > max)
    chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Wraps `text` into lines no wider than `max` px, breaking at spaces and after hyphens or slashes;
 * a word wider than a line is cut with an ellipsis, and past `maxLines` the last line ends in one.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const { bold = false, maxLines = Infinity } = options;
  const words = text
    .trim()
    .split(/\s+|(?<=[-/–])/u)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const join = (a: string, b: string) => (a === '' ? b : /[-/–]$/u.test(a) ? a + b : `${a} ${b}`);
  for (const word of words) {
    const next = join(line, word);
    if (textWidth(next, size, bold) <= max) line = next;
    else {
      if (line !== '') lines.push(line);
      line = textWidth(word, size, bold) <= max ? word : truncate(word, max, size, bold);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  // The next line did not fit after this one, so joining them always needs the ellipsis.
  kept[last] = truncate(`${kept[last] ?? ''} ${lines[maxLines] ?? ''}`, max, size, bold);
  return kept;
}

/** The widest of `texts` at `size` px. */
export const widest = (texts: readonly string[], size: number, bold = false): number =>
  texts.reduce((w, t) => Math.max(w, textWidth(t, size, bold)), 0);

/** A unit as a reader says it: "GBP" is pounds. */
export const unitName = (unit: string): string =>
  (({ GBP: 'pounds', percent: 'per cent' }) as Record<string, string>)[unit] ?? unit;
