/**
 * The compare pages: every strategy, a few at a time, in an order that lets people find a council
 * (region, then council, then newest first), and where each strategy is.
 */
import type { CouncilView, ItemView, StrategyView } from './model.ts';
import { strategyName } from './names.ts';
import { byRegionCouncilDate } from './order.ts';

/** Strategies per compare page: enough columns to compare, few enough to read and stay within budget. */
export const COMPARE_PAGE_SIZE = 5;

export type CompareEntry = { strategy: StrategyView; region: string; page: number };
export type RegionPages = { region: string; first: number; last: number };

/** Every strategy in compare order, each with its region and the compare page it is on (from 1). */
export function compareOrder(
  strategies: readonly StrategyView[],
  councils: readonly Pick<CouncilView, 'id' | 'region'>[],
): CompareEntry[] {
  const regionOf = new Map(councils.map((c) => [c.id, c.region]));
  const order = byRegionCouncilDate((s: StrategyView) => regionOf.get(s.council) ?? '');
  return strategies
    .map((strategy) => ({ strategy, region: regionOf.get(strategy.council) ?? '' }))
    .sort((a, b) => order(a.strategy, b.strategy))
    .map((entry, i) => ({ ...entry, page: Math.floor(i / COMPARE_PAGE_SIZE) + 1 }));
}

/** Each region's run of compare pages, in order ("London: pages 3 to 5"). A page two regions share is in both. */
export function regionPages(entries: readonly CompareEntry[]): RegionPages[] {
  const runs: RegionPages[] = [];
  for (const { region, page } of entries) {
    const run = runs.at(-1);
    if (run?.region === region) run.last = page;
    else runs.push({ region, first: page, last: page });
  }
  return runs;
}

/** The chooser's index of every strategy: by region, each with its label and page. Fetched by the script. */
export function chooserIndex(entries: readonly CompareEntry[], pageUrl: (page: number) => string) {
  const regions: { name: string; strategies: { id: string; label: string; page: number }[] }[] = [];
  for (const { strategy: s, region, page } of entries) {
    let group = regions.at(-1);
    if (group?.name !== region) regions.push((group = { name: region, strategies: [] }));
    group.strategies.push({ id: s.id, label: strategyName(s), page });
  }
  const pages = entries.at(-1)?.page ?? 1;
  return { pages: Array.from({ length: pages }, (_, i) => pageUrl(i + 1)), regions };
}

/** Items a compare cell shows before linking to the rest: few enough to read on a phone. */
export const PER_CELL = 2;

/** Item types in the order a reader comparing councils wants them: what each will do, then what it found. */
export const CELL_ORDER: readonly ItemView['type'][] = [
  'commitment',
  'target',
  'outcome',
  'good-practice',
  'achievement',
  'figure',
  'gap',
  'feedback',
];

/** The items a compare cell shows, commitments and targets first, each kind in document order. */
export function cellItems(items: readonly ItemView[], max = PER_CELL): ItemView[] {
  const rank = (i: ItemView) => CELL_ORDER.indexOf(i.type);
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order)
    .slice(0, max)
    .map((e) => e.item);
}

/** The address parameter that holds the chosen themes: `?t=breaks-respite&t=young-carers`. */
export const THEME_PARAM = 't';

/** The HTML id of a theme's checkbox in the compare page's theme filter. */
export const themeBoxId = (themeId: string) => `t-${themeId}`;

/** The themes an address asks for: known ids only, once each, in the site's order of themes. */
export function chosenThemes(search: string, themeIds: readonly string[]): string[] {
  const asked = new Set(new URLSearchParams(search).getAll(THEME_PARAM));
  return themeIds.filter((id) => asked.has(id));
}

/**
 * The stylesheet that narrows a compare page to the ticked themes without JavaScript: while any box
 * is ticked, each theme's rows hide unless its own box is. A static page cannot read its address, so
 * the boxes (set from `?t=` by the script when it runs) are what the page follows.
 */
export function themeFilterCss(themeIds: readonly string[]): string {
  return themeIds
    .map((id) => {
      const key = JSON.stringify(id);
      // Ids are slugs; a dot would start a class in a selector, so it is escaped.
      const box = themeBoxId(id).replace(/[^\w-]/g, (c) => `\\${c}`);
      return (
        `main:has(.theme-filter :checked):not(:has(#${box}:checked)) ` +
        `[data-theme=${key}] { display: none; }`
      );
    })
    .join('\n')
    .concat('\n');
}
