/** Small multiples: one small line chart per measure, each on its own scale (units differ). */
import { extent } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export type Series = {
  title: string;
  unit: string;
  points: { label: string; value: number; stated: string }[];
  href?: string | undefined;
};
export type SeriesLayout = Series & {
  path: string;
  dots: { x: number; y: number; labelY: number; label: string; stated: string }[];
  yTicks: { y: number; labelY: number; label: string }[];
};

const r = (n: number) => Math.round(n * 10) / 10;

export function smallMultiplesLayout(
  series: readonly Series[],
  options: { width?: number; height?: number } = {},
): { width: number; height: number; panels: SeriesLayout[] } {
  const { width = 300, height = 170 } = options;
  const margin = { top: 16, right: 46, bottom: 30, left: 56 };
  const panels = series.map((s) => {
    const [lo = 0, hi = 1] = extent(s.points, (p) => p.value);
    const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
    const y = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([height - margin.bottom, margin.top])
      .nice();
    const x = scalePoint<string>()
      .domain(s.points.map((p) => p.label))
      .range([margin.left, width - margin.right])
      .padding(0.3);
    const dots = s.points.map((p) => ({
      x: r(x(p.label) ?? 0),
      y: r(y(p.value)),
      labelY: r(y(p.value) - 8),
      label: p.label,
      stated: p.stated,
    }));
    const path =
      line<{ x: number; y: number }>()
        .x((d) => d.x)
        .y((d) => d.y)
        .digits(1)(dots) ?? '';
    const yTicks = y
      .ticks(3)
      .map((t) => ({ y: r(y(t)), labelY: r(y(t) + 4), label: t.toLocaleString('en-GB') }));
    return { ...s, path, dots, yTicks };
  });
  return { width, height, panels };
}
