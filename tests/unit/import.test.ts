import { describe, expect, it } from 'vitest';
import { htmlToSourceText } from '../../src/lib/import/html.ts';
import { joinLines, layoutToText, type TextRun } from '../../src/lib/import/pdf-layout.ts';
import { parseSource } from '../../src/lib/source-text.ts';

describe('importing a web page', () => {
  it('reads headings, paragraphs, lists and tables from <main>, keeping every word', () => {
    const html = `<html><body><nav>Menu</nav><main><h1>Carers Strategy</h1>
      <p>We will <b>support</b> carers &amp; families.<br>Second line</p>
      <ul><li>One <i>thing</i><ul><li>nested</li></ul></li></ul>
      <table><tr><th>Standard</th><th>Action</th></tr>
      <tr><td><p>1. Health</p><p>More</p></td><td>Do it</td></tr></table>
      <div>Hello <b>world</b><div>inner</div></div></main></body></html>`;
    expect(htmlToSourceText(html)).toBe(
      [
        '## Carers Strategy',
        'We will support carers &amp; families. Second line',
        '- One thing',
        '- nested',
        'Standard\tAction',
        '<p>1. Health</p> <p>More</p>\tDo it',
        '',
        'Hello world',
        'inner',
        '',
      ].join('\n'),
    );
    const { passages } = parseSource(htmlToSourceText(html));
    expect(passages.map((p) => p.text)).toContain('We will support carers & families. Second line');
  });
});

const run = (str: string, x: number, y: number, height = 10): TextRun => ({
  str,
  x,
  y,
  width: str.length * height * 0.5,
  height,
});

describe('laying out the text of a PDF', () => {
  it('marks each page, joins the lines of a paragraph and reads larger type as a heading', () => {
    const text = layoutToText([
      [run('Our Strategy', 40, 800, 16), run('Carers are people', 40, 770), run('first.', 40, 758)],
      [run('\u2022 A bullet', 40, 800)],
    ]);
    expect(text).toBe(
      '[page 1]\n## Our Strategy\nCarers are people first.\n[page 2]\n\u2022 A bullet\n',
    );
  });

  it('reads text set in columns as table rows, cell by cell, with rows split at wider gaps', () => {
    const text = layoutToText([
      [
        run('Standard', 40, 800),
        run('Action', 300, 800),
        run('1. Health', 40, 770),
        run('Support for', 300, 770),
        run('and wellbeing', 40, 757),
        run('carers', 300, 757),
        run('2. Breaks', 40, 730),
        run('More breaks', 300, 730),
        run('A paragraph after the table that runs the full width of the page', 40, 690),
      ],
    ]);
    expect(text.split('\n')).toEqual([
      '[page 1]',
      'Standard\tAction',
      '1. Health and wellbeing\tSupport for carers',
      '2. Breaks\tMore breaks',
      'A paragraph after the table that runs the full width of the page',
      '',
    ]);
  });
});

describe('joining the lines of a PDF paragraph', () => {
  it('keeps a hyphen at a line end and adds no space after it', () => {
    expect(joinLines(['paper-based and web-', 'based information', '- 12 carers'])).toBe(
      'paper-based and web-based information - 12 carers',
    );
  });
});
