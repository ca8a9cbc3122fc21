/**
 * Every chart the site draws, for one group of strategies: its drawings at desk and phone widths, the
 * sentence that states its finding, its source and date span, and its data as CSV rows. Pages, the
 * chart files under /data/charts/ and the tests all take charts from here, so they always agree.
 */
import { extent } from 'd3-array';
import { csvFormatRows } from 'd3-dsv';
import { panelDrawing, splitPanels, type BarPanel } from './bars.ts';
import {
  budgetSharePanels,
  carerPopulationPanels,
  docName,
  moneyPanels,
  reachPanels,
  targetSeries,
  timelineRows,
} from './data.ts';
import { seriesDrawing, steepest, PANEL_WIDTH } from './lines.ts';
import { emptyRows, largestCell, matrixDrawing } from './matrix.ts';
import {
  SPECIFICITY_KEYS,
  named,
  specificityPanels,
  specificityRows,
  specificitySummary,
} from './specificity.ts';
import { fileSvg, type Drawing } from './svg.ts';
import { noteDrawing, timelineDrawing, timelineDomain } from './timeline.ts';
import { outcomeMatrix, themeMatrix, type SiteModel, type StrategyView } from '../model.ts';
import { strategyGroups, type StrategyGroup } from '../groups.ts';
import { url } from '../paths.ts';

/** Desk drawings fit the content column at 768 px; phone drawings fit it at 320 px. */
export const WIDE = 720;
export const NARROW = 288;

export type Chart = {
  /** The chart's file name (without extension) under /data/charts/. */
  file: string;
  title: string;
  /** One or two sentences stating what the chart shows, computed from its data. */
  summary: string;
  caveat?: string;
  source: string;
  span: string;
  /** A grid or timeline: one drawing for desks, one for phones. */
  wide?: Drawing;
  narrow?: Drawing;
  /** Small multiples or bar panels: drawn once each, at phone width, laid out by the page. */
  panels?: Drawing[];
  /** Figures with nothing beside them to compare with: listed in words, not drawn. */
  single?: BarPanel[];
  csv: string;
};

const name = docName;

export function dateSpan(strategies: readonly StrategyView[]): string {
  const [lo, hi] = extent(strategies, (s) => s.date.year);
  if (lo === undefined || hi === undefined) return 'No dated documents.';
  return lo === hi ? `Documents dated ${lo}.` : `Documents dated ${lo} to ${hi}.`;
}

/** `n` and a noun, with the noun singular or plural: "1 figure", "3 figures". */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const documents = (n: number) =>
  n === 1 ? 'one council strategy document' : `${n} council strategy documents`;

const source = (strategies: readonly StrategyView[]) =>
  `Source: Carers Strategies Compared, from ${documents(strategies.length)}, ` +
  'read and counted by us. Data under CC BY 4.0.';

const cell = (v: string | number | undefined) => (v === undefined ? '' : String(v));

const csv = (header: string[], rows: (string | number | undefined)[][]) =>
  `${csvFormatRows([header, ...rows.map((row) => row.map(cell))])}\n`;

/** The finding of a grid of counts, in words. */
function gridSummary(
  rows: readonly string[],
  strategies: readonly StrategyView[],
  values: number[][],
  what: string,
): string {
  const best = largestCell(values);
  if (!best) return `None of these ${strategies.length} strategies has an item on any ${what}.`;
  const leader = name(strategies[best.col] as StrategyView);
  const topic = (rows[best.row] ?? '').toLowerCase();
  const empty = emptyRows(values).map((i) => (rows[i] ?? '').toLowerCase());
  const first = `${leader} has the most items on one ${what}: ${best.value}, on ${topic}.`;
  const second = empty.length > 0 ? ` No strategy here has an item on ${empty.join(', ')}.` : '';
  return first + second;
}

/** A grid chart (rows × the strategies): its drawings, finding and CSV in long form. */
function grid(
  strategies: readonly StrategyView[],
  rows: readonly string[],
  values: number[][],
  what: 'theme' | 'outcome',
): Pick<Chart, 'summary' | 'wide' | 'narrow' | 'csv' | 'source' | 'span'> {
  const input = { rows, cols: strategies.map(name), values };
  return {
    summary: gridSummary(rows, strategies, values, what),
    source: source(strategies),
    span: dateSpan(strategies),
    wide: matrixDrawing(input, WIDE),
    narrow: matrixDrawing(input, NARROW),
    csv: csv(
      ['council', 'strategy', 'strategy_id', what, 'items'],
      strategies.flatMap((x, si) =>
        rows.map((row, ri) => [x.councilName, x.shortTitle, x.id, row, values[ri]?.[si] ?? 0]),
      ),
    ),
  };
}

function coverage(site: SiteModel, suffix: string): Chart[] {
  const s = site.strategies;
  const tm = themeMatrix(s, site.themes);
  const byTheme = site.themes.map((_, ti) => s.map((_, si) => tm[si]?.[ti] ?? 0));
  const outcomes = site.national.filter((n) => n.kind === 'outcome-2008');
  const om = outcomeMatrix(s, site.themes, outcomes);
  const byOutcome = outcomes.map((_, oi) => s.map((_, si) => om[si]?.[oi] ?? 0));
  const after = s.filter((x) => x.date.year > 2008).length;
  const written =
    after === s.length
      ? 'all of these documents are dated after it.'
      : `${s.length - after} of these ${s.length} documents are dated 2008 or before, ` +
        'so may not have been written to it.';
  return [
    {
      file: `coverage-themes${suffix}`,
      title: 'Theme coverage: items per theme in each strategy',
      caveat:
        'Counts show how much a document says, not how good its support is; ' +
        'the documents differ in length, date and status.',
      ...grid(
        s,
        site.themes.map((t) => t.title),
        byTheme,
        'theme',
      ),
    },
    {
      file: `coverage-outcomes${suffix}`,
      title: "Alignment with the 2008 National Carers Strategy's five outcomes",
      caveat:
        'An item counts once for each outcome its themes serve. ' +
        `The national strategy was published in 2008; ${written}`,
      ...grid(
        s,
        outcomes.map((o) => o.title),
        byOutcome,
        'outcome',
      ),
    },
  ];
}

function timeline(site: SiteModel, suffix: string): Chart {
  const rows = timelineRows(site);
  const domain = timelineDomain(rows);
  const periods = rows.filter((row) => row.start !== undefined);
  const dated = extent(rows, (row) => row.date);
  const covered = extent(periods.flatMap((row) => [row.start ?? 0, row.end ?? row.start ?? 0]));
  const noPeriod = rows.length - periods.length;
  const undated = noPeriod === 1 ? 'One document states' : `${noPeriod} documents state`;
  const span = (lo?: number, hi?: number) => (lo === hi ? `${lo}` : `${lo} to ${hi}`);
  const summary = !domain
    ? 'None of these documents gives a year.'
    : [
        dated[0] !== undefined
          ? `These ${rows.length} documents are dated ${span(...dated)}`
          : `These ${rows.length} documents give no dates`,
        covered[0] !== undefined
          ? `; the periods they cover run from ${span(...covered)}.`
          : '; none states the period it covers.',
        noPeriod > 0 && periods.length > 0 ? ` ${undated} no period, only a date.` : '',
      ].join('');
  return {
    file: `timeline${suffix}`,
    title: 'When each document was written, and the years it covers',
    summary,
    source: source(site.strategies),
    span: domain ? `Years ${domain[0]} to ${domain[1] - 1}.` : 'No dated documents.',
    wide: timelineDrawing(rows, WIDE),
    narrow: timelineDrawing(rows, NARROW),
    csv: csv(
      ['document', 'first_year', 'last_year', 'dated', 'note'],
      rows.map((row) => [row.label, row.start, row.end, row.date, row.note]),
    ),
  };
}

function targets(site: SiteModel, suffix: string): Chart {
  const series = targetSeries(site);
  const best = steepest(series);
  const giving = series.length === 1 ? 'One target gives' : `${series.length} targets give`;
  const rise =
    best && best.change > 0
      ? ` The steepest planned rise is ${best.series.title}, from ${best.from} to ${best.to}.`
      : '';
  return {
    file: `targets${suffix}`,
    title: 'Performance targets by year',
    summary:
      series.length === 0
        ? 'None of these strategies sets a target with values for two or more years.'
        : `${giving} values for two or more years.${rise}`,
    caveat:
      'Targets are what councils planned, not what they achieved. ' +
      'Each panel has its own scale, starting at zero; measures differ between councils ' +
      '(for example PAF C62 and NI 135), so compare the shape of each line, ' +
      'not one council’s level with another’s.',
    source: source(site.strategies),
    span: dateSpan(site.strategies),
    panels:
      series.length > 0
        ? series.map((x) => seriesDrawing(x, PANEL_WIDTH))
        : [noteDrawing('No targets with values for two or more years.', PANEL_WIDTH)],
    csv: csv(
      ['council', 'strategy', 'measure', 'unit', 'period', 'value', 'stated'],
      series.flatMap((x) =>
        x.points.map((p) => [
          x.strategy.councilName,
          x.strategy.shortTitle,
          x.measure,
          x.unit,
          p.label,
          p.value,
          p.stated,
        ]),
      ),
    ),
  };
}

function bars(
  file: string,
  title: string,
  caveat: string,
  panels: BarPanel[],
  site: SiteModel,
): Chart {
  const { drawn, single } = splitPanels(panels);
  const fullest = [...drawn].sort((a, b) => b.bars.length - a.bars.length)[0];
  const largest =
    fullest && [...fullest.bars].sort((a, b) => (b.valueTo ?? b.value) - (a.valueTo ?? a.value))[0];
  const count = panels.reduce((n, p) => n + p.bars.length, 0);
  const singles = single.length === 1 ? 'One group has' : `${single.length} groups have`;
  const summary =
    panels.length === 0
      ? 'None of these documents gives figures of this kind.'
      : [
          `${counted(count, 'figure', 'figures')} in ${counted(panels.length, 'group', 'groups')}.`,
          fullest && largest
            ? ` ${fullest.title} gives the most, ${fullest.bars.length}; ` +
              `the largest of them is ${largest.label}, ${largest.stated}.`
            : '',
          single.length > 0
            ? ` ${singles} a single figure, listed below the chart rather than drawn.`
            : '',
        ].join('');
  return {
    file,
    title,
    summary,
    caveat,
    source: source(site.strategies),
    span: dateSpan(site.strategies),
    panels: drawn.map((p) => panelDrawing(p, PANEL_WIDTH)),
    single,
    csv: csv(
      ['group', 'measure', 'value', 'value_to', 'stated', 'period'],
      panels.flatMap((p) =>
        p.bars.map((b) => [p.title, b.label, b.value, b.valueTo, b.stated, b.period]),
      ),
    ),
  };
}

function figures(site: SiteModel, suffix: string): Chart[] {
  return [
    bars(
      `figures-reach${suffix}`,
      'People reached by services, as each document reports',
      'Each group has its own scale, starting at zero: bars compare only within a group. ' +
        'Councils count different things over different years; ' +
        'the labels say what each bar counts and when.',
      reachPanels(site),
      site,
    ),
    bars(
      `figures-money${suffix}`,
      'Funding figures in pounds',
      'Sums are in the pounds of their year and cover different periods: ' +
        'some yearly, some one-off, some unstated. Each group has its own scale, starting at zero.',
      moneyPanels(site),
      site,
    ),
    bars(
      `figures-share${suffix}`,
      'How budgets are split, in per cent',
      'Shares as the document states them; they may not add to exactly 100.',
      budgetSharePanels(site),
      site,
    ),
    bars(
      `figures-population${suffix}`,
      'Estimates of the number of carers',
      'Estimates come from different years and methods ' +
        '(census counts, local estimates, national rates applied locally); ' +
        'a range is a paler, outlined bar from its lower to its upper value.',
      carerPopulationPanels(site),
      site,
    ),
  ];
}

function specificity(site: SiteModel, suffix: string): Chart {
  const rows = specificityRows(site);
  return {
    file: `specificity${suffix}`,
    title: 'Commitments that name who leads, a date and a measure of success',
    summary: specificitySummary(rows, site.strategies.length),
    caveat:
      'Each bar is a share of that strategy’s commitments, so strategies of different lengths ' +
      'compare. A lead, date or measure stated once for a whole row, area or table ' +
      '(“shared” in the table) counts for each line in it; the lines that only name those ' +
      'leads or dates are not counted as commitments. The counts say what the documents ' +
      'state, not whether promises were kept.',
    source: source(site.strategies),
    span: dateSpan(site.strategies),
    panels:
      rows.length > 0
        ? specificityPanels(rows).map((p) => panelDrawing(p, PANEL_WIDTH))
        : [noteDrawing('No commitments recorded.', PANEL_WIDTH)],
    csv: csv(
      ['council', 'strategy', 'strategy_id', 'commitments', 'aspect', 'label', 'count', 'shared'],
      rows.flatMap(({ strategy: x, count }) =>
        SPECIFICITY_KEYS.map(({ key, label }) => {
          const { n, shared } = named(count, key);
          return [x.councilName, x.shortTitle, x.id, count.commitments, key, label, n, shared];
        }),
      ),
    ),
  };
}

export type ChartId = 'coverage' | 'timeline' | 'targets' | 'figures' | 'specificity';

function drawCharts(id: ChartId, site: SiteModel, suffix: string): Chart[] {
  if (id === 'coverage') return coverage(site, suffix);
  if (id === 'timeline') return [timeline(site, suffix)];
  if (id === 'targets') return [targets(site, suffix)];
  if (id === 'specificity') return [specificity(site, suffix)];
  return figures(site, suffix);
}

// The same charts are asked for by the CSV and SVG file routes, the chart page and its matrices: drawn
// once per model (the model is never changed once built; callers must not change the charts either).
const drawn = new WeakMap<SiteModel, Map<string, Chart[]>>();

/** The charts of one chart page, for the strategies in `site`; `suffix` tells groups' files apart. */
export function chartsFor(id: ChartId, site: SiteModel, suffix = ''): Chart[] {
  let bySite = drawn.get(site);
  if (!bySite) drawn.set(site, (bySite = new Map<string, Chart[]>()));
  const key = `${id} ${suffix}`;
  let charts = bySite.get(key);
  if (!charts) bySite.set(key, (charts = drawCharts(id, site, suffix)));
  return charts;
}

/** The standalone SVG file of a chart: its drawings with title, finding and source. */
export function chartFile(chart: Chart): string {
  const drawings = chart.wide ? [chart.wide] : (chart.panels ?? []);
  const body = drawings.length > 0 ? drawings : [noteDrawing(chart.summary, WIDE)];
  return fileSvg(body, {
    title: chart.title,
    summary: chart.summary,
    source: `${chart.source} ${chart.span}`,
  });
}

export const chartHref = (file: string, ext: 'csv' | 'svg') =>
  url.page(`data/charts/${file}.${ext}`);

type ChartGroup = { group: StrategyGroup<StrategyView>; sub: SiteModel; suffix: string };
const grouped = new WeakMap<SiteModel, ChartGroup[]>();

/** The groups chart pages are split into, each with a model holding only its strategies. */
export function chartGroups(site: SiteModel): ChartGroup[] {
  // The same groups (the same `sub` models) each time, so their charts are drawn once.
  const hit = grouped.get(site);
  if (hit) return hit;
  const groups = groupCharts(site);
  grouped.set(site, groups);
  return groups;
}

function groupCharts(site: SiteModel): ChartGroup[] {
  const region = new Map(site.councils.map((c) => [c.id, c.region]));
  return strategyGroups(site.strategies, (s) => region.get(s.council) ?? '').map((group) => {
    const ids = new Set(group.strategies.map((s) => s.id));
    return {
      group,
      sub: {
        ...site,
        strategies: group.strategies,
        councils: site.councils.filter((c) => c.strategies.some((s) => ids.has(s))),
      },
      suffix: group.slug ? `-${group.slug}` : '',
    };
  });
}

/** The home page charts the newest strategies, at most this many. */
export const HOME_CHART_LIMIT = 12;

/** The newest strategies, newest first (as the home page lists them). */
export const newestStrategies = (strategies: readonly StrategyView[], limit = HOME_CHART_LIMIT) =>
  [...strategies]
    .sort((a, b) => b.date.year - a.date.year || a.councilName.localeCompare(b.councilName))
    .slice(0, limit);

/** The file-name suffix of the home page's coverage chart: its own files once it shows only some strategies. */
export const homeSuffix = (site: SiteModel, shown: number) =>
  shown < site.strategies.length ? '-newest' : '';

const filed = new WeakMap<SiteModel, Chart[]>();

/** Every chart file the site offers: each group's charts, and the home page's when it differs. */
export function chartFiles(site: SiteModel): Chart[] {
  // Listed by the CSV route and the SVG route: once.
  let files = filed.get(site);
  if (!files) filed.set(site, (files = listChartFiles(site)));
  return files;
}

function listChartFiles(site: SiteModel): Chart[] {
  const ids: ChartId[] = ['coverage', 'timeline', 'targets', 'figures', 'specificity'];
  const out = chartGroups(site).flatMap(({ sub, suffix }) =>
    ids.flatMap((id) => chartsFor(id, sub, suffix)),
  );
  if (site.strategies.length > HOME_CHART_LIMIT) {
    const home = chartsFor(
      'coverage',
      { ...site, strategies: newestStrategies(site.strategies) },
      '-newest',
    )[0];
    if (home) out.push(home);
  }
  return out;
}
