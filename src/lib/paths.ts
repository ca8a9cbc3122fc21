/** Internal URLs, all in one place so the base path and anchors stay consistent. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const url = {
  home: () => base,
  page: (path: string) => `${base}${path.replace(/^\//, '')}`,
  strategy: (id: string) => `${base}strategies/${id}/`,
  strategyTheme: (id: string, theme: string) => `${base}strategies/${id}/themes/${theme}/`,
  strategyPart: (strategy: string, part: string) => `${base}strategies/${strategy}/${part}/`,
  /** An item's permalink: its strategy sub-page, at the item. */
  item: (item: { strategyId: string; part: string; id: string }) => `${base}strategies/${item.strategyId}/${item.part}/#item-${item.id}`,
  council: (id: string) => `${base}councils/${id}/`,
  theme: (id: string) => `${base}themes/${id}/`,
  /** A compare page: page 1 is /compare/, then /compare/2/ and on. */
  compare: (page = 1) => `${base}compare/${page > 1 ? `${page}/` : ''}`,
  /** Every strategy with its compare page, for the compare chooser. */
  compareIndex: () => `${base}compare/strategies.json`,
  source: (id: string, passage?: string) => `${base}sources/${id}/${passage ? `#${passage}` : ''}`,
  glossary: (id?: string) => `${base}glossary/${id ? `#${id}` : ''}`,
};
