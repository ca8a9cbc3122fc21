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

/** Runs in the page: every visible chart drawing's text and marks, checked. */
function measure(): Report {
  const report: Report = {
    charts: 0,
    overlaps: [],
    outside: [],
    marks: [],
    small: [],
    scroll: 0,
    axis: [],
    widths: [],
  };
  const name = (t: Element) => `"${(t.textContent ?? '').slice(0, 40)}"`;
  report.scroll = document.documentElement.scrollWidth - window.innerWidth;
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue; // the drawing for the other width, hidden
    report.charts++;
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    const rects = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const b = rects[i] as DOMRect;
      const id = `${svg.closest('figure')?.id} ${name(t)}`;
      if (
        b.left < box.left - 0.5 ||
        b.right > box.right + 0.5 ||
        b.top < box.top - 0.5 ||
        b.bottom > box.bottom + 0.5
      )
        report.outside.push(id);
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < 11.99) report.small.push(`${id} at ${size.toFixed(1)}px`);
      if (t.children.length === 0 && report.widths.length < 400)
        report.widths.push({
          text: t.textContent ?? '',
          size: parseFloat(t.getAttribute('font-size') ?? '16'),
          bold: t.getAttribute('font-weight') === '700',
          measured: t.getComputedTextLength(),
        });
    });
    // Overlaps: sweep the boxes from left to right, comparing each with those that start before it ends.
    const order = rects
      .map((_, i) => i)
      .sort((a, b) => (rects[a] as DOMRect).left - (rects[b] as DOMRect).left);
    order.forEach((i, k) => {
      const b = rects[i] as DOMRect;
      for (let n = k + 1; n < order.length; n++) {
        const j = order[n] as number;
        const c = rects[j] as DOMRect;
        if (c.left >= b.right - 0.5) break;
        const h = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
        if (Math.min(b.right, c.right) - c.left > 0.5 && h > 0.5)
          report.overlaps.push(
            `${svg.closest('figure')?.id} ${name(texts[i] as Element)} / ${name(texts[j] as Element)}`,
          );
      }
    });
    for (const plot of svg.querySelectorAll<SVGGElement>('[data-plot]')) {
      const [x, y, w, h] = (plot.dataset['plot'] ?? '').split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      for (const mark of plot.querySelectorAll<SVGGraphicsElement>('.mark')) {
        const m = mark.getBBox();
        if (
          m.x < x - 0.5 ||
          m.y < y - 0.5 ||
          m.x + m.width > x + w + 0.5 ||
          m.y + m.height > y + h + 0.5
        )
          report.marks.push(
            `${svg.closest('figure')?.id} ${mark.tagName} at ${m.x},${m.y} ${m.width}×${m.height}`,
          );
      }
    }
    const axis = svg.querySelector<SVGLineElement>('[data-from]');
    if (axis) {
      const from = Number(axis.dataset['from']);
      const to = Number(axis.dataset['to']);
      const years = [...(svg.closest('figure')?.querySelectorAll('tbody tr') ?? [])].flatMap((tr) =>
        [...tr.querySelectorAll('td')]
          .slice(0, 3)
          .map((td) => Number(td.textContent))
          .filter(Number.isFinite),
      );
      const lo = Math.min(...years);
      const hi = Math.max(...years) + 1; // a year runs to the start of the next
      if (years.length === 0 || from > lo || to < hi || lo - from > 1 || to - hi > 1)
        report.axis.push(`axis ${from}-${to} for documents ${lo}-${hi}`);
    }
  }
  return report;
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
      const r = await page.evaluate(measure);
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
