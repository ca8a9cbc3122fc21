import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { panelDrawing, splitPanels } from '../../src/lib/charts/bars.ts';
import {
  chartFile,
  chartFiles,
  chartGroups,
  chartsFor,
  dateSpan,
  NARROW,
  WIDE,
} from '../../src/lib/charts/catalog.ts';
import { seriesDrawing, steepest, type Series } from '../../src/lib/charts/lines.ts';
import { emptyRows, largestCell, matrixDrawing, shader } from '../../src/lib/charts/matrix.ts';
import { serialise, tickLabel, type Drawing, type Node } from '../../src/lib/charts/svg.ts';
import { textWidth, truncate, wrapText } from '../../src/lib/charts/text.ts';
import { timelineDomain, timelineDrawing } from '../../src/lib/charts/timeline.ts';
import { specificityRows, specificitySummary } from '../../src/lib/charts/specificity.ts';
import { countSpecificity, specificityOf } from '../../src/lib/specificity.ts';
import type { SiteModel, StrategyView } from '../../src/lib/model.ts';
import type { Item } from '../../src/schemas/item.ts';
import { checkCorpus } from '../../src/lib/corpus.ts';
import { buildModel } from '../../src/lib/model.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import ChartFigure from '../../src/components/charts/ChartFigure.astro';
import { corpus, SOURCE_TEXT } from '../fixtures/factories.ts';

/** Every node of a drawing, depth first. */
function all(nodes: readonly (Node | string)[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) if (typeof n !== 'string') out.push(n, ...all(n.children));
  return out;
}
const texts = (d: Drawing) => all(d.body).filter((n) => n.tag === 'text');
function textOf(n: Node): string {
  return n.children.map((c): string => (typeof c === 'string' ? c : textOf(c))).join('');
}
const num = (n: Node, k: string) => Number(n.attrs[k]);

/** The drawing's text stays inside it, by the same width estimate that laid it out. */
function textInside(d: Drawing): string[] {
  return texts(d).flatMap((t) => {
    const w = textWidth(textOf(t), num(t, 'font-size'), t.attrs['font-weight'] === 700);
    const anchor = t.attrs['text-anchor'];
    const left = num(t, 'x') - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
    return left < -0.5 || left + w > d.width + 0.5 || num(t, 'y') > d.height ? [textOf(t)] : [];
  });
}

describe('text width estimate', () => {
  it('grows with the text and the font size, and bold is wider', () => {
    expect(textWidth('Barnet', 12)).toBeGreaterThan(textWidth('Barn', 12));
    expect(textWidth('Barnet', 24)).toBeCloseTo(2 * textWidth('Barnet', 12));
    expect(textWidth('Barnet', 12, true)).toBeGreaterThan(textWidth('Barnet', 12));
  });

  it('wraps at spaces and hyphens into lines no wider than asked', () => {
    const lines = wrapText('Royal Borough of Kensington and Chelsea: Plan 2009-2012', 120, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(
      'Royal Borough of Kensington and Chelsea: Plan 2009-2012',
    );
  });

  it('ends a shortened text with an ellipsis, within the width', () => {
    const short = truncate('Choice, control and direct payments', 80, 13);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 13)).toBeLessThanOrEqual(80);
    expect(wrapText('one two three four five six', 40, 13, { maxLines: 2 }).at(-1)).toMatch(/…$/);
  });
});

describe('coverage grid', () => {
  const rows = ['Breaks and respite', 'Choice, control and direct payments', 'Young carers'];
  const values = [
    [0, 2, 8],
    [1, 4, 0],
    [0, 0, 0],
  ];

  it('gives zero its own white shade and the largest count the darkest, with the counts in words', () => {
    const { shade, bands } = shader(values);
    expect([shade(0), shade(1), shade(8)]).toEqual([0, 1, 4]);
    expect(bands.at(-1)?.hi).toBe(8);
    const d = matrixDrawing({ rows, cols: ['A', 'B', 'C'], values }, WIDE);
    expect(texts(d).map(textOf)).toContain(
      'Each cell gives the number of items; the darker the shade, the more items:',
    );
  });

  it('prints every count in its cell, so colour is never alone', () => {
    const d = matrixDrawing({ rows, cols: ['A', 'B', 'C'], values }, WIDE);
    expect(
      all(d.body).filter((n) => String(n.attrs['class']).startsWith('mark cell')),
    ).toHaveLength(9);
    for (const v of values.flat()) expect(texts(d).map(textOf)).toContain(String(v));
  });

  it('finds the largest count and the theme nobody covers', () => {
    expect(largestCell(values)).toEqual({ row: 0, col: 2, value: 8 });
    expect(emptyRows(values)).toEqual([2]);
    expect(largestCell([[0, 0]])).toBeUndefined();
  });

  it('names five short columns above them, and numbers 30 long ones with a key, in panels that fit a phone', () => {
    const five = matrixDrawing(
      {
        rows,
        cols: ['Barnet', 'Surrey', 'Hampshire', 'Herts', 'Leics'],
        values: rows.map(() => [1, 2, 3, 4, 5]),
      },
      WIDE,
    );
    expect(texts(five).map(textOf)).toContain('Hampshire');
    const cols = Array.from(
      { length: 30 },
      (_, i) => `Royal Borough of Kensington and Chelsea: Strategy ${i + 1}`,
    );
    const many = matrixDrawing(
      { rows, cols, values: rows.map(() => cols.map((_, i) => i * 40)) },
      NARROW,
    );
    const labels = texts(many).map(textOf);
    expect(labels).toContain('30');
    expect(labels.some((l) => l.startsWith('30: Royal Borough'))).toBe(true);
    expect(textInside(many)).toEqual([]);
    for (const plot of all(many.body).filter((n) => n.attrs['data-plot'])) {
      const [x = 0, , w = 0] = String(plot.attrs['data-plot']).split(' ').map(Number);
      expect(x + w).toBeLessThanOrEqual(NARROW);
    }
  });
});

describe('timeline', () => {
  it('takes its axis from the documents: first year named to the end of the last', () => {
    expect(
      timelineDomain([
        { label: 'A', start: 2014, end: 2018, date: 2014 },
        { label: 'B', date: 2006 },
      ]),
    ).toEqual([2006, 2019]);
    const d = timelineDrawing([{ label: 'A', start: 2014, end: 2018, date: 2014 }], NARROW);
    const bar = all(d.body).find((n) => n.tag === 'rect');
    expect(num(bar as Node, 'x')).toBeGreaterThanOrEqual(0);
    expect(num(bar as Node, 'x') + num(bar as Node, 'width')).toBeLessThanOrEqual(NARROW);
  });

  it('draws a single year, and years as far apart as 1990 and 2040, inside the drawing', () => {
    for (const rows of [
      [{ label: 'Only', date: 2008 }],
      [
        { label: 'Old', start: 1990, end: 1992, date: 1990 },
        { label: 'New', start: 2038, end: 2040, date: 2040 },
      ],
    ]) {
      for (const width of [NARROW, WIDE]) {
        const d = timelineDrawing(rows, width);
        expect(textInside(d)).toEqual([]);
        const years = texts(d)
          .map(textOf)
          .filter((t) => /^\d{4}$/.test(t))
          .map(Number);
        expect(years.length).toBeGreaterThan(0);
        expect(Math.min(...years)).toBeGreaterThanOrEqual(rows[0]?.date ?? 0);
      }
    }
  });

  it('says so in words when no document gives a year, and lists an undated one as such', () => {
    const none = timelineDrawing([{ label: 'A' }], WIDE);
    expect(texts(none).map(textOf).join(' ')).toContain('No dated documents');
    const some = timelineDrawing([{ label: 'A' }, { label: 'B', date: 2009 }], NARROW);
    expect(texts(some).map(textOf)).toContain('No dates given');
  });
});

describe('targets small multiples', () => {
  const series: Series[] = [
    {
      title: 'Leicestershire 2008-2011: carers’ assessments',
      unit: 'assessments',
      points: [
        { label: '2007-2008', value: 3616, stated: '3616' },
        { label: '2008-2009', value: 3652, stated: '3652' },
        { label: '2009-2010', value: 3692, stated: '3692' },
        { label: '2010-2011', value: 3722, stated: '3722' },
      ],
    },
    {
      title: 'Barnet 2009-2012: NI 135',
      unit: 'percent',
      points: [
        { label: 'year 1 of this strategy', value: 0, stated: 'none' },
        { label: '2011/12', value: 5e9, stated: '5 billion' },
      ],
    },
  ];

  it('starts every value axis at zero and titles every panel with its council and strategy', () => {
    const d = seriesDrawing(series[0] as Series);
    const labels = texts(d).map(textOf);
    expect(labels).toContain('0');
    expect(labels.join(' ')).toContain('Leicestershire 2008-2011');
  });

  it('keeps period labels apart and inside the panel, and draws 0 and 5 billion', () => {
    for (const s of series) {
      const d = seriesDrawing(s);
      expect(textInside(d)).toEqual([]);
      const periods = texts(d).filter(
        (t) => /\d{4}-|year|\//.test(textOf(t)) && t.attrs['text-anchor'] === 'middle',
      );
      expect(periods.length).toBeGreaterThan(0);
      expect(d.body.length).toBeGreaterThan(5);
    }
    expect(tickLabel(5e9)).toBe('5 billion');
    expect(steepest(series)?.series.title).toContain('Leicestershire');
  });
});

describe('figures bars', () => {
  const panel = {
    title: 'Hampshire 2011 (carers)',
    bars: [
      { label: 'given a break', value: 0, stated: 'none' },
      { label: 'estimate', value: 113800, valueTo: 126000, stated: 'between 113,800 to 126,000' },
      { label: 'a very large number', value: 7.5e9, stated: '7.5 billion' },
    ],
  };

  it('scales from zero, draws a range from its lower to its upper value, and keeps a 0 visible', () => {
    const d = panelDrawing(panel, NARROW);
    const bars = all(d.body).filter((n) => n.tag === 'rect');
    expect(bars).toHaveLength(3);
    expect(num(bars[0] as Node, 'width')).toBeGreaterThanOrEqual(1);
    expect(num(bars[1] as Node, 'x')).toBeGreaterThanOrEqual(1);
    expect(num(bars[2] as Node, 'x') + num(bars[2] as Node, 'width')).toBeLessThanOrEqual(NARROW);
    expect(texts(d).map(textOf)).toContain('0');
    expect(textInside(d)).toEqual([]);
  });

  it('lists a figure that stands alone instead of drawing a one-bar panel', () => {
    const { drawn, single } = splitPanels([
      panel,
      { title: 'Surrey', bars: [{ label: 'x', value: 1, stated: '1' }] },
    ]);
    expect(drawn.map((p) => p.title)).toEqual(['Hampshire 2011 (carers)']);
    expect(single.map((p) => p.title)).toEqual(['Surrey']);
  });
});

describe('the charts of a site', () => {
  const model = () => {
    const input = corpus();
    return buildModel(
      { ...input, sources: [{ id: 'example-source', data: parseSource(SOURCE_TEXT) }] },
      checkCorpus(input).anchors,
    );
  };

  it('state their finding, source and date span, and give their data as CSV', () => {
    const site = model();
    const [themes] = chartsFor('coverage', site);
    expect(themes?.summary).toMatch(/has the most items on one theme: 2, on /);
    expect(themes?.span).toMatch(/^Documents dated \d{4}\.$/);
    expect(themes?.csv.split('\n')[0]).toBe('council,strategy,strategy_id,theme,items');
    expect(chartFile(themes as NonNullable<typeof themes>)).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  });

  it('are drawn once per model and chart, however many pages and files ask for them', () => {
    const site = model();
    const coverage = chartsFor('coverage', site);
    expect(chartsFor('coverage', site)).toBe(coverage);
    expect(chartsFor('coverage', site, '-x')).not.toBe(coverage);
    expect(chartsFor('targets', site)).not.toBe(coverage);
    // Another model, even with the same content, has its own charts.
    expect(chartsFor('coverage', { ...site })).not.toBe(coverage);
    expect(chartsFor('coverage', { ...site })).toEqual(coverage);
    expect(chartGroups(site)).toBe(chartGroups(site));
    const files = chartFiles(site);
    expect(chartFiles(site)).toBe(files);
    const [group] = chartGroups(site);
    expect(files).toContain(chartsFor('coverage', group?.sub ?? site, group?.suffix)[0]);
  });

  it('leave a clear note, not an empty drawing, when there is nothing to draw', () => {
    const site = { ...model(), strategies: [] };
    const [targets] = chartsFor('targets', site);
    expect(targets?.summary).toBe(
      'None of these strategies sets a target with values for two or more years.',
    );
    expect(targets?.panels?.length).toBe(1);
    expect(dateSpan([])).toBe('No dated documents.');
    const [timeline] = chartsFor('timeline', site);
    expect(
      texts(timeline?.wide as Drawing)
        .map(textOf)
        .join(' '),
    ).toContain('No dated documents');
  });
});

describe('specificity chart', () => {
  const base = { themes: ['breaks'], summary: 'Plain words.', quote: 'words', heading: 'h1' };
  const commitment = (id: string, extra: Partial<Item> = {}) =>
    ({ ...base, id, type: 'commitment', ...extra }) as Item;
  const outcome = (id: string, measures: string[]) =>
    ({ ...base, id, type: 'outcome', measures }) as Item;
  const strategy = (id: string, shortTitle: string, items: Item[]) =>
    ({
      id,
      councilName: shortTitle.split(' ')[0],
      shortTitle,
      items,
      date: { year: Number(shortTitle.split(' ')[1]) },
    }) as unknown as StrategyView;
  // A: 5 commitments; 3 name a lead (1 from its row), 2 a date, all 5 a measure, 2 all three.
  const a = strategy('a-2009', 'Aville 2009', [
    commitment('obj', { lead: 'Carers Strategy Group', timescale: 'Year 1' }),
    commitment('obj-a', { leadFrom: 'obj', timescaleFrom: 'obj' }),
    commitment('obj-b', { lead: 'Service managers' }),
    commitment('alone'),
    commitment('own', { heading: 'h2', measure: 'measured via surveys' }),
    outcome('obj-out', ['obj', 'obj-a', 'obj-b']),
    outcome('alone-out', ['alone']),
  ]);
  // B: 2 commitments, one of them with all three; a line that only names a lead is not counted.
  const b = strategy('b-2010', 'Beeton 2010', [
    commitment('full', { lead: 'Council', timescale: '2010', measure: 'survey' }),
    commitment('bare'),
    commitment('leads', { quote: 'Council', lead: 'Council' }),
  ]);
  const empty = strategy('c-2011', 'Ceeford 2011', []);
  const site = (...strategies: StrategyView[]) => ({ strategies }) as unknown as SiteModel;

  it('counts as the table and the downloads do, leaving out strategies with no commitments', () => {
    const rows = specificityRows(site(a, b, empty));
    expect(rows.map((r) => r.strategy.id)).toEqual(['a-2009', 'b-2010']);
    expect(rows[1]?.count).toEqual(countSpecificity(specificityOf(b.items).map((c) => c.spec)));
    const c = rows[0]?.count;
    // Commitments, all three, then each aspect named and shared.
    const got = [c?.commitments, c?.all, c?.lead, c?.timescale, c?.measure];
    expect(got.map((x) => (typeof x === 'object' ? `${x.named}/${x.shared}` : x))).toEqual([
      5,
      2,
      '3/1',
      '2/1',
      '5/3',
    ]);
  });

  it('states who gives all three for the largest share, and the largest share of each, from the counts', () => {
    const [chart] = chartsFor('specificity', site(a, b, empty));
    expect(chart?.summary).toBe(
      'Beeton 2010 states all three, who leads, by when and how success is measured, ' +
        'for the largest share of its commitments: 1 of 2. Taken one at a time, the largest ' +
        'share of commitments name who leads in Aville 2009 (3 of 5), give a date in ' +
        'Beeton 2010 (1 of 2) and say how success is measured in Aville 2009 (5 of 5). ' +
        'One strategy records no commitments.',
    );
  });

  it('says so when only one strategy, or none, states all three, and when there is one strategy', () => {
    const noDates = strategy('d-2008', 'Deeham 2008', [commitment('x', { lead: 'Council' })]);
    expect(specificitySummary(specificityRows(site(a, noDates)), 2)).toBe(
      'Only Aville 2009 states all three, who leads, by when and how success is measured, ' +
        'for any commitment: 2 of 5. Taken one at a time, the largest share of commitments ' +
        'name who leads in Deeham 2008 (1 of 1), give a date in Aville 2009 (2 of 5) and ' +
        'say how success is measured in Aville 2009 (5 of 5).',
    );
    const none = specificitySummary(specificityRows(site(noDates, noDates)), 2);
    expect(none).toMatch(/^None of these 2 strategies states all three, .* for any commitment\./);
    expect(none).toMatch(/No commitment in any of them gives a date and says how success/);
    expect(specificitySummary(specificityRows(site(b)), 1)).toBe(
      'Of its 2 commitments, Beeton 2010 names who leads for 1, gives a date for 1 ' +
        'and says how success is measured for 1; 1 state all three.',
    );
    expect(specificitySummary([], 1)).toMatch(/^None of these strategies records a commitment/);
  });

  it('draws a panel per strategy, each bar a share on a 0 to 100% scale labelled with the exact count', () => {
    const [chart] = chartsFor('specificity', site(a, b, empty));
    expect(chart?.panels?.length).toBe(2);
    const words = texts(chart?.panels?.[0] as Drawing).map(textOf);
    expect(words).toContain('Aville 2009: 5 commitments');
    // A label too long for its line puts the count on the next, in bold.
    expect(words.join(' ')).toContain('Name who leads (1 stated once for a row) 3 of 5 (60%)');
    expect(words).toContain('All three: 2 of 5 (40%)');
    expect(words.at(-1)).toBe('100%');
    for (const p of chart?.panels ?? []) expect(textInside(p)).toEqual([]);
    const bars = all(chart?.panels?.[0]?.body ?? []).filter((n) => n.attrs['class'] === 'mark');
    // The measure bar (5 of 5) spans the whole plot; all three (2 of 5) two fifths of it.
    expect(bars.map((n) => num(n, 'width'))).toEqual([171.6, 114.4, 286, 114.4]);
  });

  it('gives its counts as CSV, one row per strategy and aspect', () => {
    const [chart] = chartsFor('specificity', site(a, b, empty));
    expect(chart?.csv.split('\n').slice(0, 3)).toEqual([
      'council,strategy,strategy_id,commitments,aspect,label,count,shared',
      'Aville,Aville 2009,a-2009,5,lead,Name who leads,3,1',
      'Aville,Aville 2009,a-2009,5,timescale,Give a date or timescale,2,1',
    ]);
    expect(chart?.csv.trim().split('\n').length).toBe(9);
  });
});

/** One element a line, so a change to a chart reads as a diff. */
const pretty = (html: string) => `${html.replace(/><(?!\/)/g, '>\n<')}\n`;

describe('chart components render the same markup every time', async () => {
  const container = await AstroContainer.create();
  const chart = (drawings: Partial<Parameters<typeof chartFile>[0]>) => ({
    file: 'x',
    title: 'Title',
    summary: 'Finding.',
    source: 'Source.',
    span: 'Documents dated 2008.',
    csv: '',
    ...drawings,
  });

  it('grid, desk and phone drawings', async () => {
    const input = {
      rows: ['Breaks', 'Information'],
      cols: ['A 2008', 'B 2009'],
      values: [
        [0, 3],
        [5, 1],
      ],
    };
    const html = await container.renderToString(ChartFigure, {
      props: {
        id: 'm',
        chart: chart({ wide: matrixDrawing(input, WIDE), narrow: matrixDrawing(input, NARROW) }),
      },
    });
    expect(html).toContain('Download the chart (SVG)');
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/matrix.html');
  });

  it('bars', async () => {
    const panels = [
      panelDrawing(
        {
          title: 'A (carers)',
          bars: [
            { label: 'given a break (2006/7)', value: 5500, stated: 'over 5500' },
            {
              label: 'estimate',
              value: 113800,
              valueTo: 126000,
              stated: 'between 113,800 to 126,000',
            },
          ],
        },
        NARROW,
      ),
    ];
    const html = await container.renderToString(ChartFigure, {
      props: { id: 'b', chart: chart({ panels }) },
    });
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/bars.html');
  });

  it('timeline', async () => {
    const rows = [
      { label: 'A', start: 2008, end: 2011, date: 2008 },
      { label: 'B', date: 2006 },
    ];
    const html = await container.renderToString(ChartFigure, {
      props: {
        id: 't',
        chart: chart({ wide: timelineDrawing(rows, WIDE), narrow: timelineDrawing(rows, NARROW) }),
      },
    });
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/timeline.html');
  });

  it('small multiples', async () => {
    const panels = [
      seriesDrawing({
        title: 'A 2008: assessments',
        unit: 'assessments',
        points: [
          { label: '2007-08', value: 3616, stated: '3616' },
          { label: '2008-09', value: 3652, stated: '3652' },
        ],
      }),
    ];
    const html = await container.renderToString(ChartFigure, {
      props: { id: 'sm', chart: chart({ panels }) },
    });
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/small-multiples.html');
  });

  it('writes one element a line, with rounded numbers', () => {
    const out = serialise({
      tag: 'g',
      attrs: {},
      children: [{ tag: 'rect', attrs: { x: 1 / 3 }, children: [] }],
    });
    expect(out).toBe('<g>\n  <rect x="0.3"></rect>\n</g>');
  });
});
