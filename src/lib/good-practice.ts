import type { GoodPracticeItem } from '../schemas/item.ts';
import type { ItemView, StrategyView } from './model.ts';

/** Good-practice entries per page of the library; each carries a citation, so pages fill quickly. */
export const PER_PAGE = 10;

export type GoodPracticeEntry = { item: ItemView & GoodPracticeItem; strategy: StrategyView };

/** Every good-practice item, optionally narrowed to one theme or council, ordered by council then id. */
export function goodPractice(
  strategies: readonly StrategyView[],
  filter: { theme?: string; council?: string } = {},
): GoodPracticeEntry[] {
  return strategies
    .filter((s) => filter.council === undefined || s.council === filter.council)
    .flatMap((strategy) =>
      strategy.items
        .filter((i): i is ItemView & GoodPracticeItem => i.type === 'good-practice')
        .filter((i) => filter.theme === undefined || i.themes.includes(filter.theme))
        .map((item) => ({ item, strategy })),
    );
}
