/** Internal URLs, all in one place so the base path and anchors stay consistent. */
// Written out in full so Vite replaces it when building (`import.meta.env?.BASE_URL` is left to run time,
// where it is "/" whatever BASE_PATH says); plain Node, which has no import.meta.env, gets "/".
// Marked pure so a client bundle that reaches this module without using `url` leaves it out.
const base = /* @__PURE__ */ (
  typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/'
).replace(/\/?$/, '/');

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
  /** A source document's first page. */
  source: (id: string) => sourcePage(id, 1),
  /**
   * A passage of a source document, on the reader page that holds it: long documents are read over
   * several pages, so the site model works out the page (SiteModel's `…Href` fields) and pages use those.
   */
  passage: (id: string, page: number, passage: string) => `${sourcePage(id, page)}#${passage}`,
  sourcePage,
  /** A compare page: page 1 is /compare/, then /compare/2/ and on. */
  compare: (page = 1) => `${base}compare/${page > 1 ? `${page}/` : ''}`,
  /** Every strategy with its compare page, for the compare chooser. */
  compareIndex: () => `${base}compare/strategies.json`,
  glossary: (id?: string) => `${base}glossary/${id ? `#${id}` : ''}`,
};
