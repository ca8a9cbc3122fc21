/**
 * The compare pages: every strategy, a few at a time, in an order that lets people find a council
 * (region, then council, then newest first), and where each strategy is.
 */
import type { CouncilView, StrategyView } from './model.ts';

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
  return strategies
    .map((strategy) => ({ strategy, region: regionOf.get(strategy.council) ?? '' }))
    .sort(
      (a, b) =>
        a.region.localeCompare(b.region) ||
        a.strategy.councilName.localeCompare(b.strategy.councilName) ||
        b.strategy.date.year - a.strategy.date.year ||
        (b.strategy.date.iso ?? '').localeCompare(a.strategy.date.iso ?? '') ||
        a.strategy.id.localeCompare(b.strategy.id),
    )
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

/** The chooser's index of every strategy: by region, each with its label and page. Built once, fetched by the script. */
export function chooserIndex(entries: readonly CompareEntry[], pageUrl: (page: number) => string) {
  const regions: { name: string; strategies: { id: string; label: string; page: number }[] }[] = [];
  for (const { strategy: s, region, page } of entries) {
    let group = regions.at(-1);
    if (group?.name !== region) regions.push((group = { name: region, strategies: [] }));
    group.strategies.push({ id: s.id, label: `${s.councilName}: ${s.shortTitle}`, page });
  }
  const pages = entries.at(-1)?.page ?? 1;
  return { pages: Array.from({ length: pages }, (_, i) => pageUrl(i + 1)), regions };
}
