/**
 * Splits strategies into pages of charts by English region, so a chart page stays readable and
 * within the page budget however many councils the site covers. With few strategies there is one
 * group of all of them.
 */
import GithubSlugger from 'github-slugger';
import type { ItemType } from '../schemas/item.ts';
import { byRegionCouncilDate, type Orderable } from './order.ts';

export type StrategyGroup<S> = {
  slug: string | undefined;
  label: string;
  region: string | undefined;
  strategies: S[];
};

/**
 * At most this many strategies per chart page. The coverage chart's page grows by about 0.6 KB (HTML
 * and CSS gzipped) a strategy, its two grids drawn at two widths: at 20 it was 23 KB, at 15 20.1 KB
 * (`npm run bench 500`), over the 20 KB page budget; 12 leaves room for longer names.
 */
export const GROUP_SIZE = 12;

export function strategyGroups<S extends Orderable>(
  strategies: readonly S[],
  regionOf: (s: S) => string,
  max = GROUP_SIZE,
): StrategyGroup<S>[] {
  const ordered = [...strategies].sort(byRegionCouncilDate(regionOf));
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

/**
 * The order a reader meets items in on a page: what the council will do and aims for first, then
 * what it counted and has done, then what is still missing and what carers told it.
 */
export const ITEM_TYPE_ORDER = [
  'commitment',
  'target',
  'outcome',
  'figure',
  'achievement',
  'good-practice',
  'gap',
  'feedback',
] as const satisfies readonly ItemType[];

/** In-page anchor of each type's group (plural, so it never clashes with an item's `item-…` id). */
export const TYPE_GROUP_ID: Record<ItemType, string> = {
  commitment: 'commitments',
  target: 'targets',
  outcome: 'outcomes',
  figure: 'figures',
  achievement: 'achievements',
  'good-practice': 'good-practice',
  gap: 'gaps',
  feedback: 'feedback',
};

export type TypeGroup<I> = { type: ItemType; id: string; items: I[] };

/** Items grouped by type in ITEM_TYPE_ORDER, each group keeping the items' own order; empty groups left out. */
export function groupByType<I extends { type: ItemType }>(
  items: readonly I[],
  idPrefix = '',
): TypeGroup<I>[] {
  return ITEM_TYPE_ORDER.map((type) => ({
    type,
    id: `${idPrefix}${TYPE_GROUP_ID[type]}`,
    items: items.filter((i) => i.type === type),
  })).filter((g) => g.items.length > 0);
}

/** Each type counted in words: "82 commitments", "1 example of good practice". */
const COUNT_NOUN: Record<ItemType, [string, string]> = {
  commitment: ['commitment', 'commitments'],
  target: ['target', 'targets'],
  outcome: ['intended outcome', 'intended outcomes'],
  figure: ['figure', 'figures'],
  achievement: ['achievement', 'achievements'],
  'good-practice': ['example of good practice', 'examples of good practice'],
  gap: ['gap', 'gaps'],
  feedback: ["point from carers' feedback", "points from carers' feedback"],
};

/**
 * A short count of a document's items for its opening line: the first `shown` types in reading
 * order, then the rest as "other items" ("82 commitments, 11 targets, 39 intended outcomes and 100 other items").
 */
export function countPhrase(items: readonly { type: ItemType }[], shown = 3): string {
  const groups = groupByType(items);
  const named = groups.slice(0, shown).map((g) => {
    const [one, many] = COUNT_NOUN[g.type];
    return `${g.items.length.toLocaleString('en-GB')} ${g.items.length === 1 ? one : many}`;
  });
  const others = groups.slice(shown).reduce((n, g) => n + g.items.length, 0);
  const parts =
    others > 0 ? [...named, `${others} other ${others === 1 ? 'item' : 'items'}`] : named;
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
