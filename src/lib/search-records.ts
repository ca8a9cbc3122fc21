/**
 * One search record per item and per source passage, so filters (theme, council, type, strategy,
 * year) apply to each hit and each result opens at its own anchor. Word lists for synonyms and
 * acronyms come from the themes and the glossary, never from a list kept here.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { escapeHtml } from './glossary-marks.ts';
import { ITEM_TYPE_LABELS, type SiteModel } from './model.ts';
import { url } from './paths.ts';

export type SearchRecord = {
  url: string;
  title: string;
  /** Body text: our summary and the quote, or the passage. */
  body: string;
  /** Related words indexed with low weight: theme synonyms, acronym expansions and back. */
  related: string[];
  filters: { theme: string[]; council: string[]; type: string[]; strategy: string[]; year: string[] };
  meta: Record<string, string>;
};

/** Acronyms found in a text bring their expansions, and expansions their acronyms. */
export function glossaryWords(text: string, glossary: readonly GlossaryTerm[]): string[] {
  const out: string[] = [];
  const has = (phrase: string) => new RegExp(`(?<![\\w-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(text);
  for (const g of glossary) {
    const forms = [g.term, ...g.aliases];
    if (forms.some(has) && g.expansion) out.push(g.expansion);
    if (g.expansion && has(g.expansion)) out.push(g.term);
  }
  return out;
}

export function searchRecords(site: SiteModel): SearchRecord[] {
  const themes = new Map(site.themes.map((t) => [t.id, t]));
  const records: SearchRecord[] = [];
  for (const s of site.strategies) {
    const year = String(s.date.year);
    const themesByPassage = new Map<string, Set<string>>();
    for (const item of s.items) {
      const itemThemes = item.themes.map((id) => themes.get(id)).filter((t) => t !== undefined);
      for (const p of item.passages) {
        const set = themesByPassage.get(p) ?? new Set<string>();
        item.themes.forEach((t) => set.add(t));
        themesByPassage.set(p, set);
      }
      const label = ITEM_TYPE_LABELS[item.type].one;
      const heading = item.type === 'good-practice' ? item.name : item.type === 'figure' ? `${item.stated} ${item.measure}` : item.summary;
      const body = `${item.summary} “${item.quote}”`;
      records.push({
        url: url.item(item),
        title: `${heading}`,
        body,
        related: [...new Set([...itemThemes.flatMap((t) => [t.title, ...t.synonyms]), ...glossaryWords(body, site.glossary)])],
        filters: { theme: itemThemes.map((t) => t.title), council: [s.councilName], type: [label], strategy: [s.shortTitle], year: [year] },
        meta: { council: s.councilName, strategy: s.shortTitle, item: item.id, type: label, themes: itemThemes.map((t) => t.title).join(', ') },
      });
    }
    const source = site.sources.find((src) => src.id === s.source);
    for (const p of source?.data.passages ?? []) {
      const ids = [...(themesByPassage.get(p.id) ?? [])];
      const passageThemes = ids.map((id) => themes.get(id)).filter((t) => t !== undefined);
      records.push({
        url: url.source(s.source, p.id),
        title: `${s.shortTitle}, source line ${p.line}`,
        body: p.text.replace(/\*+/g, ''),
        related: glossaryWords(p.text, site.glossary),
        filters: { theme: passageThemes.map((t) => t.title), council: [s.councilName], type: ['Source passage'], strategy: [s.shortTitle], year: [year] },
        meta: { council: s.councilName, strategy: s.shortTitle, item: p.id, type: 'Source passage', themes: passageThemes.map((t) => t.title).join(', ') },
      });
    }
  }
  return records;
}

/** The small HTML document Pagefind indexes for one record: title weighted above body, related words below. */
export function recordHtml(r: SearchRecord): string {
  const metas = Object.entries(r.filters)
    .flatMap(([name, values]) => values.map((v) => `<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(v)}">`))
    .concat(Object.entries(r.meta).map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v)}">`))
    .join('');
  const related = r.related.length ? `<p data-pagefind-weight="0.5">Related terms: ${escapeHtml(r.related.join(', '))}</p>` : '';
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(r.title)}</title>${metas}</head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(r.title)}</h1><p>${escapeHtml(r.body)}</p>${related}</main></body></html>`;
}
