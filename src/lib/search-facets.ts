/**
 * What the search script needs to know of every record before it loads any (src/lib/search-query.ts
 * `Facets`): built after Pagefind has written its index, from the records and Pagefind's own
 * fragments, so item positions are Pagefind's word locations. Also the index's own words, for
 * spelling suggestions.
 */
import type { Facets, FilterGroup } from './search-query.ts';
import { normalise } from './search-query.ts';
import type { SearchRecord } from './search-records.ts';

/** What the build reads from one Pagefind fragment file. */
export type Fragment = {
  id: string;
  url: string;
  anchors: { id: string; location: number }[];
  /** The fragment group file it is in, when Pagefind groups them. */
  group?: string | undefined;
};

export function buildFacets(
  records: readonly SearchRecord[],
  fragments: readonly Fragment[],
): Facets {
  const byUrl = new Map(fragments.map((f) => [f.url, f]));
  const values: Record<FilterGroup, string[]> = {
    theme: [...new Set(records.flatMap((r) => r.sections.flatMap((s) => s.themes)))].sort(),
    type: [
      ...new Set(records.flatMap((r) => r.sections.flatMap((s) => (s.type ? [s.type] : [])))),
    ].sort(),
    council: [...new Set(records.flatMap((r) => r.filters.council))].sort(),
    year: [...new Set(records.flatMap((r) => r.filters.year))].sort(),
  };
  const at = (group: FilterGroup, v: string) => values[group].indexOf(v);
  const pages = records.map((r): Facets['pages'][number] => {
    const f = byUrl.get(r.url);
    if (!f) throw new Error(`Pagefind wrote no fragment for search record ${r.url}`);
    const loc = new Map(f.anchors.map((a) => [a.id, a.location]));
    const where = (id: string) => {
      const l = loc.get(id);
      if (l === undefined) throw new Error(`Pagefind lost the anchor #${id} of ${r.url}`);
      return l;
    };
    const themeSecs = r.themes.flatMap((t) => [where(`theme-${t.id}`), at('theme', t.title)]);
    const items = r.sections.map((s) => [
      where(s.id),
      s.type ? at('type', s.type) : -1,
      ...s.themes.map((t) => at('theme', t)),
    ]);
    const page: Facets['pages'][number] = [
      f.id,
      at('council', r.filters.council[0] ?? ''),
      at('year', r.filters.year[0] ?? ''),
      themeSecs,
      items,
    ];
    if (f.group) page.push(f.group);
    return page;
  });
  return { values, pages };
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
