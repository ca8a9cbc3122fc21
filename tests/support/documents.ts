/**
 * Makes the kinds of file councils publish (PDF, Word, web page) from a source text, so the
 * importer can be tested on all five real documents: HTML from the parsed blocks, Word with the
 * docx library, PDF by Chromium's print to PDF, split into pages whose contents we know.
 */
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Block } from '../../src/lib/source-text.ts';
import { escapeText } from '../../src/lib/import/html.ts';

/** A document's text as the site reads it: Markdown emphasis markers are layout, not words. */
export const plain = (text: string): string => text.replace(/\*\*/g, '');

/** The words of a text in order, as the fidelity tests count them. */
export const wordList = (texts: readonly string[]): string[] =>
  texts.flatMap((t) => plain(t).split(/\s+/)).filter(Boolean);

/** One passage as HTML: the unit the PDF is paginated in. */
type Unit = {
  id: string;
  group: 'list' | number | null;
  html: string;
  header?: string;
  headerId?: string;
};

const e = (t: string) => escapeText(plain(t));
const cellHtml = (paras: readonly string[], tag: 'td' | 'th') =>
  `<${tag}>${paras.map((p) => `<p>${e(p)}</p>`).join('')}</${tag}>`;

function units(blocks: readonly Block[]): Unit[] {
  return blocks.flatMap((b, i): Unit[] => {
    if (b.kind === 'heading')
      return [{ id: b.id, group: null, html: `<h${b.level}>${e(b.text)}</h${b.level}>` }];
    if (b.kind === 'paragraph') return [{ id: b.id, group: null, html: `<p>${e(b.text)}</p>` }];
    if (b.kind === 'list')
      return b.items.map((it) => ({ id: it.id, group: 'list', html: `<li>${e(it.text)}</li>` }));
    const header = `<tr>${b.header.cells.map((c) => cellHtml(c, 'th')).join('')}</tr>`;
    return [b.header, ...b.rows].map((r, k) => ({
      id: r.id,
      group: i,
      html: k === 0 ? header : `<tr>${r.cells.map((c) => cellHtml(c, 'td')).join('')}</tr>`,
      header,
      headerId: b.header.id,
    }));
  });
}

const MARGIN = { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' };
const STYLE = `
  @page { size: A4; margin: 15mm; }
  body { font: 10pt/1.3 'DejaVu Sans', sans-serif; margin: 0; width: 180mm; }
  h2 { font-size: 16pt; margin: 0 0 8pt; } h3 { font-size: 13pt; margin: 0 0 6pt; }
  p { margin: 0 0 8pt; }
  /* A bullet set as text, as word processors export it (Chromium draws a disc as a shape). */
  ul { margin: 0 0 8pt; list-style-type: '\\2022  '; }
  .page { break-after: page; } td p, th p { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0 0 12pt; table-layout: fixed; }
  td, th { border: 1px solid #000; padding: 5pt; vertical-align: top; text-align: left; font-weight: normal; }
`;

/** Wraps units in their lists and tables; a table continued on a new page repeats its header row. */
function render(list: readonly Unit[]): string {
  let html = '';
  let open: Unit['group'] = null;
  const close = () => {
    if (open === 'list') html += '</ul>';
    else if (open !== null) html += '</table>';
    open = null;
  };
  for (const u of list) {
    if (u.group !== open) {
      close();
      if (u.group === 'list') html += '<ul>';
      else if (u.group !== null) html += `<table>${u.html === u.header ? '' : (u.header ?? '')}`;
      open = u.group;
    }
    html += u.html.replace(/^<(\w+)/, `<$1 data-p="${u.id}"`);
  }
  close();
  return html;
}

const page = (body: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test document</title>' +
  `<style>${STYLE}</style></head><body>${body}</body></html>`;

/** The whole document as one web page. */
export const toHtml = (blocks: readonly Block[]): string =>
  page(`<main>${render(units(blocks))}</main>`);

/**
 * Prints the document to PDF in pages of known content: passages are measured in print layout and
 * grouped so each group fills at most 85% of a page; each group is printed and the parts joined.
 * Returns the PDF and the page each passage should start on.
 */
export async function toPdf(
  browser: Browser,
  blocks: readonly Block[],
): Promise<{ pdf: Uint8Array; pages: Map<string, number> }> {
  const all = units(blocks);
  const tab = await browser.newPage({ viewport: { width: 680, height: 1000 } });
  await tab.emulateMedia({ media: 'print' });
  await tab.setContent(page(render(all)));
  const measured = await tab.$$eval('[data-p]', (els) =>
    els.map((el) => [el.getAttribute('data-p') ?? '', el.getBoundingClientRect().height] as const),
  );
  const heights: Record<string, number> = Object.fromEntries(measured);
  const pageHeight = (267 / 25.4) * 96 * 0.85;
  // Most groups fit on a page; a passage longer than a page spills over and moves the next page numbers.
  const groups: Unit[][] = [[]];
  let used = 0;
  for (const u of all) {
    const h = (heights[u.id] ?? 0) + 16;
    if (used + h > pageHeight && (groups.at(-1)?.length ?? 0) > 0) {
      groups.push([]);
      // A table carried on to a new page repeats its header row.
      used = u.headerId && u.headerId !== u.id ? (heights[u.headerId] ?? 0) + 16 : 0;
    }
    groups.at(-1)?.push(u);
    used += h;
  }
  // One print, each group from a new page. A group longer than a page (one long table row) is also
  // printed alone to count its pages, so the page numbers expected after it are exact.
  const pages = new Map<string, number>();
  let next = 1;
  for (const g of groups) {
    g.forEach((u) => pages.set(u.id, next));
    const first = g[0];
    const header =
      first?.headerId && first.headerId !== first.id ? (heights[first.headerId] ?? 0) : 0;
    const tall = g.reduce((n, u) => n + (heights[u.id] ?? 0), header) > pageHeight / 0.85 - 40;
    if (tall) await tab.setContent(page(render(g)));
    next += tall
      ? (await PDFDocument.load(await tab.pdf({ format: 'A4', margin: MARGIN }))).getPageCount()
      : 1;
  }
  await tab.setContent(page(groups.map((g) => `<div class="page">${render(g)}</div>`).join('')));
  const pdf = new Uint8Array(await tab.pdf({ format: 'A4', margin: MARGIN }));
  await tab.close();
  return { pdf, pages };
}

const para = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ children: [new TextRun(plain(text))], ...(heading ? { heading } : {}) });

/** The document as a Word file: headings, paragraphs, bulleted lists and tables. */
export async function toDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.kind === 'heading')
      return [para(b.text, b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3)];
    if (b.kind === 'paragraph') return [para(b.text)];
    if (b.kind === 'list')
      return b.items.map(
        (it) => new Paragraph({ children: [new TextRun(plain(it.text))], bullet: { level: 0 } }),
      );
    const row = (cells: string[][]) =>
      new TableRow({
        children: cells.map(
          (c) =>
            new TableCell({ children: c.length > 0 ? c.map((p) => para(p)) : [new Paragraph('')] }),
        ),
      });
    return [
      new Table({ rows: [row(b.header.cells), ...b.rows.map((r) => row(r.cells))] }),
      new Paragraph(''),
    ];
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
