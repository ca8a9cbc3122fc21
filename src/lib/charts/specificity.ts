/**
 * The specificity chart: for each strategy, the share of its commitments that name who leads, give a
 * date and say how success is measured, and that do all three. Counted by `specificityOf` and
 * `countSpecificity`, the same functions as the table on strategy and theme pages and the downloads'
 * has_lead, has_timescale and has_measure columns, so the chart cannot disagree with them.
 */
import type { BarPanel } from './bars.ts';
import { docName } from './data.ts';
import type { SiteModel, StrategyView } from '../model.ts';
import { url } from '../paths.ts';
import {
  ASPECT_LABELS,
  ASPECTS,
  countSpecificity,
  percent,
  specificityOf,
  type Aspect,
  type SpecificityCount,
} from '../specificity.ts';

export type SpecificityRow = { strategy: StrategyView; count: SpecificityCount };
export type SpecificityKey = Aspect | 'all';

/** The chart's bars and table columns, in order. */
export const SPECIFICITY_KEYS: readonly { key: SpecificityKey; label: string }[] = [
  ...ASPECTS.map((a) => ({ key: a, label: ASPECT_LABELS[a].named })),
  { key: 'all', label: 'All three' },
];

/** Each strategy that records commitments, with its counts; strategies with none are left out. */
export const specificityRows = (site: SiteModel): SpecificityRow[] =>
  site.strategies
    .map((strategy) => ({
      strategy,
      count: countSpecificity(specificityOf(strategy.items).map((c) => c.spec)),
    }))
    .filter((row) => row.count.commitments > 0);

/** How many commitments state `key`, and how many of those only once for a whole row. */
export function named(count: SpecificityCount, key: SpecificityKey) {
  return key === 'all'
    ? { n: count.all, shared: 0 }
    : { n: count[key].named, shared: count[key].shared };
}

/** A count's link to the commitments behind it; the data attributes let tests read the count. */
export const countLink = (strategy: string, key: SpecificityKey, n: number) => ({
  href: url.specificity(strategy, key),
  'data-strategy': strategy,
  'data-aspect': key,
  'data-count': n,
});

const commitments = (n: number) => `${n} ${n === 1 ? 'commitment' : 'commitments'}`;

/** One panel per strategy: a bar per aspect as a share of its commitments, labelled "56 of 82 (68%)". */
export function specificityPanels(rows: readonly SpecificityRow[]): BarPanel[] {
  return rows.map(({ strategy, count }) => ({
    title: `${docName(strategy)}: ${commitments(count.commitments)}`,
    percent: true,
    bars: SPECIFICITY_KEYS.map(({ key, label }) => {
      const { n, shared } = named(count, key);
      return {
        label: shared > 0 ? `${label} (${shared} stated once for a row)` : label,
        value: (n / count.commitments) * 100,
        stated: `${n} of ${count.commitments} (${percent(n, count.commitments)}%)`,
        href: url.specificity(strategy.id, key),
      };
    }),
  }));
}

const VERB: Record<Aspect, { many: string; one: string }> = {
  lead: { many: 'name who leads', one: 'names who leads' },
  timescale: { many: 'give a date', one: 'gives a date' },
  measure: { many: 'say how success is measured', one: 'says how success is measured' },
};
const ALL = 'all three, who leads, by when and how success is measured,';

const list = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const of = ({ count }: SpecificityRow, key: SpecificityKey) =>
  `${named(count, key).n} of ${count.commitments}`;
const names = (rows: readonly SpecificityRow[]) => list(rows.map((r) => docName(r.strategy)));

/** The rows with the largest share for `key` (compared exactly, not as rounded percentages). */
function leaders(rows: readonly SpecificityRow[], key: SpecificityKey): SpecificityRow[] {
  const share = (r: SpecificityRow) => named(r.count, key).n / r.count.commitments;
  const top = Math.max(...rows.map(share));
  if (top === 0) return [];
  // n1/c1 = n2/c2 exactly when n1*c2 = n2*c1: no floating-point ties missed.
  const best = rows.find((r) => share(r) === top) as SpecificityRow;
  const [bn, bc] = [named(best.count, key).n, best.count.commitments];
  return rows.filter((r) => named(r.count, key).n * bc === bn * r.count.commitments);
}

/** Who states all three for the largest share of their commitments (or for any, or none does). */
function allThree(rows: readonly SpecificityRow[]): string {
  const withAll = rows.filter((r) => r.count.all > 0);
  const best = leaders(rows, 'all');
  const [first] = withAll;
  if (!first) return `None of these ${rows.length} strategies states ${ALL} for any commitment.`;
  if (withAll.length === 1)
    return `Only ${names([first])} states ${ALL} for any commitment: ${of(first, 'all')}.`;
  const verb = best.length === 1 ? 'states' : 'state';
  const their = best.length === 1 ? 'its' : 'their';
  const counts = list(best.map((r) => of(r, 'all')));
  return `${names(best)} ${verb} ${ALL} for the largest share of ${their} commitments: ${counts}.`;
}

/** Each aspect on its own: where the largest share of commitments state it; what none states. */
function eachAspect(rows: readonly SpecificityRow[]): string {
  const parts: string[] = [];
  const missing: string[] = [];
  for (const a of ASPECTS) {
    const top = leaders(rows, a);
    if (top.length === 0) missing.push(VERB[a].one);
    else parts.push(`${VERB[a].many} in ${list(top.map((r) => `${names([r])} (${of(r, a)})`))}`);
  }
  return [
    parts.length > 0
      ? ` Taken one at a time, the largest share of commitments ${list(parts)}.`
      : '',
    missing.length > 0 ? ` No commitment in any of them ${list(missing)}.` : '',
  ].join('');
}

/** The chart's finding, computed from its rows; `strategies` counts those with no commitments too. */
export function specificitySummary(rows: readonly SpecificityRow[], strategies: number): string {
  const none = strategies - rows.length;
  const without =
    none > 0
      ? ` ${none === 1 ? 'One strategy records' : `${none} strategies record`} no commitments.`
      : '';
  const [only] = rows;
  if (!only) return 'None of these strategies records a commitment, so there is nothing to count.';
  if (rows.length > 1) return `${allThree(rows)}${eachAspect(rows)}${without}`;
  const { count } = only;
  return (
    `Of its ${commitments(count.commitments)}, ${names([only])} names who leads ` +
    `for ${count.lead.named}, gives a date for ${count.timescale.named} and says how success ` +
    `is measured for ${count.measure.named}; ${count.all} state all three.${without}`
  );
}
