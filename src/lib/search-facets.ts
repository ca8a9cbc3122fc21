/**
 * What the search script needs to know of every Pagefind page before it loads any (src/lib/search-query.ts
 * `Facets`), and the small display file of each part: built after Pagefind has written its index,
 * from the records and Pagefind's own fragments, so item positions are Pagefind's word locations.
 * Also the index's own words, for spelling suggestions.
 */
import type { FacetPart, Facets, FilterGroup } from './search-query.ts';
import { normalise } from './search-query.ts';
import { pageThemes, type SearchPage, type SearchRecord } from './search-records.ts';

/** What the build reads from one Pagefind fragment file. */
export type Fragment = {
  id: string;
  url: string;
  content: string;
  anchors: { id: string; text: string; location: number }[];
};

/**
 * One part's display file: what the search page shows of its items. Locations are the Pagefind
 * page's; `content` is the part's words only, starting at word `offset`.
 */
export type PartFile = {
  url: string;
  heading: string;
  strategy: string;
  offset: number;
  content: string;
  anchors: { id: string; text: string; location: number }[];
};

/**
 * `values.json`, loaded as the search page starts: the filter values, and the counts of every item
 * (what the filters show before a search). On a site whose every page's facets are small (up to
 * WHOLE_FACETS_MAX), it carries them too (`pages`), so the first results need no facet file of
 * their own; on a large one they load as `facets/<id>.json` for the best pages, then `facets.json`.
 */
export type SearchValues = {
  values: Facets['values'];
  totals: Record<FilterGroup, number[]>;
  pages?: Facets['pages'];
};

/**
 * Bytes of every page's facets (as JSON, before compression) that `values.json` carries whole.
 * They are 15.8 KB on the real site (5.5 KB gzipped, no more than the per-page files a first search
 * fetched instead) and 330 KB at 100 synthetic strategies, where a first search must not wait for them.
 */
export const WHOLE_FACETS_MAX = 32 * 1024;

/** What `values.json` says for these facets (see SearchValues). */
export function searchValues(facets: Facets, totals: SearchValues['totals']): SearchValues {
  const whole = JSON.stringify(facets.pages).length <= WHOLE_FACETS_MAX;
  return { values: facets.values, totals, ...(whole ? { pages: facets.pages } : {}) };
}

/** The filter values, each sorted: indices into these are what the facets carry. */
export function facetValues(records: readonly SearchRecord[]): Facets['values'] {
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return {
    theme: sorted(records.flatMap((r) => r.sections.flatMap((s) => s.themes))),
    type: sorted(records.flatMap((r) => r.sections.flatMap((s) => (s.type ? [s.type] : [])))),
    council: sorted(records.flatMap((r) => r.filters.council)),
    year: sorted(records.flatMap((r) => r.filters.year)),
  };
}

/** A page's facets entry and its parts' display files, from its Pagefind fragment. */
function pageFacets(
  page: SearchPage,
  f: Fragment,
  values: Facets['values'],
  file: (part: number) => string,
): { entry: Facets['pages'][number]; parts: PartFile[] } {
  const at = (group: FilterGroup, v: string) => values[group].indexOf(v);
  const loc = new Map(f.anchors.map((a) => [a.id, a]));
  const where = (id: string) => {
    const l = loc.get(id)?.location;
    if (l === undefined) throw new Error(`Pagefind lost the anchor #${id} of ${page.url}`);
    return l;
  };
  const words = f.content.split(/\s+/);
  const first = page.records[0]!;
  const themeSecs = pageThemes(page).flatMap((t) => [where(`theme-${t.id}`), at('theme', t.title)]);
  const items: number[][] = [];
  const parts: FacetPart[] = [];
  const several = page.records.length > 1;
  const starts = page.records.map((r, k) =>
    several ? where(`part-${k}`) : r.sections[0] ? where(r.sections[0].id) : 0,
  );
  const files = page.records.map((r, k): PartFile => {
    parts.push([items.length, several ? starts[k]! : -1, file(k)]);
    for (const s of r.sections)
      items.push([
        where(s.id),
        s.type ? at('type', s.type) : -1,
        ...s.themes.map((t) => at('theme', t)),
      ]);
    const offset = starts[k]!;
    const end = starts[k + 1] ?? words.length;
    return {
      url: r.url,
      heading: r.meta['heading'] ?? r.title,
      strategy: r.meta['strategy'] ?? '',
      offset,
      content: words.slice(offset, end).join(' '),
      anchors: r.sections.map((s) => ({
        id: s.id,
        text: loc.get(s.id)?.text ?? s.heading,
        location: where(s.id),
      })),
    };
  });
  const entry: Facets['pages'][number] = [
    f.id,
    at('council', first.filters.council[0] ?? ''),
    at('year', first.filters.year[0] ?? ''),
    themeSecs,
    items,
    parts,
  ];
  return { entry, parts: files };
}

/** Every page's facets, and each part's display file keyed by its file name. */
export function buildFacets(
  pages: readonly SearchPage[],
  fragments: readonly Fragment[],
): { facets: Facets; files: Map<string, PartFile> } {
  const byUrl = new Map(fragments.map((f) => [f.url, f]));
  const values = facetValues(pages.flatMap((p) => p.records));
  const files = new Map<string, PartFile>();
  const entries = pages.map((page, i) => {
    const f = byUrl.get(page.url);
    if (!f) throw new Error(`Pagefind wrote no fragment for search page ${page.url}`);
    const { entry, parts } = pageFacets(page, f, values, (k) => `${i}-${k}`);
    parts.forEach((p, k) => files.set(`${i}-${k}`, p));
    return entry;
  });
  return { facets: { values, pages: entries }, files };
}

/** The index's own words, most frequent first: words of three to twenty letters used at least twice. */
export function indexWords(records: readonly SearchRecord[]): string[] {
  const freq = new Map<string, number>();
  for (const r of records)
    for (const s of r.sections)
      for (const w of normalise(`${s.heading} ${s.body}`).split(' '))
        if (/^\p{L}{3,20}$/u.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
}
