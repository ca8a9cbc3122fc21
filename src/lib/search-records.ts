/**
 * Search records, one per page a reader lands on: a strategy's heading page, or a page of a source
 * document. Each item (or passage) inside is a sub-section with its own anchor, so a result lists the
 * matching items and each opens at its permalink. A record per item would be finer, but Pagefind's
 * start-up data grows by about 6 bytes per record and the first search must stay within 200 KB at
 * national scale (~20,000 items); see docs/benchmarks.md. Theme titles and synonyms are indexed once
 * per page, as `theme-<id>` sub-sections, rather than repeated on every item. Filters are not indexed
 * by Pagefind (it would count pages): each item's type and themes, and each page's council and year,
 * go to the search script in a small facets file (src/lib/search-facets.ts), so it filters and
 * counts the items a reader sees.
 *
 * Word lists for synonyms and acronyms come from the themes and the glossary, never from a list kept here.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { escapeHtml, findTerms } from './glossary-marks.ts';
import { itemTitle, strategyAndTitle } from './names.ts';
import {
  ITEM_TYPE_LABELS,
  strategyParts,
  type ItemView,
  type SiteModel,
  type StrategyPart,
  type StrategyView,
} from './model.ts';
import { url } from './paths.ts';
import type { SearchBundle } from './search-query.ts';
import { blockPassageIds } from './source-text.ts';
import { stripEmphasis } from './text.ts';

export { SEARCH_BUNDLES, type SearchBundle } from './search-query.ts';

export type SearchSection = {
  /** Anchor on the page: `item-<id>` or `L<line>`. */
  id: string;
  /** The item's title (never its id) or "Line 12": what the search page calls the sub-section. */
  label: string;
  /** Theme titles, as the theme filter names them. */
  themes: string[];
  /** The item's type as the type filter names it ("Commitment"); passages have none. */
  type?: string;
  /** Indexed at heading weight: an item's human title (names.ts `itemTitle`), or a passage's line. */
  heading: string;
  body: string;
  /** Related words indexed with low weight: theme synonyms, acronym expansions and back. */
  related: string[];
};

export type SearchRecord = {
  bundle: SearchBundle;
  /** The Pagefind page the record is a part of: a strategy's page for its heading pages. */
  page: { url: string; title: string };
  url: string;
  title: string;
  /** The themes on the page, each indexed once with its synonyms (`theme-<id>` sub-sections). */
  themes: { id: string; title: string; synonyms: string[] }[];
  sections: SearchSection[];
  /** Documents have no item type. Not indexed: the facets file carries them (src/lib/search-facets.ts). */
  filters: { theme: string[]; council: string[]; type?: string[]; year: string[] };
  meta: Record<string, string>;
};

/** Acronyms found in a text bring their expansions, and expansions their acronyms (one compiled matcher). */
export function glossaryWords(text: string, glossary: readonly GlossaryTerm[]): string[] {
  const out = new Set<string>();
  for (const { term, form } of findTerms(text, glossary)) {
    if (form === 'expansion') out.add(term.term);
    else if (term.expansion) out.add(term.expansion);
  }
  return [...out];
}

/** What every record kind needs: the glossary, and the site's themes looked up by id. */
type RecordContext = {
  glossary: readonly GlossaryTerm[];
  /** The themes with these ids, in the order given; unknown ids are left out. */
  titles: (ids: readonly string[]) => SiteModel['themes'];
  /** The themes on a page, each once and sorted by id, with the words indexed for them. */
  onPage: (ids: readonly string[]) => SearchRecord['themes'];
};

const unique = <T>(xs: T[]) => [...new Set(xs)].sort();

/** Where the build writes the search records (deleted once the indexes are built from them). */
export const RECORDS_DIR = 'search-records/';

/** The name of strategy `i`'s records file (in the site's order): numbered so names sort in that order. */
export const recordsFile = (i: number) => String(i).padStart(6, '0');

function recordContext(site: SiteModel): RecordContext {
  const themes = new Map(site.themes.map((t) => [t.id, t]));
  const titles = (ids: readonly string[]) =>
    ids.map((id) => themes.get(id)).filter((t) => t !== undefined);
  return {
    glossary: site.glossary,
    titles,
    onPage: (ids) =>
      titles(unique([...ids])).map((t) => ({ id: t.id, title: t.title, synonyms: t.synonyms })),
  };
}

/** Every strategy's records, in the site's order: its heading pages, then its source document's pages. */
export function searchRecords(site: SiteModel): SearchRecord[] {
  const ctx = recordContext(site);
  return site.strategies.flatMap((s) => strategyRecords(site, s, ctx));
}

/**
 * One strategy's records, or only those of one bundle: the build writes each strategy's records to a
 * file of its own (src/pages/search-records/), so no file or string holds the whole corpus's records.
 */
export function strategySearchRecords(
  site: SiteModel,
  s: StrategyView,
  only?: SearchBundle,
): SearchRecord[] {
  return strategyRecords(site, s, recordContext(site), only);
}

function strategyRecords(
  site: SiteModel,
  s: StrategyView,
  ctx: RecordContext,
  only?: SearchBundle,
): SearchRecord[] {
  const source = site.sources.find((src) => src.id === s.source);
  return [
    ...(only === 'documents' ? [] : strategyParts(s).map((part) => partRecord(s, part, ctx))),
    ...(only === 'items' ? [] : documentRecords(s, source, ctx)),
  ];
}

/** One strategy heading page (or its context page), each item a sub-section. */
function partRecord(s: StrategyView, part: StrategyPart, ctx: RecordContext): SearchRecord {
  const partHeading = part.heading ? part.heading.title : 'Context and other items';
  return {
    bundle: 'items',
    page: { url: url.strategy(s.id), title: s.shortTitle },
    url: url.strategyPart(s.id, part.id),
    title: `${s.shortTitle}: ${partHeading}`,
    themes: ctx.onPage(part.items.flatMap((i) => i.themes)),
    sections: part.items.map((item) => itemSection(item, ctx)),
    filters: {
      theme: unique(ctx.titles(part.items.flatMap((i) => i.themes)).map((t) => t.title)),
      council: [s.councilName],
      type: unique(part.items.map((i) => ITEM_TYPE_LABELS[i.type].one)),
      year: [String(s.date.year)],
    },
    meta: { heading: partHeading, strategy: strategyAndTitle(s) },
  };
}

function itemSection(item: ItemView, ctx: RecordContext): SearchSection {
  const heading = itemTitle(item);
  const full =
    item.type === 'figure' ? `${item.stated} ${item.measure}. ${item.summary}` : item.summary;
  const body = `${full === heading ? '' : `${full} `}“${item.quote}”`;
  return {
    id: `item-${item.id}`,
    label: heading,
    themes: ctx.titles(item.themes).map((t) => t.title),
    type: ITEM_TYPE_LABELS[item.type].one,
    heading,
    body,
    related: unique(glossaryWords(`${heading} ${body}`, ctx.glossary)),
  };
}

/** One record per reader page of a strategy's source document, each passage a sub-section. */
function documentRecords(
  s: StrategyView,
  source: SiteModel['sources'][number] | undefined,
  ctx: RecordContext,
): SearchRecord[] {
  if (!source) return [];
  // A passage is on the themes of the items quoting it.
  const themesByPassage = new Map<string, string[]>();
  for (const item of s.items)
    for (const p of item.passages)
      themesByPassage.set(p, [...(themesByPassage.get(p) ?? []), ...item.themes]);
  const passages = new Map(source.data.passages.map((p) => [p.id, p]));
  return source.pages.map((blocks, i) => {
    const sections = blocks.flatMap(blockPassageIds).flatMap((id) => {
      const p = passages.get(id);
      if (!p) return [];
      const themes = ctx.titles(unique(themesByPassage.get(id) ?? [])).map((t) => t.title);
      return [passageSection(id, p, themes, ctx)];
    });
    const pageOf = source.pages.length > 1 ? `, page ${i + 1} of ${source.pages.length}` : '';
    const docTitle = `${s.shortTitle}: source document${pageOf}`;
    return {
      bundle: 'documents',
      page: { url: url.sourcePage(s.source, i + 1), title: docTitle },
      url: url.sourcePage(s.source, i + 1),
      themes: ctx.onPage(sections.flatMap((x) => themesByPassage.get(x.id) ?? [])),
      title: docTitle,
      sections,
      filters: {
        theme: unique(sections.flatMap((x) => x.themes)),
        council: [s.councilName],
        year: [String(s.date.year)],
      },
      meta: {
        heading: `The document in full${pageOf}`,
        strategy: strategyAndTitle(s),
      },
    };
  });
}

function passageSection(
  id: string,
  p: { line: number; text: string },
  themes: string[],
  ctx: RecordContext,
): SearchSection {
  return {
    id,
    label: `Line ${p.line}`,
    themes,
    heading: `Line ${p.line}`,
    body: stripEmphasis(p.text),
    related: glossaryWords(p.text, ctx.glossary),
  };
}

/** A Pagefind page: its records in order (a strategy's heading pages, or one page of a document). */
export type SearchPage = { url: string; title: string; records: SearchRecord[] };

/** Records grouped into their Pagefind pages, in order of first appearance. */
export function searchPages(records: readonly SearchRecord[]): SearchPage[] {
  const pages = new Map<string, SearchPage>();
  for (const r of records) {
    const p = pages.get(r.page.url) ?? { ...r.page, records: [] };
    p.records.push(r);
    pages.set(r.page.url, p);
  }
  return [...pages.values()];
}

/** The themes on any part of a page, each once. */
export const pageThemes = (page: SearchPage) => [
  ...new Map(page.records.flatMap((r) => r.themes).map((t) => [t.id, t])).values(),
];

/**
 * The small HTML document Pagefind indexes for one page: its themes' words once, then each part
 * (under a `part-<k>` heading when the page has several) with each item a headed sub-section.
 */
export function pageHtml(page: SearchPage): string {
  // Synonyms once per theme on the page, not once per item: the index and each result stay small.
  // The search script reads a `theme-<id>` match as a match for the page's items on that theme.
  const themes = pageThemes(page)
    .map(
      (t) =>
        `<h2 id="theme-${escapeHtml(t.id)}">${escapeHtml(t.title)}</h2>` +
        `<p data-pagefind-weight="0.5">${escapeHtml(t.synonyms.join(', '))}</p>`,
    )
    .join('');
  const several = page.records.length > 1;
  const parts = page.records
    .map((r, k) => {
      const heading = several
        ? `<h2 id="part-${k}">${escapeHtml(r.meta['heading'] ?? '')}</h2>`
        : '';
      const sections = r.sections
        .map(
          (x) =>
            `<h2 id="${escapeHtml(x.id)}">${escapeHtml(x.heading)}</h2><p>${escapeHtml(x.body)}</p>` +
            relatedHtml(x.related),
        )
        .join('');
      return `${heading}${sections}`;
    })
    .join('');
  const title = escapeHtml(page.title);
  const main = `<main data-pagefind-body><h1>${title}</h1>${themes}${parts}</main>`;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${main}</body></html>`;
}

/** A section's related words, at low weight; none, no paragraph. */
const relatedHtml = (related: readonly string[]) =>
  related.length
    ? `<p data-pagefind-weight="0.5">${RELATED} ${escapeHtml(related.join(', '))}</p>`
    : '';

/** Starts the low-weight related words of a section; excerpts end before it. */
export const RELATED = 'Related terms:';
