import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/lib/content/summary.ts';

const strategy = (id: string, items: number) => ({
  id,
  file: `content/strategies/${id}.yaml`,
  data: { items: Array.from({ length: items }) },
});

describe('the summary line of a content check', () => {
  const input = { strategies: [strategy('barnet-2009', 3), strategy('plymouth-2014', 2)] } as never;

  it('counts strategies and items, and names the strategies not in the last commit', () => {
    const known = new Set(['content/strategies/barnet-2009.yaml']);
    expect(summaryLine(input, known)).toBe('2 strategies, 5 items; 1 new: plymouth-2014, 2 items');
  });

  it('gives the counts only outside git', () => {
    expect(summaryLine(input)).toBe('2 strategies, 5 items');
  });
});
