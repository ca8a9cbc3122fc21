import { describe, expect, it } from 'vitest';
import { strategyGroups } from '../../src/lib/groups.ts';

const strategy = (councilName: string, region: string, year = 2009) => ({
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
