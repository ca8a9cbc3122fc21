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

/**
 * Wide drawings keep the names in a column on the left; narrow ones (phones) put each name above its
 * bar, so the years keep the whole width.
 */
export function timelineDrawing(rows: readonly TimelineRow[], width: number): Drawing {
  const domain = timelineDomain(rows);
  if (!domain)
    return noteDrawing('No dated documents: none of these documents gives a year.', width);
  const stacked = width < 480;
  const labelWidth = stacked
    ? 0
    : Math.min(
        Math.ceil(
          widest(
            rows.map((row) => row.label),
            SIZE,
          ),
        ) + 12,
        Math.round(width * 0.38),
      );
  const edge = textWidth('2000', 12) / 2 + 2; // room for the first and last year labels
  const x = scaleLinear()
    .domain(domain)
    .range([labelWidth + edge, width - edge]);
  const body: Node[] = [];
  const marks: Node[] = [];
  let y = 4;
  const plotTop = y;
  for (const row of rows) {
    const label = wrapText(row.label, stacked ? width : labelWidth - 12, SIZE, {
      maxLines: stacked ? 3 : 2,
    });
    const undated = years(row).length === 0;
    const textLines = undated ? [...label, 'No dates given'] : label;
    const labelHeight = stacked ? textLines.length * LINE + 2 : 0;
    const rowHeight = Math.max(32, stacked ? labelHeight + 28 : textLines.length * LINE + 12);
    const barY = y + (stacked ? labelHeight : (rowHeight - 20) / 2);
    body.push(
      ...lines(
        textLines,
        stacked ? 0 : labelWidth - 12,
        stacked ? y + 13 : y + rowHeight / 2 - ((textLines.length - 1) * LINE) / 2 + 4.5,
        { size: SIZE, lineHeight: LINE, anchor: stacked ? undefined : 'end' },
      ),
    );
    const start = row.start ?? undefined;
    if (start !== undefined) {
      const x0 = x(start);
      const x1 = x((row.end ?? start) + 1);
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
      const dx = x(row.date + 0.5);
      marks.push(
        h('path', {
          class: 'mark',
          d: `M ${r(dx)} ${r(barY)} l 8 11 l -8 11 l -8 -11 z`,
          fill: '#d55e00',
          stroke: '#0b0c0c',
        }),
      );
    }
    y += rowHeight;
  }
  const axisY = y + 4;
  const [p0 = 0, p1 = width] = x.range();
  const ticks = tickYears(domain, p1 - p0);
  const grid = ticks.map((t) =>
    h('line', { class: 'grid', x1: x(t), x2: x(t), y1: plotTop, y2: axisY, stroke: '#b1b4b6' }),
  );
  // A year's label sits in the middle of its span.
  const labels = ticks.map((t) =>
    h(
      'text',
      { x: x(t + 0.5), y: axisY + 16, 'font-size': 12, 'text-anchor': 'middle' },
      String(t),
    ),
  );
  const key = wrapText(
    'Bar: the years a document covers (dashed: no end year given). Diamond: the year it is dated.',
    width,
    12,
  );
  return {
    width,
    height: axisY + 30 + key.length * 16,
    body: [
      ...grid,
      ...body,
      h(
        'g',
        { 'data-plot': `${r(p0 - 9)} ${plotTop - 1} ${r(p1 - p0 + 18)} ${r(axisY - plotTop + 1)}` },
        ...marks,
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
      ...labels,
      ...lines(key, 0, axisY + 38, { size: 12, lineHeight: 16 }),
    ],
  };
}

/** A drawing that says in words why there is nothing to draw. */
export function noteDrawing(text: string, width: number): Drawing {
  const l = wrapText(text, width, 14);
  return { width, height: l.length * 19 + 12, body: lines(l, 0, 18, { size: 14, lineHeight: 19 }) };
}
