/** What the one order of strategies needs to know of each. */
export type Orderable = {
  id: string;
  councilName: string;
  date: { year: number; iso?: string | undefined };
};

/**
 * The order strategies are listed in everywhere (compare pages, chart groups): region, then
 * council, then newest first, then id, so that two strategies never tie and every build agrees.
 */
export function byRegionCouncilDate<S extends Orderable>(regionOf: (s: S) => string) {
  return (a: S, b: S): number =>
    regionOf(a).localeCompare(regionOf(b)) ||
    a.councilName.localeCompare(b.councilName) ||
    b.date.year - a.date.year ||
    (b.date.iso ?? '').localeCompare(a.date.iso ?? '') ||
    a.id.localeCompare(b.id);
}
