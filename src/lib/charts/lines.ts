/**
 * Small multiples: one small line chart per target, each on its own scale (units differ), each
 * starting at zero so a 3% rise looks like a 3% rise. Every panel is drawn at phone width and the
 * page lays them out in as many columns as fit.
 */
import { extent } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { BLUE, h, lines, r, tickLabel, type Drawing, type Node } from './svg.ts';
import { textWidth, unitName, widest, wrapText } from './text.ts';

export type Series = {
  /** Council and strategy, then the measure: every panel says whose it is. */
  title: string;
  unit: string;
  points: { label: string; value: number; stated: string }[];
  href?: string | undefined;
};

export const PANEL_WIDTH = 288;
const fmt = tickLabel;

/**
 * The periods' axis: the first and last dots sit far enough in for their value and period labels to
 * stay inside, and each period's name wraps to the room between dots.
 */
function periodAxis(s: Series, left: number, width: number, valueWidth: number) {
  const x = scalePoint<number>().domain(s.points.map((_, i) => i));
  const wrap = () => {
    const room = s.points.length > 1 ? x.step() - 8 : width - left - 8;
    return s.points.map((p) => wrapText(p.label, Math.max(room, 36), 12, { maxLines: 3 }));
  };
  let inset = valueWidth / 2 + 2;
  for (let pass = 0; pass < 4; pass++) {
    x.range([left + inset, width - inset]);
    const need =
      Math.max(
        valueWidth,
        ...wrap()
          .flat()
          .map((l) => textWidth(l, 12)),
      ) /
        2 +
      2;
    if (need <= inset) break;
    inset = need;
  }
  x.range([left + inset, width - inset]);
  return { x, periodLines: wrap(), step: s.points.length > 1 ? x.step() : width - left };
}

/** Value labels above the dots, unless neighbours would touch: then the first and last only. */
function valueLabels(dots: { x: number; y: number }[], values: string[], step: number): Node[] {
  const w = (i: number) => textWidth(values[i] ?? '', 12, true);
  const crowded = dots.some((_, i) => i > 0 && step < (w(i) + w(i - 1)) / 2 + 6);
  return dots.flatMap((d, i) =>
    crowded && i > 0 && i < dots.length - 1
      ? []
      : [
          h(
            'text',
            { x: d.x, y: d.y - 9, 'font-size': 12, 'font-weight': 700, 'text-anchor': 'middle' },
            values[i] ?? '',
          ),
        ],
  );
}

/** One panel, `width` px wide; its title is drawn in it, so the downloaded file names it too. */
export function seriesDrawing(s: Series, width = PANEL_WIDTH): Drawing {
  const title = wrapText(s.title, width, 13, { bold: true, maxLines: 4 });
  const unit = wrapText(`Unit: ${unitName(s.unit)}`, width, 12);
  const top = title.length * 17 + unit.length * 15 + 28;
  const plotHeight = 120;
  const [lo = 0, hi = 0] = extent(s.points, (p) => p.value);
  // Zero is always on the axis: a value axis that starts near the data makes a small rise look steep.
  const y = scaleLinear()
    .domain([Math.min(0, lo), hi > 0 ? hi : 1])
    .nice(4)
    .range([top + plotHeight, top]);
  const ticks = y.ticks(4);
  const left = Math.ceil(widest(ticks.map(fmt), 12)) + 10;
  const values = s.points.map((p) => fmt(p.value));
  const { x, periodLines, step } = periodAxis(s, left, width, widest(values, 12, true));
  const dots = s.points.map((p, i) => ({ x: x(i) ?? left, y: y(p.value) }));
  const path = line<{ x: number; y: number }>()
    .x((d) => d.x)
    .y((d) => d.y)
    .digits(1)(dots);
  const bottomLines = Math.max(1, ...periodLines.map((l) => l.length));
  const plot = `${left} ${r(top - 5)} ${width - left} ${plotHeight + 10}`;
  const body: Node[] = [
    ...lines(title, 0, 14, { size: 13, bold: true, lineHeight: 17 }),
    ...lines(unit, 0, title.length * 17 + 13, { size: 12, lineHeight: 15 }),
    ...ticks.map((t) =>
      h('line', { class: 'grid', x1: left, x2: width, y1: y(t), y2: y(t), stroke: '#b1b4b6' }),
    ),
    ...ticks.map((t) =>
      h('text', { x: left - 6, y: y(t) + 4, 'font-size': 12, 'text-anchor': 'end' }, fmt(t)),
    ),
    h('line', { class: 'axis', x1: left, x2: width, y1: y(0), y2: y(0), stroke: '#0b0c0c' }),
    h(
      'g',
      { 'data-plot': plot },
      h('path', { class: 'mark', d: path ?? '', fill: 'none', stroke: BLUE, 'stroke-width': 2.5 }),
      ...dots.map((d) => h('circle', { class: 'mark', cx: d.x, cy: d.y, r: 4, fill: BLUE })),
    ),
    ...valueLabels(dots, values, step),
    ...dots.flatMap((d, i) =>
      lines(periodLines[i] ?? [], d.x, top + plotHeight + 18, {
        size: 12,
        lineHeight: 15,
        anchor: 'middle',
      }),
    ),
  ];
  return {
    width,
    height: r(top + plotHeight + 10 + bottomLines * 15 + 6),
    body,
    title: `${s.title}: ${s.points.map((p) => `${p.label} ${p.stated}`).join(', ')}`,
  };
}

/** The steepest rise (or, if none rises, the steepest fall) from first to last value, for the chart's sentence. */
export function steepest(
  series: readonly Series[],
): { series: Series; from: string; to: string; change: number } | undefined {
  let best: { series: Series; from: string; to: string; change: number } | undefined;
  for (const s of series) {
    const a = s.points[0];
    const b = s.points.at(-1);
    if (!a || !b || a.value === 0) continue;
    const change = (b.value - a.value) / Math.abs(a.value);
    if (!best || change > best.change) best = { series: s, from: a.stated, to: b.stated, change };
  }
  return best;
}
