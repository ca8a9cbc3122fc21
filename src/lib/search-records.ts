/**
 * Search records, one per page a reader lands on: a strategy's heading page, or a page of a source
 * document. Each item (or passage) inside is a sub-section with its own anchor, so a result lists the
 * matching items and each opens at its permalink. A record per item would be finer, but Pagefind's
 * start-up data grows by about 6 bytes per record and the first search must stay within 200 KB at
 * national scale (~20,000 items); see docs/benchmarks.md. Theme titles and synonyms are indexed once
 * per page, as `theme-<id>` sub-sections, rather than repeated on every item. Filters describe the whole page (a page is
 * in a theme when any item on it is); the record's `items` metadata gives each sub-section's label
 * and themes, so the search page can list only the items that match every chosen filter.
 *
 * Word lists for synonyms and acronyms come from the themes and the glossary, never from a list kept here.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { escapeHtml } from './glossary-marks.ts';
import { ITEM_TYPE_LABELS, strategyParts, type SiteModel } from './model.ts';
import { url } from './paths.ts';
import { blockPassageIds } from './source-text.ts';

/**
 * Two Pagefind bundles: our items, searched by default, and the councils' documents in full, loaded
 * only when someone searches them. Source text is most of the words, so keeping it apart keeps
 * every items search small.
 */
export const SEARCH_BUNDLES = { items: 'pagefind/', documents: 'pagefind-documents/' } as const;
export type SearchBundle = keyof typeof SEARCH_BUNDLES;

export type SearchSection = {
  /** Anchor on the page: `item-<id>` or `L<line>`. */
  id: string;
  /** "Commitment 3.1" or "Line 12": what the search page calls the sub-section. */
  label: string;
  /** Theme titles, as the theme filter names them. */
  themes: string[];
  /** Indexed at heading weight: an item's title, or a passage's line. */
  heading: string;
  body: string;
  /** Related words indexed with low weight: theme synonyms, acronym expansions and back. */
  related: string[];
};

export type SearchRecord = {
  bundle: SearchBundle;
  url: string;
  title: string;
  /** The themes on the page, each indexed once with its synonyms (`theme-<id>` sub-sections). */
  themes: { id: string; title: string; synonyms: string[] }[];
  sections: SearchSection[];
  /** Documents have no item type. */
  filters: { theme: string[]; council: string[]; type?: string[]; year: string[] };
  meta: Record<string, string>;
};

/** Acronyms found in a text bring their expansions, and expansions their acronyms. */
export function glossaryWords(text: string, glossary: readonly GlossaryTerm[]): string[] {
  const out: string[] = [];
  const has = (phrase: string) =>
    new RegExp(`(?<![\\w-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(
      text,
    );
  for (const g of glossary) {
    const forms = [g.term, ...g.aliases];
    if (forms.some(has) && g.expansion) out.push(g.expansion);
    if (g.expansion && has(g.expansion)) out.push(g.term);
  }
  return out;
}

export function searchRecords(site: SiteModel): SearchRecord[] {
  const themes = new Map(site.themes.map((t) => [t.id, t]));
  const titles = (ids: readonly string[]) =>
    ids.map((id) => themes.get(id)).filter((t) => t !== undefined);
  const unique = <T>(xs: T[]) => [...new Set(xs)].sort();
  const pageThemes = (ids: readonly string[]) =>
    titles(unique([...ids])).map((t) => ({ id: t.id, title: t.title, synonyms: t.synonyms }));
  const records: SearchRecord[] = [];
  for (const s of site.strategies) {
    const year = String(s.date.year);
    const themesByPassage = new Map<string, string[]>();
    for (const item of s.items)
      for (const p of item.passages)
        themesByPassage.set(p, [...(themesByPassage.get(p) ?? []), ...item.themes]);
    for (const part of strategyParts(s)) {
      const sections = part.items.map((item) => {
        const itemThemes = titles(item.themes);
        const heading =
          item.type === 'good-practice'
            ? item.name
            : item.type === 'figure'
              ? `${item.stated} ${item.measure}`
              : item.summary;
        const body = `${heading === item.summary ? '' : `${item.summary} `}“${item.quote}”`;
        return {
          id: `item-${item.id}`,
          label: `${ITEM_TYPE_LABELS[item.type].one} ${item.id}`,
          themes: itemThemes.map((t) => t.title),
          heading,
          body,
          related: unique(glossaryWords(`${heading} ${body}`, site.glossary)),
        };
      });
      const title = `${s.shortTitle}: ${part.heading ? part.heading.title : 'context and other items'}`;
      records.push({
        bundle: 'items',
        url: url.strategyPart(s.id, part.id),
        title,
        themes: pageThemes(part.items.flatMap((i) => i.themes)),
        sections,
        filters: {
          theme: unique(titles(part.items.flatMap((i) => i.themes)).map((t) => t.title)),
          council: [s.councilName],
          type: unique(part.items.map((i) => ITEM_TYPE_LABELS[i.type].one)),
          year: [year],
        },
        meta: { council: s.councilName, strategy: s.shortTitle },
      });
    }
    const source = site.sources.find((src) => src.id === s.source);
    const passages = new Map(source?.data.passages.map((p) => [p.id, p]));
    source?.pages.forEach((blocks, i) => {
      const sections = blocks.flatMap(blockPassageIds).flatMap((id) => {
        const p = passages.get(id);
        if (!p) return [];
        const pThemes = titles(unique(themesByPassage.get(id) ?? [])).map((t) => t.title);
        return [
          {
            id,
            label: `Line ${p.line}`,
            themes: pThemes,
            heading: `Line ${p.line}`,
            body: p.text.replace(/\*+/g, ''),
            related: glossaryWords(p.text, site.glossary),
          },
        ];
      });
      records.push({
        bundle: 'documents',
        url: url.sourcePage(s.source, i + 1),
        themes: pageThemes(sections.flatMap((x) => themesByPassage.get(x.id) ?? [])),
        title: `${s.shortTitle}: source document${source.pages.length > 1 ? `, page ${i + 1} of ${source.pages.length}` : ''}`,
        sections,
        filters: {
          theme: unique(sections.flatMap((x) => x.themes)),
          council: [s.councilName],
          year: [year],
        },
        meta: { council: s.councilName, strategy: s.shortTitle },
      });
    });
  }
  return records;
}

/** The small HTML document Pagefind indexes for one record: each item a headed sub-section with its anchor. */
export function recordHtml(r: SearchRecord): string {
  const items = JSON.stringify(
    Object.fromEntries(r.sections.map((x) => [x.id, [x.label, x.themes]])),
  );
  const metas = Object.entries(r.filters)
    .flatMap(([name, values = []]) =>
      values.map(
        (v) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(v)}">`,
      ),
    )
    .concat(
      Object.entries({ ...r.meta, items }).map(
        ([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v)}">`,
      ),
    )
    .join('');
  // Synonyms once per theme on the page, not once per item: the index and each result stay small.
  // The search page reads a `theme-<id>` match as a match for the page's items on that theme.
  const themes = r.themes
    .map(
      (t) =>
        `<h2 id="theme-${escapeHtml(t.id)}">${escapeHtml(t.title)}</h2><p data-pagefind-weight="0.5">${escapeHtml(t.synonyms.join(', '))}</p>`,
    )
    .join('');
  const sections = r.sections
    .map(
      (x) =>
        `<h2 id="${escapeHtml(x.id)}">${escapeHtml(x.heading)}</h2><p>${escapeHtml(x.body)}</p>${x.related.length ? `<p data-pagefind-weight="0.5">Related terms: ${escapeHtml(x.related.join(', '))}</p>` : ''}`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(r.title)}</title>${metas}</head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(r.title)}</h1>${themes}${sections}</main></body></html>`;
}
