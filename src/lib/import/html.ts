/**
 * An HTML document (a council's web page, or a Word file as mammoth turns it into HTML) as a
 * source text: headings as `##`/`###` lines, paragraphs and list items one a line, table rows as
 * tab-separated cells. Only layout is changed: every word of the document's text is kept, in order.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'button', 'form']);
// Elements whose text runs on within the line; everything else starts a new block.
const INLINE = new Set(
  'a abbr b br bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr font'.split(
    ' ',
  ),
);

/** Escapes what the source parser would read as markup; it decodes these entities back. */
export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
const tidy = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').trim();

/** The text of nodes' inline content, with blocks inside them read as separate paragraphs. */
function paragraphsOf(nodes: readonly Node[]): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    if (tidy(line)) out.push(tidy(line));
    line = '';
  };
  const walk = (n: Node) => {
    if (n.nodeName === '#text') {
      line += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(n) || SKIP.has(n.tagName)) return;
    if (n.tagName === 'br') {
      line += ' ';
      return;
    }
    const inline = INLINE.has(n.tagName);
    if (!inline) flush();
    children(n).forEach(walk);
    if (!inline) flush();
  };
  nodes.forEach(walk);
  flush();
  return out;
}
const paragraphs = (node: Node) => paragraphsOf(children(node));
const isList = (n: Node) => isElement(n) && (n.tagName === 'ul' || n.tagName === 'ol');

function tableRows(table: Element): string[] {
  const rows: Element[] = [];
  const collect = (n: Node) => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') rows.push(n);
    else if (n.tagName !== 'table') children(n).forEach(collect);
  };
  children(table).forEach(collect);
  return rows.map((tr) =>
    children(tr)
      .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      .map((cell) => {
        const paras = paragraphs(cell).map(escapeText);
        return paras.length > 1 ? paras.map((p) => `<p>${p}</p>`).join(' ') : (paras[0] ?? '');
      })
      .join('\t'),
  );
}

/** The body's blocks as source-text lines, one block a line, with a blank line between blocks. */
function blockLines(root: Node): string[] {
  const lines: string[] = [];
  const text = (n: Node) => paragraphs(n).map(escapeText).join(' ');
  const isInline = (n: Node) => n.nodeName === '#text' || (isElement(n) && INLINE.has(n.tagName));
  // A container's runs of text and inline elements are paragraphs; its blocks are read in turn.
  const container = (n: Node) => {
    let run: Node[] = [];
    const flush = () => {
      lines.push(...paragraphsOf(run).map(escapeText));
      run = [];
    };
    for (const c of children(n)) {
      if (isInline(c)) run.push(c);
      else {
        flush();
        walk(c);
      }
    }
    flush();
  };
  const walk = (n: Node) => {
    if (!isElement(n) || SKIP.has(n.tagName)) return;
    const tag = n.tagName;
    if (/^h[1-6]$/.test(tag)) {
      const t = text(n);
      if (t) lines.push(`${Number(tag[1]) <= 2 ? '##' : '###'} ${t}`);
    } else if (tag === 'table') lines.push(...tableRows(n), '');
    else if (tag === 'li') listItem(n);
    else container(n);
  };
  // A list item's own words, then any list inside it, each item on its own line.
  const listItem = (li: Element) => {
    const words = paragraphsOf(children(li).filter((c) => !isList(c)));
    if (words.length > 0) lines.push(`- ${words.map(escapeText).join(' ')}`);
    children(li).filter(isList).forEach(walk);
  };
  container(root);
  return lines;
}

const find = (n: Node, tag: string): Element | null => {
  if (isElement(n) && n.tagName === tag) return n;
  for (const c of children(n)) {
    const f = find(c, tag);
    if (f) return f;
  }
  return null;
};

/** Converts a whole HTML document (or fragment) to source text; reads `<main>` where a page has one. */
export function htmlToSourceText(html: string): string {
  const doc = parse(html);
  const root = find(doc, 'main') ?? find(doc, 'body') ?? doc;
  const lines = blockLines(root);
  // One blank line between blocks, never two in a row, and none inside a table.
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(l);
  }
  return `${out.join('\n').trim()}\n`;
}
