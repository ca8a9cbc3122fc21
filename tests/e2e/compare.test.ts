/**
 * Compare pages in real Chromium, as a carer on a phone and an officer at a desk use them: cards on a
 * phone, a table at a desk that says when it scrolls, whole summaries, and the themes narrowed with
 * JavaScript (kept in the address) and without it (by the boxes alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
const dist = inject('dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Every item's summary, by its permalink's strategy and anchor: the model, as the data download gives it. */
function summaries(): Map<string, string> {
  const csv = readFileSync(join(dist, 'data/items.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [`${r['strategy']}#item-${r['item_id']}`, r['text'] ?? '']));
}

async function open(path: string, width: number, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(origin + path);
  if (javaScriptEnabled)
    await page
      .locator('#chooser-status')
      .filter({ hasText: /^Showing/ })
      .waitFor();
  return page;
}

/** What a reader sees that is cut off: text outside the comparison's box, unless it scrolls and says so. */
function clipped(page: Page) {
  return page.evaluate(() => {
    const wrap = document.querySelector<HTMLElement>('.compare-wrap');
    if (!wrap) return ['no comparison on the page'];
    const box = wrap.getBoundingClientRect();
    const hint = wrap.querySelector<HTMLElement>('.scroll-hint');
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    const cued = scrolls && hint !== null && hint.getBoundingClientRect().height > 0;
    const problems: string[] = [];
    if (scrolls && !cued) problems.push('the comparison scrolls sideways with no cue');
    // Text kept for screen readers only (clipped to a pixel) is not text a reader can see cut off.
    const forScreenReaders = (el: Element | null): boolean => {
      for (let a = el; a && a !== wrap; a = a.parentElement)
        if (
          getComputedStyle(a).getPropertyValue('clip') !== 'auto' &&
          a.getBoundingClientRect().width <= 1
        )
          return true;
      return false;
    };
    const cells = wrap.querySelectorAll<HTMLElement>('th, td');
    for (const cell of cells) {
      if (cell.getClientRects().length === 0 || forScreenReaders(cell)) continue; // not chosen, or not shown
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`overflows its cell: ${cell.innerText}`);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || forScreenReaders(node.parentElement)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          const outside = r.left < box.left - 1 || r.right > box.right + 1;
          if ((outside && !cued) || r.left < -1 || (!scrolls && r.right > innerWidth + 1))
            problems.push(`cut off: "${node.textContent.trim().slice(0, 40)}"`);
        }
      }
    }
    return problems;
  });
}

const visibleRows = (page: Page) =>
  page
    .locator('#compare-table tbody tr')
    .evaluateAll((rows) =>
      rows.filter((r) => r.getClientRects().length > 0).map((r) => r.getAttribute('data-theme')),
    );

describe('compare, at the widths of a small phone, a phone and a desk', () => {
  const model = summaries();
  const cases = [320, 375, 1280].flatMap((width) => [
    { width, path: '/compare/?s=barnet-2009,surrey-2008', shown: 2 },
    { width, path: '/compare/', shown: 5 },
  ]);

  it.each(cases)('$width px, $shown strategies: nothing cut off, no sideways page', async (c) => {
    const page = await open(c.path, c.width);
    const shown = await page.locator('#compare-table thead th[data-s]:not([hidden])').count();
    expect(shown).toBe(c.shown);
    const page_scroll = await page.evaluate(
      () => document.documentElement.scrollWidth - innerWidth,
    );
    expect(page_scroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    // A phone gets one card per strategy under each theme; a desk gets the table.
    const display = await page
      .locator('#compare-table tbody td:not([hidden])')
      .first()
      .evaluate((td) => getComputedStyle(td).display);
    expect(display).toBe(c.width < 768 ? 'block' : 'table-cell');
    await page.context().close();
  });

  it('reads the strategies from the address as the chooser submits them (s=a&s=b) too', async () => {
    const page = await open('/compare/?s=barnet-2009&s=surrey-2008', 375);
    const shown = page.locator('#compare-table thead th[data-s]:not([hidden])');
    expect(await shown.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-s')))).toEqual([
      'barnet-2009',
      'surrey-2008',
    ]);
    await page.context().close();
  });

  it.each(cases)('$width px, $shown strategies: every summary whole', async (c) => {
    const page = await open(c.path, c.width);
    const links = await page
      .locator('#compare-table td:not([hidden]) li a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
      );
    expect(links.length).toBeGreaterThan(20);
    for (const { href, text } of links) {
      const [, strategy] = /\/strategies\/([^/]+)\//.exec(href) ?? [];
      const key = `${strategy}${decodeURIComponent(href.slice(href.indexOf('#')))}`;
      expect(model.has(key), key).toBe(true);
      expect(text, key).toBe(model.get(key));
      expect(text).not.toMatch(/…$/);
    }
    await page.context().close();
  });

  it('at a desk, says the table scrolls only when it does', async () => {
    const page = await open('/compare/', 900);
    const wrap = page.locator('.compare-wrap');
    const scrolls = await wrap.evaluate((w) => w.scrollWidth > w.clientWidth);
    expect(scrolls).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    await page.goto(`${origin}/compare/?s=barnet-2009,surrey-2008`);
    await page
      .locator('#chooser-status')
      .filter({ hasText: /^Showing 2/ })
      .waitFor();
    expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(false);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('compare, narrowed to chosen themes', () => {
  it('with JavaScript, follows the themes in the address and writes them back', async () => {
    const page = await open(
      '/compare/?s=barnet-2009,surrey-2008&t=young-carers&t=breaks-respite',
      375,
    );
    expect(await visibleRows(page)).toEqual(['breaks-respite', 'young-carers']);
    expect(await page.locator('#theme-filter').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#theme-status').textContent()).toBe('Showing 2 themes of 18.');
    await page.getByLabel('Breaks and respite').uncheck();
    expect(await visibleRows(page)).toEqual(['young-carers']);
    const address = new URL(page.url());
    expect(address.searchParams.getAll('t')).toEqual(['young-carers']);
    expect(address.searchParams.get('s')).toBe('barnet-2009,surrey-2008');
    // Choosing another strategy keeps the themes, and the link to share says both.
    await page.getByLabel(/Hampshire/).check();
    expect(new URL(page.url()).searchParams.getAll('t')).toEqual(['young-carers']);
    const share = await page.locator('#share-link').getAttribute('href');
    expect(share).toBe('/compare/?s=barnet-2009,hampshire-2011,surrey-2008&t=young-carers');
    await page.getByLabel('Young carers').uncheck();
    expect(await visibleRows(page)).toHaveLength(18);
    expect(new URL(page.url()).searchParams.has('t')).toBe(false);
    await page.context().close();
  });

  it("without JavaScript, the page's own strategies narrow to the ticked themes", async () => {
    const page = await open('/compare/', 375, false);
    expect(await visibleRows(page)).toHaveLength(18);
    await page.locator('#theme-filter summary').click();
    await page.getByLabel('Breaks and respite').check();
    expect(await visibleRows(page)).toEqual(['breaks-respite']);
    await page.getByLabel('Young carers').check();
    expect(await visibleRows(page)).toEqual(['breaks-respite', 'young-carers']);
    expect(await page.locator('#compare-table tbody tr:visible td:visible').count()).toBe(10);
    await page.getByLabel('Breaks and respite').uncheck();
    await page.getByLabel('Young carers').uncheck();
    expect(await visibleRows(page)).toHaveLength(18);
    await page.context().close();
  });
});
