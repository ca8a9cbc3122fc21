/**
 * A grid of counts (themes × strategies, outcomes × strategies) drawn for a given width. Row labels
 * wrap in a column sized from the longest label; columns are as wide as the largest count needs.
 * When the columns do not fit they go in stacked panels; when their names do not fit above them they
 * are numbered, with a key in words. Every cell prints its count, so colour is never alone.
 */
import { max } from 'd3-array';
import { scaleQuantize } from 'd3-scale';
import { h, lines, r, type Drawing, type Node } from './svg.ts';
import { textWidth, widest, wrapText } from './text.ts';

export type MatrixInput = {
  rows: readonly string[];
  cols: readonly string[];
  /** values[row][col] */
  values: readonly (readonly number[])[];
};

export const SHADES = ['#ffffff', '#deebf7', '#9ecae1', '#4292c6', '#084594'] as const;
const SIZE = 13;
const LINE = 16;
const GAP = 3;

/** Shade 0 for zero; counts above zero share four steps up to the largest. */
export function shader(values: readonly (readonly number[])[]) {
  const top = max(values, (row) => max(row)) ?? 0;
  const q = scaleQuantize<number>()
    .domain([0, Math.max(top, 1)])
    .range([1, 2, 3, 4]);
  const shade = (v: number) => (v <= 0 ? 0 : (q(v) as 1 | 2 | 3 | 4));
  // The counts each shade stands for, in words, for the legend.
  const steps = q.thresholds();
  const bands = [1, 2, 3, 4]
    .map((s, i) => {
      const lo = i === 0 ? 1 : Math.floor(steps[i - 1] ?? 0) + 1;
      const hi = i === 3 ? Math.max(top, 1) : Math.floor(steps[i] ?? 0);
      return { shade: s, lo, hi };
    })
    .filter((b) => b.lo <= b.hi && b.lo <= top);
  return { shade, bands, top };
}

type Header = { key: boolean; lines: string[][] };

function headers(cols: readonly string[], start: number, cellWidth: number): Header {
  const wrapped = cols.map((c) => wrapText(c, cellWidth - 6, 12));
  const fits = wrapped.every((l) => l.length <= 4 && !l.some((t) => t.endsWith('…')));
  if (fits) return { key: false, lines: wrapped };
  return { key: true, lines: cols.map((_, i) => [String(start + i + 1)]) };
}

function legend(
  values: MatrixInput['values'],
  width: number,
  y: number,
): { nodes: Node[]; height: number } {
  const { bands } = shader(values);
  const items = [
    { shade: 0, text: '0' },
    ...bands.map((b) => ({ shade: b.shade, text: b.lo === b.hi ? `${b.lo}` : `${b.lo}–${b.hi}` })),
  ];
  const intro = wrapText(
    'Each cell gives the number of items; the darker the shade, the more items:',
    width,
    12,
  );
  const nodes = lines(intro, 0, y + 12, { size: 12, lineHeight: 15 });
  let x = 0;
  let row = y + intro.length * 15 + 4;
  for (const it of items) {
    const w = 22 + textWidth(it.text, 12) + 14;
    if (x + w > width) {
      x = 0;
      row += 22;
    }
    nodes.push(
      h('rect', { x, y: row, width: 16, height: 16, fill: SHADES[it.shade], stroke: '#505a5f' }),
    );
    nodes.push(h('text', { x: x + 22, y: row + 12.5, 'font-size': 12 }, it.text));
    x += w;
  }
  return { nodes, height: row + 22 - y };
}

/** One cell: its shaded box and its count. */
function cellNodes(v: number, s: 0 | 1 | 2 | 3 | 4, x: number, y: number, w: number, rh: number) {
  return [
    h('rect', {
      class: `mark cell heat-${s}`,
      x,
      y: y + GAP / 2,
      width: w,
      height: rh - GAP,
      fill: SHADES[s],
      stroke: '#b1b4b6',
    }),
    h(
      'text',
      {
        x: x + w / 2,
        y: y + rh / 2 + 4.5,
        'font-size': SIZE,
        'font-weight': 700,
        'text-anchor': 'middle',
        fill: s >= 3 ? '#ffffff' : undefined,
        class: s >= 3 ? 'on-dark' : undefined,
      },
      String(v),
    ),
  ];
}

type Grid = { input: MatrixInput; width: number; labelWidth: number; rowLines: string[][] };

/** One panel of columns `start` on, from `top` down: key, headers, row labels and cells. */
function panel(g: Grid, start: number, perPanel: number, top: number) {
  const { input, width, labelWidth, rowLines } = g;
  const { shade } = shader(input.values);
  const panelCols = input.cols.slice(start, start + perPanel);
  const cell = Math.min(110, Math.floor((width - labelWidth) / Math.max(1, panelCols.length)));
  const head = headers(panelCols, start, cell);
  const body: Node[] = [];
  let y = top;
  if (head.key) {
    const key = panelCols.flatMap((c, i) => wrapText(`${start + i + 1}: ${c}`, width, 12));
    body.push(...lines(key, 0, y + 12, { size: 12, lineHeight: 15 }));
    y += key.length * 15 + 8;
  }
  const headHeight = Math.max(...head.lines.map((l) => l.length), 1) * 15 + 6;
  head.lines.forEach((l, i) => {
    const cx = labelWidth + i * cell + cell / 2;
    const baseline = y + headHeight - 8 - (l.length - 1) * 15;
    body.push(...lines(l, cx, baseline, { size: 12, lineHeight: 15, anchor: 'middle' }));
  });
  y += headHeight;
  const plotTop = y;
  const cells: Node[] = [];
  rowLines.forEach((l, ri) => {
    const rh = Math.max(30, l.length * LINE + 8);
    const baseline = y + rh / 2 - ((l.length - 1) * LINE) / 2 + 4.5;
    body.push(
      ...lines(l, labelWidth - 8, baseline, { size: SIZE, lineHeight: LINE, anchor: 'end' }),
    );
    panelCols.forEach((_, i) => {
      const v = input.values[ri]?.[start + i] ?? 0;
      cells.push(...cellNodes(v, shade(v), labelWidth + i * cell + GAP / 2, y, cell - GAP, rh));
    });
    y += rh;
  });
  const plot = `${labelWidth} ${r(plotTop)} ${panelCols.length * cell} ${r(y - plotTop)}`;
  body.push(h('g', { 'data-plot': plot }, ...cells));
  return { body, bottom: y + 16 };
}

/** The grid for a drawing `width` px wide: as many panels of columns as it takes to fit. */
export function matrixDrawing(input: MatrixInput, width: number): Drawing {
  const { rows, cols, values } = input;
  // Row labels: as wide as the longest needs, but never more than 40% of the drawing.
  const labelWidth = Math.min(Math.ceil(widest(rows, SIZE)) + 8, Math.round(width * 0.4));
  const rowLines = rows.map((t) => wrapText(t, labelWidth - 8, SIZE, { maxLines: 4 }));
  const digits = widest(values.flat().map(String), SIZE, true);
  const minCell = Math.max(34, Math.ceil(digits) + 12);
  const perPanel = Math.max(1, Math.floor((width - labelWidth) / minCell));
  const grid = { input, width, labelWidth, rowLines };
  const body: Node[] = [];
  let y = 0;
  for (let start = 0; start === 0 || start < cols.length; start += perPanel) {
    const p = panel(grid, start, perPanel, y);
    body.push(...p.body);
    y = p.bottom;
  }
  const leg = legend(values, width, y);
  body.push(...leg.nodes);
  return { width, height: r(y + leg.height), body };
}

/** The cell with the largest count, for the chart's sentence (the first, in row order, on a tie). */
export function largestCell(
  values: readonly (readonly number[])[],
): { row: number; col: number; value: number } | undefined {
  let best: { row: number; col: number; value: number } | undefined;
  values.forEach((row, ri) =>
    row.forEach((v, ci) => {
      if (v > 0 && (!best || v > best.value)) best = { row: ri, col: ci, value: v };
    }),
  );
  return best;
}

/** Rows whose every count is zero (a theme nobody covers). */
export const emptyRows = (values: readonly (readonly number[])[]) =>
  values.flatMap((row, i) => (row.every((v) => v === 0) ? [i] : []));
