import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { barsLayout } from '../../src/lib/charts/bars.ts';
import { smallMultiplesLayout } from '../../src/lib/charts/lines.ts';
import { matrixLayout } from '../../src/lib/charts/matrix.ts';
import { timelineLayout } from '../../src/lib/charts/timeline.ts';
import BarChart from '../../src/components/charts/BarChart.astro';
import Matrix from '../../src/components/charts/Matrix.astro';
import SmallMultiples from '../../src/components/charts/SmallMultiples.astro';
import Timeline from '../../src/components/charts/Timeline.astro';

describe('matrix layout', () => {
  const layout = matrixLayout({
    rows: ['Breaks', 'Information'],
    cols: ['A', 'B', 'C'],
    values: [
      [0, 2, 8],
      [1, 4, 0],
    ],
  });

  it('places one cell per row and column, row by row', () => {
    expect(layout.cells).toHaveLength(6);
    expect(layout.cells.map((c) => [c.row, c.col])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('gives zero its own white shade and the largest count the darkest', () => {
    expect(layout.cells[0]?.shade).toBe(0);
    expect(layout.cells[2]?.shade).toBe(4);
    expect(layout.cells[3]?.shade).toBe(1);
  });

  it('keeps cells inside the drawing', () => {
    for (const c of layout.cells) {
      expect(c.x + c.width).toBeLessThanOrEqual(layout.width);
      expect(c.y + c.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('bars layout', () => {
  const layout = barsLayout([
    {
      title: 'A (carers)',
      bars: [
        { label: 'given a break', value: 5500, stated: 'over 5500' },
        { label: 'back care', value: 474, stated: '474' },
      ],
    },
    {
      title: 'B (carers)',
      bars: [
        { label: 'estimate', value: 113800, valueTo: 126000, stated: 'between 113,800 to 126,000' },
      ],
    },
  ]);

  it('scales each panel on its own, so unlike measures never share an axis', () => {
    const [a, b] = layout.panels;
    expect(a?.bars[0]?.x1).toBeGreaterThan(a?.bars[1]?.x1 ?? Infinity);
    expect(b?.ticks.at(-1)?.label).not.toBe(a?.ticks.at(-1)?.label);
  });

  it('draws a range from its lower to its upper value', () => {
    const range = layout.panels[1]?.bars[0];
    expect(range?.rangeStart).not.toBeNull();
    expect(range?.rangeStart).toBeLessThan(range?.x1 ?? 0);
  });

  it('labels every bar with the figure as the source states it', () => {
    expect(layout.panels.flatMap((p) => p.bars.map((b) => b.stated))).toEqual([
      'over 5500',
      '474',
      'between 113,800 to 126,000',
    ]);
  });
});

describe('timeline layout', () => {
  const layout = timelineLayout([
    { label: 'Leicestershire', start: 2008, end: 2011, date: 2008 },
    { label: 'Hertfordshire', date: 2006 },
  ]);

  it('spans whole years from the start of the first to the end of the last', () => {
    const [row] = layout.rows;
    const yearWidth = (layout.ticks[1]?.x ?? 0) - (layout.ticks[0]?.x ?? 0);
    expect(Math.round(((row?.x1 ?? 0) - (row?.x0 ?? 0)) / (yearWidth / 2))).toBe(4);
  });

  it('draws no bar for a document with no stated period, only its date', () => {
    expect(layout.rows[1]?.x0).toBeNull();
    expect(layout.rows[1]?.dateX).toBeGreaterThan(0);
  });
});

describe('small multiples layout', () => {
  it('gives each measure its own scale and one point per period', () => {
    const { panels } = smallMultiplesLayout([
      {
        title: 'Assessments',
        unit: 'assessments',
        points: [
          { label: '2007-08', value: 3616, stated: '3616' },
          { label: '2008-09', value: 3652, stated: '3652' },
        ],
      },
      {
        title: 'PAF C62',
        unit: 'percent',
        points: [
          { label: '2007-08', value: 10.2, stated: '10.2%' },
          { label: '2008-09', value: 11.1, stated: '11.1%' },
        ],
      },
    ]);
    expect(panels.map((p) => p.dots.length)).toEqual([2, 2]);
    expect(panels[0]?.path).toMatch(/^M/);
    expect(panels[0]?.yTicks[0]?.label).not.toBe(panels[1]?.yTicks[0]?.label);
  });
});

describe('chart components render the same SVG every time', async () => {
  const container = await AstroContainer.create();

  it('matrix', async () => {
    const html = await container.renderToString(Matrix, {
      props: {
        id: 'm',
        title: 'Coverage',
        summary: 'Counts.',
        rows: [{ label: 'Breaks' }, { label: 'Information' }],
        cols: [
          { label: 'A 2008', short: 'A' },
          { label: 'B 2009', short: 'B' },
        ],
        values: [
          [0, 3],
          [5, 1],
        ],
        href: () => '/x/',
        rowHeader: 'Theme',
      },
    });
    expect(html).toContain('role="img"');
    await expect(html).toMatchFileSnapshot('./__snapshots__/matrix.html');
  });

  it('bars', async () => {
    const html = await container.renderToString(BarChart, {
      props: {
        id: 'b',
        title: 'Reach',
        summary: 'People reached.',
        caveat: 'Own scales.',
        panels: [
          {
            title: 'A (carers)',
            bars: [
              {
                label: 'given a break (2006/7)',
                value: 5500,
                stated: 'over 5500',
                href: '/a/',
                sourceHref: '/s/#L1',
              },
              {
                label: 'estimate',
                value: 113800,
                valueTo: 126000,
                stated: 'between 113,800 to 126,000',
              },
            ],
          },
        ],
      },
    });
    await expect(html).toMatchFileSnapshot('./__snapshots__/bars.html');
  });

  it('timeline', async () => {
    const html = await container.renderToString(Timeline, {
      props: {
        id: 't',
        rows: [
          { label: 'A', start: 2008, end: 2011, date: 2008 },
          { label: 'B', date: 2006, note: 'No period stated.' },
        ],
      },
    });
    await expect(html).toMatchFileSnapshot('./__snapshots__/timeline.html');
  });

  it('small multiples', async () => {
    const html = await container.renderToString(SmallMultiples, {
      props: {
        id: 'sm',
        title: 'Targets',
        summary: 'Two targets.',
        caveat: 'Planned, not achieved.',
        series: [
          {
            title: 'Assessments',
            unit: 'assessments',
            points: [
              { label: '2007-08', value: 3616, stated: '3616 assessments' },
              { label: '2008-09', value: 3652, stated: '3652' },
            ],
          },
        ],
      },
    });
    await expect(html).toMatchFileSnapshot('./__snapshots__/small-multiples.html');
  });
});
