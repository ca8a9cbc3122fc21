import { describe, expect, it } from 'vitest';
import { readPhases, routeOf } from '../../src/lib/phases.ts';

describe('build phase marks', () => {
  it('are read from a build log in order, other lines ignored, with the peak since the last mark', () => {
    const log =
      'x\n[phase] config t=10 rss=100 heap=50\n  ├─ /a/ (+3ms)\n' +
      '[phase] model built t=25 rss=300 heap=90 peak=420 peakHeap=200\n';
    expect(readPhases(log)).toEqual([
      { name: 'config', t: 10, rss: 100, heap: 50 },
      { name: 'model built', t: 25, rss: 300, heap: 90, peak: 420, peakHeap: 200 },
    ]);
  });

  it('group built paths by route: ids and page numbers become *', () => {
    expect(routeOf('/strategies/barnet-2009/specificity/lead/index.html')).toBe(
      'strategies/*/specificity/*',
    );
    expect(routeOf('/index.html')).toBe('(home)');
    expect(routeOf('/cite/strategies/x/h1.ris/')).toBe('cite/strategies/*/*');
  });
});
