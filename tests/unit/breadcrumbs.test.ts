import { describe, expect, it } from 'vitest';
import { strategyCrumbs, strategyPageCrumbs } from '../../src/lib/breadcrumbs.ts';

const barnet = {
  id: 'barnet-2009-2012-strategy',
  council: 'barnet',
  councilName: 'Barnet',
  documentType: 'strategy',
  period: { label: '2009-2012', start: 2009, end: 2012 },
} as const;

describe('breadcrumbs', () => {
  it('lead to a strategy page through the councils and its council', () => {
    expect(strategyCrumbs(barnet)).toEqual([
      { label: 'Councils', href: '/councils/' },
      { label: 'Barnet', href: '/councils/barnet/' },
    ]);
  });

  it('lead to a page inside a strategy through the strategy, named by its kind and years', () => {
    expect(strategyPageCrumbs(barnet).slice(2)).toEqual([
      { label: 'Strategy, 2009-2012', href: '/strategies/barnet-2009-2012-strategy/' },
    ]);
    expect(strategyPageCrumbs(barnet).slice(0, 2)).toEqual(strategyCrumbs(barnet));
  });
});
