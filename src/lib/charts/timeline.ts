/** Each document's period as a bar and its date as a marker, on one shared axis of years. */
import { scaleLinear } from 'd3-scale';

export type TimelineRow = {
  label: string;
  start?: number | undefined;
  end?: number | undefined;
  date: number;
  note?: string | undefined;
  href?: string | undefined;
};
export type TimelineLayout = {
  width: number;
  height: number;
  rows: (TimelineRow & {
    y: number;
    x0: number | null;
    x1: number | null;
    width: number;
    dateX: number;
    open: boolean;
  })[];
  ticks: { x: number; year: number }[];
  axisY: number;
};

const r = (n: number) => Math.round(n * 10) / 10;

export function timelineLayout(
  rows: readonly TimelineRow[],
  options: { from?: number; to?: number; width?: number; labelWidth?: number } = {},
): TimelineLayout {
  const { from = 1996, to = 2013, width = 760, labelWidth = 230 } = options;
  const x = scaleLinear()
    .domain([from, to])
    .range([labelWidth, width - 20]);
  const rowHeight = 34;
  const laid = rows.map((row, i) => {
    const y = 10 + i * rowHeight;
    // A period covers whole years: from the start of its first year to the end of its last.
    const x0 = row.start !== undefined ? r(x(row.start)) : null;
    const x1 =
      row.end !== undefined
        ? r(x(row.end + 1))
        : row.start !== undefined
          ? r(x(row.start + 1))
          : null;
    return {
      ...row,
      y,
      x0,
      x1,
      width: x0 !== null && x1 !== null ? r(x1 - x0) : 0,
      dateX: r(x(row.date + 0.5)),
      open: row.start !== undefined && row.end === undefined,
    };
  });
  const axisY = 10 + rows.length * rowHeight + 4;
  const ticks = [];
  for (let year = from; year <= to; year += 2) ticks.push({ x: r(x(year)), year });
  return { width, height: axisY + 30, rows: laid, ticks, axisY };
}
