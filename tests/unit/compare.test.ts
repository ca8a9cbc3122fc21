import { describe, expect, it } from 'vitest';
import {
  cellItems,
  CELL_ORDER,
  chooserIndex,
  chosenThemes,
  COMPARE_PAGE_SIZE,
  compareOrder,
  regionPages,
  themeBoxId,
  themeFilterCss,
} from '../../src/lib/compare.ts';
import type { ItemView, StrategyView } from '../../src/lib/model.ts';

const strategy = (id: string, council: string, councilName: string, year: number) =>
  ({
    id,
    council,
    councilName,
    shortTitle: `${councilName} ${year}`,
    date: { label: String(year), year },
  }) as unknown as StrategyView;
const councils = [
  { id: 'barnet', region: 'London' },
  { id: 'surrey', region: 'South East' },
  { id: 'hampshire', region: 'South East' },
  { id: 'camden', region: 'London' },
] as const;

describe('compare pages', () => {
  const strategies = [
    strategy('surrey-2008', 'surrey', 'Surrey', 2008),
    strategy('barnet-2009', 'barnet', 'Barnet', 2009),
    strategy('surrey-2012', 'surrey', 'Surrey', 2012),
    strategy('hampshire-2011', 'hampshire', 'Hampshire', 2011),
    strategy('camden-2010', 'camden', 'Camden', 2010),
    strategy('barnet-2004', 'barnet', 'Barnet', 2004),
  ];

  it('orders strategies by region, then council, then newest first, five to a page', () => {
    const entries = compareOrder(strategies, councils);
    expect(COMPARE_PAGE_SIZE).toBe(5);
    expect(entries.map((e) => [e.strategy.id, e.region, e.page])).toEqual([
      ['barnet-2009', 'London', 1],
      ['barnet-2004', 'London', 1],
      ['camden-2010', 'London', 1],
      ['hampshire-2011', 'South East', 1],
      ['surrey-2012', 'South East', 1],
      ['surrey-2008', 'South East', 2],
    ]);
  });

  it("lists each region's pages, a page two regions share under both", () => {
    expect(regionPages(compareOrder(strategies, councils))).toEqual([
      { region: 'London', first: 1, last: 1 },
      { region: 'South East', first: 1, last: 2 },
    ]);
  });

  it('indexes every strategy once for the chooser, by region, with its page and the page addresses', () => {
    const index = chooserIndex(compareOrder(strategies, councils), (n) => `/compare/${n}/`);
    expect(index.pages).toEqual(['/compare/1/', '/compare/2/']);
    expect(
      index.regions.map((r) => [r.name, r.strategies.map((s) => `${s.id}@${s.page}`)]),
    ).toEqual([
      ['London', ['barnet-2009@1', 'barnet-2004@1', 'camden-2010@1']],
      ['South East', ['hampshire-2011@1', 'surrey-2012@1', 'surrey-2008@2']],
    ]);
    expect(index.regions[0]?.strategies[0]?.label).toBe('Barnet 2009');
  });
});

const item = (id: string, type: ItemView['type']) => ({ id, type }) as ItemView;

describe('compare cells and themes', () => {
  it('shows what a council will do before what it found, each kind in document order', () => {
    const items = [
      item('f1', 'feedback'),
      item('a1', 'achievement'),
      item('c1', 'commitment'),
      item('t1', 'target'),
      item('c2', 'commitment'),
    ];
    expect(cellItems(items, 3).map((i) => i.id)).toEqual(['c1', 'c2', 't1']);
    expect(cellItems(items, 10).map((i) => i.id)).toEqual(['c1', 'c2', 't1', 'a1', 'f1']);
    expect(CELL_ORDER).toHaveLength(8);
  });

  it('reads the chosen themes from the address: known ones, once each, in the order of themes', () => {
    const ids = ['information-advice', 'breaks-respite', 'young-carers'];
    expect(chosenThemes('?t=young-carers&t=nope&t=breaks-respite&t=young-carers', ids)).toEqual([
      'breaks-respite',
      'young-carers',
    ]);
    expect(chosenThemes('', ids)).toEqual([]);
    expect(chosenThemes('?s=barnet-2009', ids)).toEqual([]);
  });

  it('writes one rule per theme that hides its rows while others are ticked and it is not', () => {
    const css = themeFilterCss(['breaks-respite', 'a.b']);
    expect(css.trim().split('\n')).toEqual([
      'main:has(.theme-filter :checked):not(:has(#t-breaks-respite:checked)) ' +
        '[data-theme="breaks-respite"] { display: none; }',
      'main:has(.theme-filter :checked):not(:has(#t-a\\.b:checked)) [data-theme="a.b"] { display: none; }',
    ]);
    expect(themeBoxId('breaks-respite')).toBe('t-breaks-respite');
  });
});
