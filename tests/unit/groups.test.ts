import { describe, expect, it } from 'vitest';
import { countPhrase, groupByType, ITEM_TYPE_ORDER, strategyGroups } from '../../src/lib/groups.ts';
import { ITEM_TYPES, type ItemType } from '../../src/schemas/item.ts';

const strategy = (councilName: string, region: string, year = 2009) => ({
  id: `${councilName.toLowerCase()}-${year}`,
  councilName,
  region,
  date: { year },
});
const byRegion = (s: { region: string }) => s.region;

describe('grouping strategies for chart pages', () => {
  it('keeps a few strategies together as one group', () => {
    const groups = strategyGroups(
      [strategy('B', 'London'), strategy('A', 'South East')],
      byRegion,
      5,
    );
    expect(groups.map((g) => [g.slug, g.label, g.strategies.map((s) => s.councilName)])).toEqual([
      [undefined, 'All strategies', ['B', 'A']],
    ]);
  });

  it('groups many strategies by region, splitting a large region into numbered parts', () => {
    const many = [
      ...['A', 'B', 'C'].map((c) => strategy(c, 'London')),
      strategy('D', 'North East'),
    ];
    const groups = strategyGroups(many, byRegion, 2);
    expect(groups.map((g) => [g.slug, g.label, g.region, g.strategies.length])).toEqual([
      ['london', 'London, part 1 of 2', 'London', 2],
      ['london-2', 'London, part 2 of 2', 'London', 1],
      ['north-east', 'North East', 'North East', 1],
    ]);
  });
});

describe("grouping a page's items by type", () => {
  it("puts commitments and targets before figures, and carers' feedback last", () => {
    const items = [
      { id: 'a', type: 'feedback' },
      { id: 'b', type: 'figure' },
      { id: 'c', type: 'commitment' },
      { id: 'd', type: 'target' },
      { id: 'e', type: 'commitment' },
    ] as const;
    expect(groupByType(items).map((g) => [g.type, g.id, g.items.map((i) => i.id)])).toEqual([
      ['commitment', 'commitments', ['c', 'e']],
      ['target', 'targets', ['d']],
      ['figure', 'figures', ['b']],
      ['feedback', 'feedback', ['a']],
    ]);
  });

  it('prefixes group anchors when one page holds several lists', () => {
    expect(groupByType([{ type: 'gap' }], 'barnet-').map((g) => g.id)).toEqual(['barnet-gaps']);
  });

  it('places every item type somewhere in the order', () => {
    expect([...ITEM_TYPE_ORDER].sort()).toEqual([...ITEM_TYPES].sort());
  });
});

describe("counting a document's items in words", () => {
  const of = (type: ItemType, n: number) => Array.from({ length: n }, () => ({ type }));

  it('names the first three types in reading order and counts the rest as other items', () => {
    const items = [
      ...of('feedback', 2),
      ...of('figure', 3),
      ...of('commitment', 5),
      ...of('target', 1),
      ...of('gap', 1),
    ];
    expect(countPhrase(items)).toBe('5 commitments, 1 target, 3 figures and 3 other items');
  });

  it('says one type alone, in the singular where there is one', () => {
    expect(countPhrase(of('good-practice', 1))).toBe('1 example of good practice');
  });
});
