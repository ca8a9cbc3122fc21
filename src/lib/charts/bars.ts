/**
 * Horizontal bars in panels. Each panel has its own scale, because panels hold figures that
 * measure different things (carers reached, pounds, per cent); bars are compared only within a panel.
 * A range (e.g. "between 113,800 to 126,000") is drawn as a bar from its lower to its upper value.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export type BarDatum = {
  label: string;
  value: number;
  valueTo?: number | undefined;
  /** The figure as the source writes it: printed beside the bar. */
  stated: string;
  /** The item's permalink and its source passage. */
  href?: string | undefined;
  sourceHref?: string | undefined;
  period?: string | undefined;
};
export type BarPanel = { title: string; bars: BarDatum[] };

/** `barX`/`barWidth` draw the bar (for a range, from its lower value); all numbers rounded to 0.1. */
export type BarGeometry = BarDatum & {
  y: number;
  x0: number;
  x1: number;
  rangeStart: number | null;
  barX: number;
  barWidth: number;
  textX: number;
};
export type PanelGeometry = {
  title: string;
  titleY: number;
  bars: BarGeometry[];
  axisY: number;
  ticks: { x: number; label: string }[];
};
export type BarsLayout = {
  width: number;
  height: number;
  labelWidth: number;
  panels: PanelGeometry[];
};

const r = (n: number) => Math.round(n * 10) / 10;

export function barsLayout(
  panels: readonly BarPanel[],
  options: {
    width?: number;
    labelWidth?: number;
    barHeight?: number;
    format?: (n: number) => string;
  } = {},
): BarsLayout {
  const { width = 720, labelWidth = 300, barHeight = 26 } = options;
  const format = options.format ?? ((n: number) => n.toLocaleString('en-GB'));
  const plotRight = width - 110; // room for the value label
  let y = 0;
  const out: PanelGeometry[] = panels.map((panel) => {
    const top = max(panel.bars, (b) => Math.max(b.value, b.valueTo ?? 0)) ?? 0;
    const x = scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .range([labelWidth, plotRight])
      .nice();
    const titleY = y + 20;
    y += 32;
    const bars = panel.bars.map((b) => {
      const x1 = r(x(b.valueTo ?? b.value));
      const rangeStart = b.valueTo !== undefined ? r(x(b.value)) : null;
      const barX = rangeStart ?? labelWidth;
      const geometry: BarGeometry = {
        ...b,
        y: r(y),
        x0: labelWidth,
        x1,
        rangeStart,
        barX,
        barWidth: r(Math.max(1, x1 - barX)),
        textX: r(x1 + 6),
      };
      y += barHeight + 6;
      return geometry;
    });
    const axisY = r(y + 2);
    const ticks = x.ticks(4).map((t) => ({ x: r(x(t)), label: format(t) }));
    y += 28;
    return { title: panel.title, titleY: r(titleY), bars, axisY, ticks };
  });
  return { width, height: r(y), labelWidth, panels: out };
}
