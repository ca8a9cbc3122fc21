/** Real queries against the built Pagefind index, through the search page. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let page: Page;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

async function search(q: string) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page.locator('#search-status').filter({ hasText: /result/ }).waitFor();
  // The status line comes first; the results follow once their data has loaded.
  await page.locator('#search-results li').first().waitFor();
  return page;
}

/** Councils the current results come from, read from the council filter's counts. */
const councilsWithResults = () =>
  page.locator('label[for^="f-council-"]').evaluateAll((labels) => labels.filter((l) => !/\(0\)$/.test((l.textContent ?? '').trim())).map((l) => l.textContent?.trim()));
const resultCount = async () => Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0] ?? 0);

describe('search', () => {
  it('finds respite items from at least three councils, including ones that say "breaks"', async () => {
    await search('respite');
    expect(await resultCount()).toBeGreaterThan(20);
    expect((await councilsWithResults()).length).toBeGreaterThanOrEqual(3);
    // Items that never say "respite" are found through the theme's synonyms.
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles.some((t) => !/respite/i.test(t))).toBe(true);
  });

  it('narrows results with a theme filter, and the counts change', async () => {
    await search('carers');
    const before = await resultCount();
    const countBefore = await page.locator('label[for^="f-council-"]').first().textContent();
    await page.locator('#f-theme-Young-carers').check();
    await page.locator('#search-status').filter({ hasText: /chosen filters/ }).waitFor();
    const after = await resultCount();
    expect(after).toBeLessThan(before);
    expect(await page.locator('label[for^="f-council-"]').first().textContent()).not.toBe(countBefore);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('Young carers');
  });

  it('offers filters before any query is typed', async () => {
    await page.goto(`${origin}/search/`);
    await page.locator('#search-filters fieldset').first().waitFor();
    await page.locator('#f-type-Good-practice').check();
    await page.locator('#search-status').filter({ hasText: /chosen filters/ }).waitFor();
    await page.locator('#search-results li').first().waitFor();
    expect(await resultCount()).toBeGreaterThan(5);
    expect(await page.locator('#search-results .item-meta').first().textContent()).toContain('Good practice');
  });

  it('opens a result at the item it found', async () => {
    await search('Back Care');
    const link = page.locator('#search-results h2 a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/#(item-|L)/);
    await link.click();
    const hash = new URL(page.url()).hash;
    expect(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()).toBe(1);
  });

  it('finds "Primary Care Trust" items when searching for "PCT"', async () => {
    // Narrowed to Barnet, whose document mostly writes the name out in full.
    await page.goto(`${origin}/search/?q=PCT&council=Barnet`);
    await page.locator('#search-results li').first().waitFor();
    // "Show more results" shows only while there are more; wait for each page of results to arrive.
    for (let i = 0; i < 5 && (await page.locator('#search-more').isVisible()); i++) {
      const shown = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.locator('#search-results li').nth(shown).waitFor();
    }
    const texts = await page.locator('#search-results li').allTextContents();
    expect(texts.some((t) => /Primary Care Trust/.test(t) && !/\bPCT\b/.test(t.replace(/Related terms:.*$/s, '')))).toBe(true);
  });

  it('has no accessibility violations with results and filters shown', async () => {
    await search('respite');
    await page.evaluate(axeSource); // through DevTools, so the CSP under test is not loosened
    const violations = await page.evaluate(async () => {
      // @ts-expect-error injected
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('tells people without JavaScript where to go instead', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${origin}/search/`);
    // Playwright's text engine skips <noscript>, so read the element directly.
    const notice = p.locator('noscript .notice p').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    await ctx.close();
  });
});
