/**
 * Turns the positioned text of PDF pages (as pdfjs reads it) into a source text: lines from text at
 * the same height, paragraphs from lines close together, headings from larger type, bullets from
 * their marks, and tables from text set in columns. A `[page N]` line starts each page. Words are
 * only ever joined, never changed; where the layout is unclear, text is kept in reading order.
 */
import { pageMarker } from '../source-text.ts';
import { escapeText } from './html.ts';

/** One run of text on a page: PDF units, y upwards from the bottom of the page. */
export type TextRun = { str: string; x: number; y: number; width: number; height: number };

type Segment = { x: number; end: number; text: string };
type Line = { y: number; size: number; segments: Segment[] };

/** Runs at the same height become one line; a wide gap between runs starts a new segment (a column). */
export function toLines(runs: readonly TextRun[]): Line[] {
  const sorted = runs
    // Space runs only fill gaps (and may stretch over a column gap): the gaps themselves say where spaces go.
    .filter((r) => r.str.trim().length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const r of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - r.y) <= Math.max(first.height, r.height) * 0.4)
      row.push(r);
    else rows.push([r]);
  }
  return rows.flatMap((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((r) => r.height));
    const segments: Segment[] = [];
    for (const r of row) {
      const seg = segments.at(-1);
      const gap = seg ? r.x - seg.end : Infinity;
      if (seg && gap < size * 0.9) {
        const space = gap > size * 0.15 && !/\s$/.test(seg.text) && !/^\s/.test(r.str);
        seg.text += (space ? ' ' : '') + r.str;
        seg.end = Math.max(seg.end, r.x + r.width);
      } else segments.push({ x: r.x, end: r.x + r.width, text: r.str });
    }
    const kept = segments
      .map((s) => ({ ...s, text: s.text.replace(/[\s\u00A0]+/g, ' ').trim() }))
      .filter((s) => s.text !== '');
    return kept.length > 0 ? [{ y: row[0]?.y ?? 0, size, segments: kept }] : [];
  });
}

/** The body text size: the size most characters are set in. */
function bodySize(pages: readonly Line[][]): number {
  const chars = new Map<number, number>();
  for (const l of pages.flat()) {
    const k = Math.round(l.size * 2) / 2;
    chars.set(k, (chars.get(k) ?? 0) + l.segments.reduce((n, s) => n + s.text.length, 0));
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const BULLET = /^(?:[-\u2013\u2022\u00B7\u25AA\u25CF\u2713]|\d{1,2}[.)])\s/;

/**
 * Joins a line to the one before it. A line ending in a hyphen after a letter was broken at the
 * hyphen ("web-" + "based"), so no space goes in: the hyphen is kept, as the words are never changed.
 */
export const joinLines = (lines: readonly string[]): string =>
  lines.reduce(
    (text, line) => (text === '' ? line : /\p{L}-$/u.test(text) ? text + line : `${text} ${line}`),
    '',
  );

type Block = { kind: 'p' | 'h' | 'li'; text: string; x: number; size: number };
type Table = { cols: number[]; row: string[][] | null };

/** Which column a segment starts in; a segment right of every known column adds one. */
function columnOf(table: Table, seg: Segment, size: number): number {
  const i = table.cols.findLastIndex((c) => c <= seg.x + size * 0.5);
  const last = table.cols.at(-1) ?? 0;
  if (seg.x > last + size * 2 && i === table.cols.length - 1) {
    table.cols.push(seg.x);
    return table.cols.length - 1;
  }
  return Math.max(0, i);
}

/** Text set in columns: a line of two or more segments, or one that fits a column of the open table. */
function isTableLine(line: Line, table: Table | null, gap: number, body: number): boolean {
  if (line.size > body * 1.15) return false;
  if (line.segments.length >= 2) return true;
  const seg = line.segments[0];
  const second = table?.cols[1];
  if (!table || !seg || second === undefined) return false;
  if (seg.x >= second - line.size * 0.5) return true;
  return seg.end <= second + line.size * 0.5 && (gap === Infinity || gap <= line.size * 2.6);
}

/** Lays out the positioned text of every page as source text (see the file comment). */
// eslint-disable-next-line max-lines-per-function -- one pass over the page items, line and column state kept together
export function layoutToText(pages: readonly (readonly TextRun[])[]): string {
  const lines = pages.map(toLines);
  const body = bodySize(lines);
  const out: string[] = [];
  let block: Block | null = null;
  let table: Table | null = null;

  const flushBlock = () => {
    if (!block) return;
    const text = escapeText(block.text);
    out.push(block.kind === 'h' ? `${block.size >= body * 1.4 ? '##' : '###'} ${text}` : text);
    block = null;
  };
  const flushRow = () => {
    if (table?.row) out.push(table.row.map((c) => escapeText(joinLines(c))).join('\t'));
    if (table) table.row = null;
  };
  const addToTable = (line: Line, gap: number) => {
    table ??= { cols: line.segments.map((s) => s.x), row: null };
    const t: Table = table;
    const cols = line.segments.map((s) => columnOf(t, s, line.size));
    // A new row starts at a wider gap with text in the first column; a gap in one column is a paragraph.
    if (!t.row || (gap > line.size * 1.7 && cols.includes(0))) {
      flushRow();
      t.row = [];
    }
    const row = t.row ?? [];
    line.segments.forEach((s, i) => {
      const c = cols[i] ?? 0;
      while (row.length < t.cols.length) row.push([]);
      row[c]?.push(s.text);
    });
  };
  const addText = (line: Line, gap: number) => {
    const text = line.segments.map((s) => s.text).join(' ');
    const x = line.segments[0]?.x ?? 0;
    const kind: Block['kind'] = line.size > body * 1.15 ? 'h' : BULLET.test(text) ? 'li' : 'p';
    const b = block;
    const close = b !== null && gap <= b.size * 1.6 && Math.abs(line.size - b.size) < 0.5;
    const goesOn =
      close &&
      ((kind === 'h' && b.kind === 'h') ||
        (kind === 'p' && b.kind === 'li' && x > b.x + 1) ||
        (kind === 'p' && b.kind === 'p' && Math.abs(x - b.x) < line.size * 3));
    if (goesOn) {
      b.text = joinLines([b.text, text]);
      return;
    }
    flushBlock();
    block = { kind, text, x, size: line.size };
  };

  lines.forEach((page, i) => {
    flushBlock();
    flushRow();
    out.push(pageMarker(i + 1));
    let prevY = Infinity;
    for (const line of page) {
      const gap = prevY - line.y;
      prevY = line.y;
      if (isTableLine(line, table, gap, body)) {
        flushBlock();
        // A wide gap on the same page ends one table before the next (a page end never does).
        if (table && gap !== Infinity && gap > line.size * 3) {
          flushRow();
          table = null;
        }
        addToTable(line, gap);
        continue;
      }
      flushRow();
      table = null;
      addText(line, gap);
    }
  });
  flushBlock();
  flushRow();
  return `${out.join('\n')}\n`;
}
