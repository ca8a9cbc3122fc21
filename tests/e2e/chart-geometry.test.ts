/**
 * Charts a person can read (issue 11), measured in Chromium: on every chart page and the home page,
 * at four widths, for the real corpus, the 30-strategy corpus and a corpus of long names, no two
 * labels overlap, no label leaves its drawing, no mark leaves its plot, no text is drawn below 12 px,
 * nothing scrolls sideways, and the timeline's axis covers every document and at most a year more.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { chartPages } from '../support/charts.ts';
import { serve } from '../support/server.ts';
import { longNamesSite, scaleSite } from '../support/synthetic-site.ts';
import { textWidth } from '../../src/lib/charts/text.ts';

const WIDTHS = [320, 375, 768, 1280];

type Report = {
  charts: number;
  overlaps: string[];
  outside: string[];
  marks: string[];
  small: string[];
  scroll: number;
  axis: string[];
  widths: { text: string; size: number; bold: boolean; measured: number }[];
};

// The functions below run in the page, one after another; each looks at every visible chart drawing
// (the drawing for the other width is hidden, so has no box).

/** Text that leaves its drawing or is drawn below 12 px, and Chromium's widths of plain labels. */
function textReport(): Pick<Report, 'charts' | 'outside' | 'small' | 'scroll' | 'widths'> {
  const out = {
    charts: 0,
    outside: [] as string[],
    small: [] as string[],
    widths: [] as Report['widths'],
  };
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    out.charts++;
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
      const b = t.getBoundingClientRect();
      const id = `${svg.closest('figure')?.id} "${(t.textContent ?? '').slice(0, 40)}"`;
      const inside =
        b.left >= box.left - 0.5 &&
        b.right <= box.right + 0.5 &&
        b.top >= box.top - 0.5 &&
        b.bottom <= box.bottom + 0.5;
      if (!inside) out.outside.push(id);
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < 11.99) out.small.push(`${id} at ${size.toFixed(1)}px`);
      if (t.children.length === 0 && out.widths.length < 400)
        out.widths.push({
          text: t.textContent ?? '',
          size: parseFloat(t.getAttribute('font-size') ?? '16'),
          bold: t.getAttribute('font-weight') === '700',
          measured: t.getComputedTextLength(),
        });
    }
  }
  return { ...out, scroll: document.documentElement.scrollWidth - window.innerWidth };
}

/** Pairs of text boxes that overlap: a sweep from left to right, each box against those starting before it ends. */
function overlapReport(): string[] {
  const found: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
    if (svg.getBoundingClientRect().width === 0) continue;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    const boxes = texts
      .map((t) => ({ t, b: t.getBoundingClientRect() }))
      .sort((p, q) => p.b.left - q.b.left);
    boxes.forEach(({ t, b }, k) => {
      for (const { t: u, b: c } of boxes.slice(k + 1)) {
        if (c.left >= b.right - 0.5) break;
        const h = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
        if (Math.min(b.right, c.right) - c.left > 0.5 && h > 0.5)
          found.push(`${svg.closest('figure')?.id} "${t.textContent}" / "${u.textContent}"`);
      }
    });
  }
  return found;
}

/** Marks (bars, cells, lines, dots) outside the plot box their group declares. */
function markReport(): string[] {
  const found: string[] = [];
  for (const plot of document.querySelectorAll<SVGGElement>('figure.chart svg [data-plot]')) {
    if (plot.getBoundingClientRect().width === 0) continue;
    const [x = 0, y = 0, w = 0, h = 0] = (plot.dataset['plot'] ?? '').split(' ').map(Number);
    for (const mark of plot.querySelectorAll<SVGGraphicsElement>('.mark')) {
      const m = mark.getBBox();
      if (
        m.x < x - 0.5 ||
        m.y < y - 0.5 ||
        m.x + m.width > x + w + 0.5 ||
        m.y + m.height > y + h + 0.5
      )
        found.push(
          `${plot.closest('figure')?.id} ${mark.tagName} at ${m.x},${m.y} ${m.width}×${m.height}`,
        );
    }
  }
  return found;
}

/** A timeline axis that misses a document's years, or runs more than a year past them (years from the table). */
function axisReport(): string[] {
  const found: string[] = [];
  for (const axis of document.querySelectorAll<SVGLineElement>('figure.chart svg [data-from]')) {
    const from = Number(axis.dataset['from']);
    const to = Number(axis.dataset['to']);
    const years = [...(axis.closest('figure')?.querySelectorAll('tbody tr') ?? [])].flatMap((tr) =>
      [...tr.querySelectorAll('td')]
        .slice(0, 3)
        .map((td) => Number(td.textContent))
        .filter(Number.isFinite),
    );
    const lo = Math.min(...years);
    const hi = Math.max(...years) + 1; // a year runs to the start of the next
    if (years.length === 0 || from > lo || to < hi || lo - from > 1 || to - hi > 1)
      found.push(`axis ${from}-${to} for documents ${lo}-${hi}`);
  }
  return found;
}

async function measure(page: Page): Promise<Report> {
  return {
    ...(await page.evaluate(textReport)),
    overlaps: await page.evaluate(overlapReport),
    marks: await page.evaluate(markReport),
    axis: await page.evaluate(axisReport),
  };
}

/**
 * `paths` at every width; `narrowPaths` (default: all) only at 320 and 1280. At 375 and 768 px a page
 * shows the same drawings as at 320 and 1280, only scaled, so a large corpus samples those widths.
 */
async function check(
  page: Page,
  origin: string,
  paths: string[],
  label: string,
  extremesOnly: string[] = [],
) {
  const widths: Report['widths'] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const extreme = width === 320 || width === 1280;
    for (const path of extreme ? [...paths, ...extremesOnly] : paths) {
      await page.goto(origin + path);
      const r = await measure(page);
      const where = `${label} ${path} at ${width}px`;
      expect(r.charts, where).toBeGreaterThan(0);
      expect(r.overlaps, `${where}: overlapping text`).toEqual([]);
      expect(r.outside, `${where}: text outside its drawing`).toEqual([]);
      expect(r.marks, `${where}: marks outside the plot`).toEqual([]);
      expect(r.small, `${where}: text below 12px`).toEqual([]);
      expect(r.axis, `${where}: timeline axis`).toEqual([]);
      expect(r.scroll, `${where}: sideways scroll`).toBeLessThanOrEqual(0);
      if (width === 1280 || width === 320) widths.push(...r.widths);
    }
  }
  return widths;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('chart geometry', () => {
  it('the real corpus: every chart page and the home page, at 320, 375, 768 and 1280 px', async () => {
    const dist = inject('dist');
    const page = await browser.newPage();
    const widths = await check(page, inject('origin'), chartPages(dist), 'real');
    await page.close();
    // The width estimate sizes label space: it must not fall short of what Chromium draws, nor waste much.
    expect(widths.length).toBeGreaterThan(50);
    const off = widths.filter((w) => {
      const est = textWidth(w.text, w.size, w.bold);
      return est < w.measured - 1 || est > w.measured * 1.08 + 2;
    });
    expect(
      off.map(
        (w) => `${w.text}: estimated ${textWidth(w.text, w.size, w.bold)}, drawn ${w.measured}`,
      ),
    ).toEqual([]);
  });

  for (const [label, site] of [
    ['30 strategies', scaleSite],
    ['long names and awkward values', longNamesSite],
  ] as const) {
    it(`${label}: every chart page and the home page, at four widths`, async () => {
      const { dist } = site();
      const { server, origin } = await serve(dist);
      const page = await browser.newPage();
      try {
        // Every page at 320 and 1280 px; the home page and each chart's first page at all four widths.
        const pages = chartPages(dist);
        const first = pages.filter((p) => p === '/' || /^\/data\/[a-z]+\/$/.test(p));
        await check(
          page,
          origin,
          first,
          label,
          pages.filter((p) => !first.includes(p)),
        );
      } finally {
        await page.close();
        server.close();
      }
    }, 600_000);
  }
});
