/**
 * Checks on the words a reader meets, over the built HTML: link texts that are ids, council names
 * said twice in one heading or label, words glued together where a template's text meets an
 * element, and headings that start with a dash. Pure, so tests/unit/words-check.test.ts can prove
 * each check catches what it is for.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { files } from './site-files.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Elements whose text is never shown, and elements that break a line (an innerText-like rendering). */
const UNSEEN = new Set(['script', 'style', 'template', 'head', 'noscript', 'svg']);
const BLOCKS = new Set(
  (
    'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr label legend li main nav ol option p pre section ' +
    'summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** The text of a node as a reader meets it: hidden parts left out, a line break at each block. */
export function visibleText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  if (isElement(node)) {
    if (UNSEEN.has(node.tagName) || attr(node, 'hidden') !== undefined) return '';
    if (attr(node, 'aria-hidden') === 'true') return '';
  }
  const inner = node.childNodes.map(visibleText).join('');
  return isElement(node) && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** Text with spaces folded, as a label or heading reads. */
export const words = (node: Node) => visibleText(node).replace(/\s+/g, ' ').trim();

export function elements(node: Node, test: (el: Element) => boolean, out: Element[] = []) {
  if (isElement(node) && test(node)) out.push(node);
  if ('childNodes' in node) for (const c of node.childNodes) elements(c, test, out);
  // A <template>'s content is a separate fragment, never shown as it stands.
  return out;
}

export const parseHtml = (html: string) => parse(html);
export const mainOf = (doc: Node) => elements(doc, (el) => el.tagName === 'main')[0];

// ---- link texts ----

/**
 * Whether a link's text names an item by its id: the id alone, "Item <id>", or a type label
 * followed by an id ("Commitment 6.2-out", "Carers' feedback said-flexible-respite").
 */
export function isIdText(text: string, ids: ReadonlySet<string>, labels: readonly string[]) {
  const t = text.replace(/\s+/g, ' ').trim();
  if (ids.has(t)) return true;
  for (const label of ['Item', ...labels]) {
    if (!t.toLowerCase().startsWith(`${label.toLowerCase()} `)) continue;
    const rest = t.slice(label.length + 1);
    if (ids.has(rest) || /^[\w.]*[\d.-][\w.-]*$/.test(rest)) return true;
  }
  return false;
}

/** Links inside <main> whose text names an item by its id, with the page-relative text. */
export function idLinks(doc: Node, ids: ReadonlySet<string>, labels: readonly string[]) {
  const main = mainOf(doc);
  if (!main) return { all: 0, bad: [] };
  const links = elements(main, (el) => el.tagName === 'a' && attr(el, 'href') !== undefined);
  return {
    all: links.length,
    bad: links.map(words).filter((t) => isIdText(t, ids, labels)),
  };
}

// ---- names said once ----

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest label in which any second mention of a council counts as a repeat. */
export const SHORT_LABEL = 100;

/**
 * Council names said twice in one heading or label: back to back ("Barnet · Barnet 2009-2012",
 * "Leicestershire: Leicestershire 2008-2011"), or anywhere in a short label. A long caption or
 * table cell quoting the source may name its council more than once in its own words.
 */
export function repeatedNames(text: string, names: readonly string[]): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  return names.filter((n) => {
    const name = `(?<![\\w-])${escape(n)}(?![\\w-])`;
    const twice = (t.match(new RegExp(name, 'g')) ?? []).length > 1;
    const backToBack = new RegExp(`${name}\\W{0,4}${name}`).test(t);
    return backToBack || (twice && t.length <= SHORT_LABEL);
  });
}

/** An item's headline: our summary's own sentence, which may name a place twice in its words. */
const isHeadline = (el: Element) => (attr(el, 'class') ?? '').split(' ').includes('item-title');

/**
 * The headings, title, captions, table headers and aria-labels of a page: where names must be
 * said once. Item headlines are left out: they are the summary's words, not a name we compose.
 */
export function labels(doc: Node): string[] {
  const named = elements(
    doc,
    (el) => /^(h[1-6]|title|caption|th)$/.test(el.tagName) && !isHeadline(el),
  ).map(words);
  const aria = elements(doc, (el) => attr(el, 'aria-label') !== undefined).map(
    (el) => attr(el, 'aria-label') ?? '',
  );
  return [...named, ...aria];
}

export const headings = (doc: Node) =>
  elements(doc, (el) => /^h[1-6]$/.test(el.tagName)).map(words);

export const startsWithDash = (text: string) => /^[-–—‐]/.test(text.trim());

// ---- glued words ----

/** Joins seen on the site before (the Astro compiler dropped a space at an element's edge). */
export const KNOWN_JOINS = ['strategiesand', 'assource', 'respiteParent'];

/** Lower-cased words of a text, letters only. */
export const wordSet = (text: string) =>
  new Set(text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []);

/** Words in the text of the site's templates (src/**\/*.astro, outside the frontmatter and tags). */
export function templateVocabulary(root = 'src'): Set<string> {
  const text = files(root)
    .filter((f) => f.endsWith('.astro'))
    .map((f) =>
      readFileSync(f, 'utf8')
        .replace(/^---[\s\S]*?\n---/, ' ')
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]*>|\{[^{}]*\}/g, ' '),
    )
    .join(' ');
  return new Set([...wordSet(text)].filter((w) => w.length >= 2));
}

/** Every word the content and the code write (content/, src/): words, so never joins. */
export function knownVocabulary(roots = ['content', 'src']): Set<string> {
  const known = new Set<string>();
  for (const root of roots)
    for (const f of files(root))
      if (/\.(ya?ml|md|txt|ts|astro)$/.test(f))
        for (const w of wordSet(readFileSync(f, 'utf8'))) known.add(w);
  return known;
}

export type Vocabulary = {
  /** Words a join may end with: the templates' own words. */
  template: ReadonlySet<string>;
  /** Every word known to be a word (templates and content): a known word is never a join. */
  known: ReadonlySet<string>;
};

/**
 * Glued words in a text: a known join; a lower-case run followed straight by a capitalised
 * word ("respiteParent"); or an unknown word that is a known word followed by a template word
 * ("strategiesand" = "strategies" + "and").
 */
export function gluedWords(text: string, vocab: Vocabulary): string[] {
  const found = new Set<string>();
  for (const token of text.match(/[A-Za-z]+/g) ?? []) {
    const lower = token.toLowerCase();
    if (KNOWN_JOINS.some((j) => j.toLowerCase() === lower)) {
      found.add(token);
      continue;
    }
    if (vocab.known.has(lower)) continue;
    if (/[a-z]{2,}[A-Z][a-z]+/.test(token)) {
      const [, head = '', tail = ''] = /([a-z]{2,})([A-Z][a-z]+)/.exec(token) ?? [];
      if (vocab.known.has(head.toLowerCase()) || vocab.known.has(tail.toLowerCase()))
        found.add(token);
      continue;
    }
    if (!/^[a-z]+$/.test(token) || token.length < 5) continue;
    for (let k = 2; k <= token.length - 2; k++) {
      if (vocab.known.has(token.slice(0, k)) && vocab.template.has(token.slice(k))) {
        found.add(token);
        break;
      }
    }
  }
  return [...found];
}
