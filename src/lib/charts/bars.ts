/**
 * Horizontal bars in panels, one panel per document and unit: bars compare only within a panel,
 * because panels hold figures that measure different things. Each bar's name and figure (as the
 * source writes it) are printed above it, so the bar keeps the panel's whole width on a phone.
 * A range ("between 113,800 to 126,000") is a paler, outlined bar from its lower to its upper value.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { BLUE, h, lines, r, tickLabel, type Drawing, type Node } from './svg.ts';
import { textWidth, wrapText } from './text.ts';

export type BarDatum = {
  label: string;
  value: number;
  valueTo?: number | undefined;
  /** The figure as the source writes it. */
  stated: string;
  href?: string | undefined;
  sourceHref?: string | undefined;
  period?: string | undefined;
};
export type BarPanel = {
  title: string;
  bars: BarDatum[];
  /** Shares: the scale runs to exactly 100 and its labels end in "%", so panels compare. */
  percent?: boolean;
};

const SIZE = 13;
const LINE = 16;
type Format = (v: number) => string;
const percentLabel: Format = (v) => `${tickLabel(v)}%`;

type Scale = ReturnType<typeof scaleLinear<number, number>>;

/** As many ticks as fit without their labels touching, the first at zero. */
function ticks(x: Scale, width: number, fmt: Format) {
  for (const n of [5, 4, 3, 2, 1]) {
    const t = x.ticks(n);
    const w = Math.max(...t.map((v) => textWidth(fmt(v), 12)));
    const gap = t.length > 1 ? x(t[1] ?? 0) - x(t[0] ?? 0) : width;
    if (t.length <= 2 || gap >= 1.5 * w + 8) return t;
  }
  return x.domain();
}

/** The label's lines, with the stated figure in bold at the end of the last line or on its own. */
function labelLines(b: BarDatum, width: number): { text: string; stated: boolean }[] {
  const label = wrapText(b.label, width, SIZE, { maxLines: 4 }).map((text) => ({
    text,
    stated: false,
  }));
  const last = label.at(-1);
  const room = last ? width - textWidth(`${last.text}: `, SIZE) : width;
  if (last && textWidth(b.stated, SIZE, true) <= room) {
    last.text = `${last.text}: `;
    last.stated = true;
    return label;
  }
  return [
    ...label,
    ...wrapText(b.stated, width, SIZE, { bold: true }).map((text) => ({ text, stated: true })),
  ];
}

/** Grid lines and their labels below the plot; the end labels are kept inside the drawing. */
function axisNodes(
  x: Scale,
  width: number,
  plotTop: number,
  plotBottom: number,
  fmt: Format,
): Node[] {
  return ticks(x, width, fmt).flatMap((v, i) => {
    const w = textWidth(fmt(v), 12);
    const tx = x(v);
    const anchor = tx - w / 2 < 0 || i === 0 ? 'start' : tx + w / 2 > width ? 'end' : 'middle';
    return [
      h('line', { class: 'grid', x1: tx, x2: tx, y1: plotTop, y2: plotBottom, stroke: '#b1b4b6' }),
      h(
        'text',
        {
          x: anchor === 'start' ? Math.max(0, tx - 1) : tx,
          y: plotBottom + 16,
          'font-size': 12,
          'text-anchor': anchor === 'start' ? undefined : anchor,
        },
        fmt(v),
      ),
    ];
  });
}

/** A bar from zero, or for a range a paler outlined bar from its lower to its upper value. */
function bar(b: BarDatum, x: Scale, y: number): Node {
  const range = b.valueTo !== undefined;
  const x0 = range ? x(b.value) : x(0);
  const x1 = x(b.valueTo ?? b.value);
  return h('rect', {
    class: 'mark',
    x: x0,
    y,
    width: Math.max(1, x1 - x0),
    height: 16,
    fill: range ? '#9ecae1' : BLUE,
    stroke: range ? BLUE : undefined,
    'stroke-width': range ? 2 : undefined,
  });
}

/** One panel, `width` px wide, its title drawn in it. */
export function panelDrawing(panel: BarPanel, width: number): Drawing {
  const title = wrapText(panel.title, width, 14, { bold: true, maxLines: 4 });
  const top = max(panel.bars, (b) => Math.max(b.value, b.valueTo ?? 0)) ?? 0;
  const x = panel.percent
    ? scaleLinear()
        .domain([0, 100])
        .range([1, width - 1])
    : scaleLinear()
        .domain([0, top > 0 ? top : 1])
        .range([1, width - 1])
        .nice();
  const body: Node[] = lines(title, 0, 15, { size: 14, bold: true, lineHeight: 18 });
  const marks: Node[] = [];
  let y = title.length * 18 + 8;
  const plotTop = y;
  for (const b of panel.bars) {
    const text = labelLines(b, width);
    text.forEach((l, i) => {
      const base = y + 13 + i * LINE;
      const statedOnly = l.stated && !l.text.endsWith(': ');
      body.push(
        h(
          'text',
          { x: 0, y: base, 'font-size': SIZE, 'font-weight': statedOnly ? 700 : undefined },
          l.text,
          l.stated && !statedOnly ? h('tspan', { 'font-weight': 700 }, b.stated) : undefined,
        ),
      );
    });
    y += text.length * LINE + 4;
    marks.push(bar(b, x, y));
    y += 24;
  }
  const plotBottom = y - 4;
  const axis = axisNodes(x, width, plotTop, plotBottom, panel.percent ? percentLabel : tickLabel);
  return {
    width,
    height: r(plotBottom + 24),
    title: `${panel.title}: ${panel.bars.map((b) => `${b.label}, ${b.stated}`).join('; ')}`,
    body: [
      ...axis.filter((n) => n.tag === 'line'),
      ...body,
      h('g', { 'data-plot': `0 ${r(plotTop)} ${width} ${r(plotBottom - plotTop)}` }, ...marks),
      h('line', {
        class: 'axis',
        x1: x(0),
        x2: x(0),
        y1: plotTop,
        y2: plotBottom,
        stroke: '#0b0c0c',
      }),
      ...axis.filter((n) => n.tag === 'text'),
    ],
  };
}

/** Panels with something to compare (two figures or more), and the figures that stand alone. */
export function splitPanels(panels: readonly BarPanel[]): {
  drawn: BarPanel[];
  single: BarPanel[];
} {
  return {
    drawn: panels.filter((p) => p.bars.length > 1),
    single: panels.filter((p) => p.bars.length === 1),
  };
}
