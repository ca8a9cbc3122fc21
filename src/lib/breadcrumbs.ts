/** Breadcrumb trails shared by several pages; BaseLayout adds Home in front and the page after. */
import type { StrategyView } from './model.ts';
import { documentKind, type KindOfDocument } from './names.ts';
import { url } from './paths.ts';

export type Crumb = { label: string; href: string };

type CrumbStrategy = Pick<StrategyView, 'id' | 'council' | 'councilName'> & KindOfDocument;

/** Councils, then the strategy's council: the trail to a strategy's own page. */
export function strategyCrumbs(s: Pick<StrategyView, 'council' | 'councilName'>): Crumb[] {
  return [
    { label: 'Councils', href: url.page('councils/') },
    { label: s.councilName, href: url.council(s.council) },
  ];
}

/** The trail to a page inside a strategy (a heading, a theme, a count): its own page comes last. */
export function strategyPageCrumbs(s: CrumbStrategy): Crumb[] {
  return [...strategyCrumbs(s), { label: documentKind(s), href: url.strategy(s.id) }];
}
