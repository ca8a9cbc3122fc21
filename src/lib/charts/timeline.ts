/**
 * Each document's period as a bar and its date as a diamond, on an axis of years taken from the
 * documents themselves: from the earliest year any of them names to the end of the latest, so the
 * axis never runs more than a year past them. A year is drawn as the span from its start to its end.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { h, lines, r, type Drawing, type Node } from './svg.ts';
import { textWidth, widest, wrapText } from './text.ts';

export type TimelineRow = {
  label: string;
  start?: number | undefined;
  end?: number | undefined;
  date?: number | undefined;
  note?: string | undefined;
  href?: string | undefined;
};

const SIZE = 13;
const LINE = 16;

const years = (row: TimelineRow) =>
  [row.start, row.end, row.date].filter(
    (y): y is number => typeof y === 'number' && Number.isFinite(y),
  );

/** The axis: the first year named to the end of the last, or undefined when no document has a year. */
export function timelineDomain(rows: readonly TimelineRow[]): [number, number] | undefined {
  const [lo, hi] = extent(rows.flatMap(years));
  return lo === undefined || hi === undefined ? undefined : [lo, hi + 1];
}

/** Year ticks spaced so their labels never touch at this plot width. */
function tickYears([lo, hi]: [number, number], plotWidth: number): number[] {
  const perYear = plotWidth / (hi - lo);
  const need = textWidth('2000', 12) + 10;
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * perYear >= need) ?? 100;
  const first = Math.ceil(lo / step) * step;
  const out: number[] = [];
  for (let y = first; y < hi; y += step) out.push(y);
  return out.length > 0 ? out : [lo];
}

type Scale = ReturnType<typeof scaleLinear<number, number>>;

/** A document's bar (its period) and diamond (its date), with `barY` the top of the row's bar. */
function rowMarks(row: TimelineRow, x: Scale, barY: number): Node[] {
  const marks: Node[] = [];
  if (row.start !== undefined) {
    const x0 = x(row.start);
    const x1 = x((row.end ?? row.start) + 1);
    marks.push(
      h('rect', {
        class: 'mark',
        x: x0,
        y: barY + 2,
        width: Math.max(2, x1 - x0),
        height: 18,
        fill: '#56b4e9',
        stroke: '#0b0c0c',
        'stroke-dasharray': row.end === undefined ? '4 3' : undefined,
      }),
    );
  }
  if (row.date !== undefined) {
    const dx = r(x(row.date + 0.5));
    marks.push(
      h('path', {
        class: 'mark',
        d: `M ${dx} ${r(barY)} l 8 11 l -8 11 l -8 -11 z`,
        fill: '#d55e00',
        stroke: '#0b0c0c',
      }),
    );
  }
  return marks;
}

/** Each row's name (beside its bar, or above it when `stacked`) and marks, from `y` down. */
function rowsOf(rows: readonly TimelineRow[], x: Scale, labelWidth: number, width: number) {
  const stacked = labelWidth === 0;
  const text: Node[] = [];
  const marks: Node[] = [];
  let y = 4;
  for (const row of rows) {
    const label = wrapText(row.label, stacked ? width : labelWidth - 12, SIZE, {
      maxLines: stacked ? 3 : 2,
    });
    const textLines = years(row).length === 0 ? [...label, 'No dates given'] : label;
    const labelHeight = stacked ? textLines.length * LINE + 2 : 0;
    const rowHeight = Math.max(32, stacked ? labelHeight + 28 : textLines.length * LINE + 12);
    const firstBaseline = stacked
      ? y + 13
      : y + rowHeight / 2 - ((textLines.length - 1) * LINE) / 2 + 4.5;
    text.push(
      ...lines(textLines, stacked ? 0 : labelWidth - 12, firstBaseline, {
        size: SIZE,
        lineHeight: LINE,
        anchor: stacked ? undefined : 'end',
      }),
    );
    marks.push(...rowMarks(row, x, y + (stacked ? labelHeight : (rowHeight - 20) / 2)));
    y += rowHeight;
  }
  return { text, marks, bottom: y };
}

/** Grid lines, the axis line (carrying its domain for the tests) and the year labels. */
function axisOf(domain: [number, number], x: Scale, top: number, axisY: number): Node[] {
  const [p0 = 0, p1 = 0] = x.range();
  const ticks = tickYears(domain, p1 - p0);
  return [
    ...ticks.map((t) =>
      h('line', { class: 'grid', x1: x(t), x2: x(t), y1: top, y2: axisY, stroke: '#b1b4b6' }),
    ),
    h('line', {
      class: 'axis',
      x1: p0,
      x2: p1,
      y1: axisY,
      y2: axisY,
      stroke: '#0b0c0c',
      'data-from': domain[0],
      'data-to': domain[1],
    }),
    // A year's label sits in the middle of its span.
    ...ticks.map((t) =>
      h(
        'text',
        { x: x(t + 0.5), y: axisY + 16, 'font-size': 12, 'text-anchor': 'middle' },
        String(t),
      ),
    ),
  ];
}

/**
 * Wide drawings keep the names in a column on the left; narrow ones (phones) put each name above its
 * bar, so the years keep the whole width.
 */
export function timelineDrawing(rows: readonly TimelineRow[], width: number): Drawing {
  const domain = timelineDomain(rows);
  if (!domain)
    return noteDrawing('No dated documents: none of these documents gives a year.', width);
  const stacked = width < 480;
  const longest =
    Math.ceil(
      widest(
        rows.map((row) => row.label),
        SIZE,
      ),
    ) + 12;
  const labelWidth = stacked ? 0 : Math.min(longest, Math.round(width * 0.38));
  const edge = textWidth('2000', 12) / 2 + 2; // room for the first and last year labels
  const x = scaleLinear()
    .domain(domain)
    .range([labelWidth + edge, width - edge]);
  const [p0 = 0, p1 = width] = x.range();
  const drawn = rowsOf(rows, x, labelWidth, width);
  const axisY = drawn.bottom + 4;
  const key = wrapText(
    'Bar: the years a document covers (dashed: no end year given). Diamond: the year it is dated.',
    width,
    12,
  );
  const axis = axisOf(domain, x, 4, axisY);
  const plot = `${r(p0 - 9)} 3 ${r(p1 - p0 + 18)} ${r(axisY - 3)}`;
  return {
    width,
    height: axisY + 30 + key.length * 16,
    body: [
      ...axis.filter((n) => n.tag === 'line'),
      ...drawn.text,
      h('g', { 'data-plot': plot }, ...drawn.marks),
      ...axis.filter((n) => n.tag === 'text'),
      ...lines(key, 0, axisY + 38, { size: 12, lineHeight: 16 }),
    ],
  };
}

/** A drawing that says in words why there is nothing to draw. */
export function noteDrawing(text: string, width: number): Drawing {
  const l = wrapText(text, width, 14);
  return { width, height: l.length * 19 + 12, body: lines(l, 0, 18, { size: 14, lineHeight: 19 }) };
}
