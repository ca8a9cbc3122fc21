/**
 * Splits strategies into pages of charts by English region, so a chart page stays readable and
 * within the page budget however many councils the site covers. With few strategies there is one
 * group of all of them.
 */
import GithubSlugger from 'github-slugger';

export type StrategyGroup<S> = {
  slug: string | undefined;
  label: string;
  region: string | undefined;
  strategies: S[];
};

/** At most this many strategies per chart page. */
export const GROUP_SIZE = 20;

export function strategyGroups<S extends { councilName: string; date: { year: number } }>(
  strategies: readonly S[],
  regionOf: (s: S) => string,
  max = GROUP_SIZE,
): StrategyGroup<S>[] {
  const ordered = [...strategies].sort(
    (a, b) =>
      regionOf(a).localeCompare(regionOf(b)) ||
      a.councilName.localeCompare(b.councilName) ||
      b.date.year - a.date.year,
  );
  if (ordered.length <= max)
    return [{ slug: undefined, label: 'All strategies', region: undefined, strategies: ordered }];
  const slugger = new GithubSlugger();
  const groups: StrategyGroup<S>[] = [];
  for (const region of [...new Set(ordered.map(regionOf))]) {
    const inRegion = ordered.filter((s) => regionOf(s) === region);
    const parts = Math.ceil(inRegion.length / max);
    const slug = slugger.slug(region);
    for (let p = 0; p < parts; p++) {
      groups.push({
        slug: p === 0 ? slug : `${slug}-${p + 1}`,
        label: parts > 1 ? `${region}, part ${p + 1} of ${parts}` : region,
        region,
        strategies: inRegion.slice(p * max, (p + 1) * max),
      });
    }
  }
  return groups;
}
