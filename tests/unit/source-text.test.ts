import { describe, expect, it } from 'vitest';
import {
  cellParagraphs,
  parseSource,
  passagePages,
  splitPages,
} from '../../src/lib/source-text.ts';

describe('source text parsing', () => {
  it('anchors every passage by the line it starts on', () => {
    const { passages } = parseSource('Title line\n\nA paragraph.\n- a bullet');
    expect(passages.map((p) => [p.id, p.kind])).toEqual([
      ['L1', 'paragraph'],
      ['L3', 'paragraph'],
      ['L4', 'list-item'],
    ]);
  });

  it('reads numbered section titles and whole-capital lines as headings', () => {
    const { blocks } = parseSource('1.2 National agenda\n\nFOREWORD\n\n3616 assessments');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('turns HTML table cells into plain paragraphs, decoding entities', () => {
    expect(
      cellParagraphs('<p><b>1. Health</b></p> <ul><li>- Support &amp; advice</li></ul>'),
    ).toEqual(['1. Health', '- Support & advice']);
  });

  it('makes tab-separated lines a table, skips repeated header rows and joins rows broken by a page end', () => {
    const text = ['A\tB', 'x1\ty1', '', 'A\tB', '\ty1 continued', 'x2\ty2'].join('\n');
    const { blocks, passages } = parseSource(text);
    expect(blocks).toHaveLength(1);
    const table = blocks[0];
    if (table?.kind !== 'table') throw new Error('expected a table');
    expect(table.header.cells).toEqual([['A'], ['B']]);
    expect(table.rows.map((r) => r.id)).toEqual(['L2', 'L6']);
    expect(table.rows[0]?.cells[1]).toEqual(['y1', 'y1 continued']);
    expect(passages.find((p) => p.id === 'L2')?.text).toBe('x1 y1 y1 continued');
  });

  it('gives the same anchors for the same text every time', () => {
    const text = 'One\n\nTwo\tThree\nFour\tFive';
    expect(parseSource(text)).toEqual(parseSource(text));
  });
});

describe('splitting a source document into reader pages', () => {
  const para = (line: number, chars: number) => ({
    kind: 'paragraph' as const,
    id: `L${line}`,
    line,
    text: 'x'.repeat(chars),
  });
  const h2 = (line: number) => ({
    kind: 'heading' as const,
    id: `L${line}`,
    line,
    level: 2 as const,
    text: 'SECTION',
  });

  it('keeps a short document on one page', () => {
    expect(splitPages([h2(1), para(2, 100), h2(3), para(4, 100)], 1000)).toHaveLength(1);
  });

  it('breaks at a top-level heading once a page is well filled', () => {
    const pages = splitPages([h2(1), para(2, 700), h2(3), para(4, 100)], 1000);
    expect(
      pages.map((p) => p.map((b) => (b.kind === 'list' || b.kind === 'table' ? '' : b.id))),
    ).toEqual([
      ['L1', 'L2'],
      ['L3', 'L4'],
    ]);
  });

  it('breaks between blocks when a section is longer than a page, and maps every passage to its page', () => {
    const pages = splitPages([h2(1), para(2, 600), para(3, 600), para(4, 600)], 1000);
    expect(pages).toHaveLength(3);
    expect([...passagePages(pages)]).toEqual([
      ['L1', 1],
      ['L2', 1],
      ['L3', 2],
      ['L4', 3],
    ]);
  });
});
