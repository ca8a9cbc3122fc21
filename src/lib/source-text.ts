/**
 * Turns a plain-text extraction of a council document into readable blocks with stable anchors.
 *
 * The extractions mix Markdown-ish lines, tab-separated table rows with HTML in their cells, rows
 * broken across page ends, and repeated table headers. We never change wording: we only decide
 * what each line is (heading, paragraph, list item, table row) and strip layout markup.
 *
 * Every passage is anchored by the line it starts on (`L123`), so an anchor also tells a reader
 * where to look in the raw text file, and stays the same whatever the parser learns later.
 *
 * Texts imported from a PDF carry page markers, a line `[page 12]` where each page of the original
 * starts: they are not passages, and every passage after one knows its page of the original.
 */
import { decodeEntities, normaliseForMatch } from './text.ts';

import type { Block, ParsedSource, Passage } from '../schemas/source.ts';

export type { Block, ParsedSource, Passage };

/** Splits one table cell's HTML into its paragraphs and list items, as plain text. */
export function cellParagraphs(cell: string): string[] {
  const parts = cell
    .replace(/<\/(p|li|ul|ol|div|h\d)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<(p|li|ul|ol|div|h\d)(\s[^>]*)?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n');
  return parts
    .map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** A line that marks where a page of the original document starts, e.g. `[page 12]`. */
export const PAGE_MARKER = /^\[page (\d{1,5})\]$/;

/** The page-marker line for a page: what the importer writes and the parser reads. */
export const pageMarker = (page: number): string => `[page ${page}]`;

const NUMBERED_HEADING = /^(?:(?:Section|Appendix|Part)\s+\d+|\d{1,2}(?:\.\d{1,2})*\.?)\s+[A-Za-z]/;

function headingLevel(line: string): 2 | 3 | null {
  const md = /^(#{1,6})\s+(.*)$/.exec(line);
  if (md) return (md[1]?.length ?? 2) <= 2 ? 2 : 3;
  if (line.length > 90 || /[.,;:]$/.test(line)) return null;
  if (/^(Section|Appendix|Part)\s+\d/i.test(line)) return 2;
  // Whole lines in capitals are the documents' own section titles ("FOREWORD", "OUR VISION").
  if (/^[A-Z][A-Z0-9 ,'&\u2019-]{3,60}$/.test(line) && /[A-Z]{3}/.test(line)) return 2;
  if (NUMBERED_HEADING.test(line)) return /^\d+\.\d/.test(line) ? 3 : 2;
  return null;
}

function cleanInline(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

type Table = Extract<Block, { kind: 'table' }>;
type Row = Table['rows'][number];
type List = Extract<Block, { kind: 'list' }>;

const BULLET = /^(?:[-\u2013\u2022\u00B7]|\u2713)\s+/;

const rowText = (cells: string[][]) => cells.map((c) => c.join(' ')).join(' ');

/**
 * One pass over the lines. Between lines it keeps the table or list the next line may continue
 * and the page of the original it is on.
 */
class SourceParser {
  readonly blocks: Block[] = [];
  readonly passages: Passage[] = [];
  private table: Table | null = null;
  private list: List | null = null;
  private page: number | undefined;

  line(raw: string, line: number): void {
    if (raw.trim() === '') return; // blank lines never end a table: page breaks split them
    const marker = PAGE_MARKER.exec(raw.trim());
    if (marker) {
      // Layout, like a blank line: a table or list may carry on over the page end.
      this.page = Number(marker[1]);
      return;
    }
    const cells = raw.split('\t');
    const filled = cells.filter((c) => c.trim() !== '');
    const continues = this.table !== null && cells[0]?.trim() === '';
    if (cells.length > 1 && (filled.length >= 2 || continues)) {
      this.list = null;
      this.row(cells, line);
    } else {
      this.table = null;
      this.text(raw.trim(), line);
    }
  }

  private passage(line: number, kind: Passage['kind'], text: string): void {
    const at = this.page === undefined ? {} : { page: this.page };
    this.passages.push({ id: `L${line}`, line, kind, text, ...at });
  }

  private row(cells: string[], line: number): void {
    const id = `L${line}`;
    const parsed = cells.map(cellParagraphs);
    if (this.table === null) {
      this.table = { kind: 'table', header: { id, line, cells: parsed }, rows: [] };
      this.blocks.push(this.table);
      this.passage(line, 'row', rowText(parsed));
      return;
    }
    // Headers repeated on each page of the original are layout, not content.
    if (rowText(parsed) === rowText(this.table.header.cells)) return;
    const last = this.table.rows.at(-1);
    if (cells[0]?.trim() === '' && last) {
      this.continueRow(last, parsed);
      return;
    }
    this.table.rows.push({ id, line, cells: parsed });
    this.passage(line, 'row', rowText(parsed));
  }

  /** A row broken by a page end: its text continues the row above, cell by cell. */
  private continueRow(last: Row, parsed: string[][]): void {
    parsed.forEach((paras, i) => {
      if (paras.length === 0) return;
      last.cells[i] = [...(last.cells[i] ?? []), ...paras];
    });
    const passage = this.passages.find((p) => p.id === last.id);
    if (passage) passage.text = rowText(last.cells);
  }

  /** A line of text: a list item, a heading or a paragraph. */
  private text(trimmed: string, line: number): void {
    const id = `L${line}`;
    const content = cleanInline(trimmed.replace(/^#{1,6}\s+/, ''));
    if (content === '') return;
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      const itemText = cleanInline(trimmed.slice(bullet[0].length));
      if (this.list === null) {
        this.list = { kind: 'list', items: [] };
        this.blocks.push(this.list);
      }
      this.list.items.push({ id, line, text: itemText });
      this.passage(line, 'list-item', itemText);
      return;
    }
    this.list = null;
    const level = headingLevel(trimmed);
    if (level !== null) {
      this.blocks.push({ kind: 'heading', id, line, level, text: content });
      this.passage(line, 'heading', content);
      return;
    }
    this.blocks.push({ kind: 'paragraph', id, line, text: content });
    this.passage(line, 'paragraph', content);
  }
}

/** Parses a whole source text. Pure and deterministic: same text, same anchors. */
export function parseSource(text: string): ParsedSource {
  const parser = new SourceParser();
  text.split(/\r?\n/).forEach((raw, index) => parser.line(raw, index + 1));
  return { blocks: parser.blocks, passages: parser.passages };
}

/** The passages as one searchable string, with where each passage starts in it. */
export function joinPassages(passages: readonly Passage[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const p of passages) {
    if (text.length > 0) text += ' ';
    starts.push(text.length);
    text += normaliseForMatch(p.text);
  }
  return { text, starts };
}

/** Characters of source text per reader page: keeps the longest documents' pages within the page budget. */
export const SOURCE_PAGE_CHARS = 20_000;

const blockText = (b: Block): string[] =>
  b.kind === 'list'
    ? b.items.map((i) => i.text)
    : b.kind === 'table'
      ? [b.header, ...b.rows].flatMap((r) => r.cells.flat())
      : [b.text];

/** The passage anchors a block renders. */
export const blockPassageIds = (b: Block): string[] =>
  b.kind === 'list'
    ? b.items.map((i) => i.id)
    : b.kind === 'table'
      ? [b.header.id, ...b.rows.map((r) => r.id)]
      : [b.id];

/**
 * Splits a document into reader pages, preferring to break at its own top-level headings once a
 * page is well filled, and otherwise between blocks when the next would overflow. Pure: same
 * blocks, same pages, so a passage's page (and its URL) only moves when the source text changes.
 */
export function splitPages(blocks: readonly Block[], maxChars = SOURCE_PAGE_CHARS): Block[][] {
  const pages: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const b of blocks) {
    const chars = blockText(b).reduce((n, t) => n + t.length, 0);
    const sectionStart = b.kind === 'heading' && b.level === 2;
    if (
      current.length > 0 &&
      (used + chars > maxChars || (sectionStart && used >= maxChars * 0.6))
    ) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(b);
    used += chars;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Which reader page (1-based) holds each passage. */
export function passagePages(pages: readonly (readonly Block[])[]): Map<string, number> {
  const out = new Map<string, number>();
  pages.forEach((blocks, i) =>
    blocks.forEach((b) => blockPassageIds(b).forEach((id) => out.set(id, i + 1))),
  );
  return out;
}
