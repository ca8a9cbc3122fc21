/**
 * Geometry for a labelled grid of counts (themes × strategies, outcomes × strategies).
 * Shade comes from a quantized scale; every cell also prints its number, so colour is never alone.
 */
import { max } from 'd3-array';
import { scaleBand, scaleQuantize } from 'd3-scale';

export type MatrixInput = {
  rows: readonly string[];
  cols: readonly string[];
  /** values[row][col] */
  values: readonly (readonly number[])[];
  rowLabelWidth?: number;
  cellWidth?: number;
  cellHeight?: number;
  headerHeight?: number;
};

/** A cell's box, its centre (for the count), and its shade: 0 for zero, 1-4 rising with the count. */
export type MatrixCell = {
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
  cy: number;
  value: number;
  shade: 0 | 1 | 2 | 3 | 4;
};
export type MatrixLayout = {
  width: number;
  height: number;
  cells: MatrixCell[];
  rowLabels: { text: string; x: number; y: number }[];
  colLabels: { text: string; x: number; y: number }[];
};

const r = (n: number) => Math.round(n * 10) / 10;

export function matrixLayout(input: MatrixInput): MatrixLayout {
  const {
    rows,
    cols,
    values,
    rowLabelWidth = 230,
    cellWidth = 96,
    cellHeight = 30,
    headerHeight = 56,
  } = input;
  const x = scaleBand<number>()
    .domain(cols.map((_, i) => i))
    .range([rowLabelWidth, rowLabelWidth + cols.length * cellWidth])
    .paddingInner(0.06);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([headerHeight, headerHeight + rows.length * cellHeight])
    .paddingInner(0.1);
  const top = max(values, (row) => max(row)) ?? 0;
  // Zero is its own shade (white); counts above zero share four steps up to the largest.
  const shade = scaleQuantize<number>()
    .domain([0, Math.max(top, 1)])
    .range([1, 2, 3, 4]);
  const cells: MatrixCell[] = [];
  rows.forEach((_, ri) =>
    cols.forEach((__, ci) => {
      const value = values[ri]?.[ci] ?? 0;
      cells.push({
        row: ri,
        col: ci,
        x: r(x(ci) ?? 0),
        y: r(y(ri) ?? 0),
        width: r(x.bandwidth()),
        height: r(y.bandwidth()),
        cx: r((x(ci) ?? 0) + x.bandwidth() / 2),
        cy: r((y(ri) ?? 0) + y.bandwidth() / 2),
        value,
        shade: value === 0 ? 0 : (shade(value) as 1 | 2 | 3 | 4),
      });
    }),
  );
  return {
    width: rowLabelWidth + cols.length * cellWidth,
    height: headerHeight + rows.length * cellHeight,
    cells,
    rowLabels: rows.map((text, i) => ({
      text,
      x: rowLabelWidth - 8,
      y: r((y(i) ?? 0) + y.bandwidth() / 2),
    })),
    colLabels: cols.map((text, i) => ({
      text,
      x: r((x(i) ?? 0) + x.bandwidth() / 2),
      y: headerHeight - 10,
    })),
  };
}
