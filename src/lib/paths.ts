/** Internal URLs, all in one place so the base path and anchors stay consistent. */
// Written out in full so Vite replaces it when building (`import.meta.env?.BASE_URL` is left to run time,
// where it is "/" whatever BASE_PATH says); plain Node, which has no import.meta.env, gets "/".
const base = (typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/').replace(
  /\/?$/,
  '/',
);

/**
 * Long source documents are read over several pages, so a passage's URL depends on its page.
 * The data layer registers each document's passage-to-page map once (src/data/site.ts); an
 * unregistered passage falls back to page 1, which the link checker would catch.
 */
const sourcePageOf = new Map<string, ReadonlyMap<string, number>>();
export function registerSourcePages(sourceId: string, pages: ReadonlyMap<string, number>): void {
  sourcePageOf.set(sourceId, pages);
}
const sourcePage = (id: string, n: number) => `${base}sources/${id}/${n > 1 ? `${n}/` : ''}`;

export const url = {
  home: () => base,
  page: (path: string) => `${base}${path.replace(/^\//, '')}`,
  strategy: (id: string) => `${base}strategies/${id}/`,
  strategyTheme: (id: string, theme: string) => `${base}strategies/${id}/themes/${theme}/`,
  strategyPart: (strategy: string, part: string) => `${base}strategies/${strategy}/${part}/`,
  /** An item's permalink: its strategy sub-page, at the item. */
  item: (item: { strategyId: string; part: string; id: string }) =>
    `${base}strategies/${item.strategyId}/${item.part}/#item-${item.id}`,
  /**
   * Commitments of a strategy listed by whether they name a lead, date or measure; one page per
   * aspect, with a section per theme (`#on-<theme>`), rather than a page per theme and aspect.
   */
  specificity: (strategy: string, aspect: string, theme?: string) =>
    `${base}strategies/${strategy}/specificity/${aspect}/${theme ? `#on-${theme}` : ''}`,
  council: (id: string) => `${base}councils/${id}/`,
  theme: (id: string) => `${base}themes/${id}/`,
  /** A source document's first page, or the page holding a passage, at the passage. */
  source: (id: string, passage?: string) =>
    passage
      ? `${sourcePage(id, sourcePageOf.get(id)?.get(passage) ?? 1)}#${passage}`
      : sourcePage(id, 1),
  sourcePage,
  /** A compare page: page 1 is /compare/, then /compare/2/ and on. */
  compare: (page = 1) => `${base}compare/${page > 1 ? `${page}/` : ''}`,
  /** Every strategy with its compare page, for the compare chooser. */
  compareIndex: () => `${base}compare/strategies.json`,
  glossary: (id?: string) => `${base}glossary/${id ? `#${id}` : ''}`,
};
