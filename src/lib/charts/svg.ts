/**
 * A small SVG writer: charts are element trees, serialised one element per line so the pages, the
 * downloadable files and the snapshot tests all read the same markup, and a change shows in a diff.
 */
import { wrapText } from './text.ts';

export type Attrs = Record<string, string | number | undefined | null | false>;
export type Node = { tag: string; attrs: Attrs; children: (Node | string)[] };

export const h = (
  tag: string,
  attrs: Attrs = {},
  ...children: (Node | string | false | null | undefined)[]
): Node => ({
  tag,
  attrs,
  children: children.filter(
    (c): c is Node | string => c !== false && c !== null && c !== undefined,
  ),
});

/** Rounds to one decimal place: positions never carry float noise into the markup. */
export const r = (n: number) => Math.round(n * 10) / 10;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escape(typeof v === 'number' ? String(r(v)) : String(v))}"`)
    .join('');
}

export function serialise(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.tag}${attrs(node.attrs)}`;
  if (node.children.length === 0) return `${open}></${node.tag}>`;
  // Text and its tspans stay on one line: whitespace inside <text> would be drawn.
  const inline =
    node.tag === 'text' ||
    node.tag === 'title' ||
    node.children.every((c) => typeof c === 'string');
  if (inline) {
    const text = node.children.map((c) =>
      typeof c === 'string' ? escape(c) : serialise(c).trim(),
    );
    return `${open}>${text.join('')}</${node.tag}>`;
  }
  const inner = node.children.map((c) =>
    typeof c === 'string' ? `${pad}  ${escape(c)}` : serialise(c, depth + 1),
  );
  return `${open}>\n${inner.join('\n')}\n${pad}</${node.tag}>`;
}

/** An axis label: in full up to hundreds of thousands, then in millions or billions, so labels stay short. */
export function tickLabel(n: number): string {
  const abs = Math.abs(n);
  const short = (d: number, word: string) =>
    `${(n / d).toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${word}`;
  if (abs >= 1e9) return short(1e9, 'billion');
  if (abs >= 1e6) return short(1e6, 'million');
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const INK = '#0b0c0c';
export const BLUE = '#0072b2';

/** Lines of text from `y` (the first baseline) down, `lineHeight` apart. */
export function lines(
  text: readonly string[],
  x: number,
  y: number,
  options: {
    size: number;
    lineHeight?: number;
    bold?: boolean;
    anchor?: string | undefined;
    cls?: string;
  },
): Node[] {
  const { size, lineHeight = Math.round(size * 1.3), bold = false, anchor, cls } = options;
  return text.map((t, i) =>
    h(
      'text',
      {
        x,
        y: y + i * lineHeight,
        'font-size': size,
        'font-weight': bold ? 700 : undefined,
        'text-anchor': anchor,
        class: cls,
      },
      t,
    ),
  );
}

/** A chart drawing: its root `<svg>` and the box it is drawn in. */
export type Drawing = { width: number; height: number; body: Node[]; title?: string };

/** The `<svg>` for a page: sized in CSS px, labelled by the figure's caption. */
export function pageSvg(d: Drawing, attrsExtra: Attrs = {}): string {
  return serialise(
    h(
      'svg',
      {
        viewBox: `0 0 ${r(d.width)} ${r(d.height)}`,
        width: d.width,
        height: d.height,
        role: 'img',
        ...attrsExtra,
      },
      d.title ? h('title', {}, d.title) : undefined,
      ...d.body,
    ),
  );
}

/**
 * A standalone SVG file, as Our World in Data's downloads: the title, the finding and the source
 * are part of the picture, so it can be shared without the page.
 */
export function fileSvg(
  drawings: readonly Drawing[],
  meta: { title: string; summary: string; source: string },
): string {
  const pad = 16;
  const width = Math.max(...drawings.map((d) => d.width), 288) + 2 * pad;
  const inner = width - 2 * pad;
  const title = wrapText(meta.title, inner, 18, { bold: true });
  const summary = wrapText(meta.summary, inner, 14);
  const source = wrapText(meta.source, inner, 12);
  let y = pad + 18;
  const head = [
    ...lines(title, pad, y, { size: 18, bold: true, lineHeight: 24 }),
    ...lines(summary, pad, (y += title.length * 24 + 4), { size: 14, lineHeight: 19 }),
  ];
  y += summary.length * 19 + 8;
  const parts: Node[] = [];
  for (const d of drawings) {
    parts.push(h('g', { transform: `translate(${pad} ${r(y)})` }, ...d.body));
    y += d.height + 16;
  }
  const foot = lines(source, pad, y + 4, { size: 12, lineHeight: 16 });
  y += source.length * 16 + pad;
  return `${serialise(
    h(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${width} ${r(y)}`,
        width,
        height: r(y),
        'font-family': FONT,
        fill: INK,
      },
      h('rect', { width, height: r(y), fill: '#ffffff' }),
      ...head,
      ...parts,
      ...foot,
    ),
  )}\n`;
}
