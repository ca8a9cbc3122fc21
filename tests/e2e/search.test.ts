/** Real queries against the built Pagefind index, through the search page. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let page: Page;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

async function search(q: string) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page
    .locator('#search-status')
    .filter({ hasText: /result/ })
    .waitFor();
  await page.locator('#search-filters[data-counts]').waitFor();
  return page;
}

/** The items listed under the results: their link text ("Commitment 3.1") and description. */
const listedItems = () => page.locator('#search-results .sub-results > li').allTextContents();

/** Councils the current results come from, read from the council filter's counts. */
const councilsWithResults = () =>
  page
    .locator('label[for^="f-council-"]')
    .evaluateAll((labels) =>
      labels
        .filter((l) => !/\(0\)$/.test((l.textContent ?? '').trim()))
        .map((l) => l.textContent?.trim()),
    );
const resultCount = async () =>
  Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0] ?? 0);

describe('search', () => {
  it('finds respite items from at least three councils, including ones that say "breaks"', async () => {
    await search('respite');
    expect(await resultCount()).toBeGreaterThan(10);
    expect((await councilsWithResults()).length).toBeGreaterThanOrEqual(3);
    const items = await listedItems();
    expect(items.length).toBeGreaterThan(20);
    // Items whose words never say "respite" are found through the theme's synonyms.
    const descriptions = await page
      .locator('#search-results .sub-results > li > p')
      .allTextContents();
    expect(descriptions.some((t) => !/respite/i.test(t))).toBe(true);
  });

  it('narrows results with a theme filter, and the counts change', async () => {
    await search('carers');
    const before = await resultCount();
    const countBefore = await page.locator('label[for^="f-council-"]').first().textContent();
    await page.locator('#f-theme-Young-carers').check();
    await page
      .locator('#search-status')
      .filter({ hasText: /chosen filters/ })
      .waitFor();
    const after = await resultCount();
    expect(after).toBeLessThan(before);
    await expect
      .poll(() => page.locator('label[for^="f-council-"]').first().textContent())
      .not.toBe(countBefore);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('Young carers');
    // Pages match a theme as a whole; the items listed are only those on the theme.
    const items = await listedItems();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => t.includes('Young carers'))).toBe(true);
  });

  it('offers filters before any query is typed', async () => {
    await page.goto(`${origin}/search/`);
    await page.locator('#search-filters fieldset').first().waitFor();
    await page.locator('#f-type-Good-practice').check();
    await page
      .locator('#search-status')
      .filter({ hasText: /chosen filters/ })
      .waitFor();
    await page.locator('#search-results li').first().waitFor();
    expect(await resultCount()).toBeGreaterThan(5);
    const items = await listedItems();
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((t) => t.startsWith('Good practice '))).toBe(true);
  });

  it('opens a result at the item it found', async () => {
    await search('Back Care');
    const link = page.locator('#search-results .sub-results a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/#(item-|L)/);
    await link.click();
    const hash = new URL(page.url()).hash;
    expect(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()).toBe(1);
  });

  it('finds "Primary Care Trust" items when searching for "PCT"', async () => {
    // Narrowed to Barnet, whose document mostly writes the name out in full.
    await page.goto(`${origin}/search/?q=PCT&council=Barnet&type=Commitment`);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    for (let i = 0; i < 5 && (await page.locator('#search-more').isVisible()); i++)
      await page.locator('#search-more').click();
    const hrefs = await page
      .locator('#search-results .sub-results a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // Read each found item on its page: at least one says only "Primary Care Trust".
    const texts: string[] = [];
    for (const href of hrefs.slice(0, 40)) {
      const u = new URL(href);
      const html = await (await fetch(href)).text();
      const at = html.indexOf(`id="${decodeURIComponent(u.hash.slice(1))}"`);
      texts.push(html.slice(at, html.indexOf('</article>', at)).replace(/<[^>]*>/g, ' '));
    }
    expect(texts.some((t) => /Primary Care Trust/.test(t) && !/\bPCT\b/.test(t))).toBe(true);
  });

  it("searches the councils' documents in full when asked, and opens the passage", async () => {
    await page.goto(`${origin}/search/?q=respite&in=documents`);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await page.locator('input[name="in"][value="documents"]').isChecked()).toBe(true);
    expect(await page.locator('[data-items-only]').first().isHidden()).toBe(true);
    const link = page.locator('#search-results .sub-results a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/sources\/[^#]+#L\d+$/);
    await link.click();
    const hash = new URL(page.url()).hash;
    expect(await page.locator(`[id="${hash.slice(1)}"]`).count()).toBe(1);
    // Back to what the strategies say: item results again.
    await page.goto(`${origin}/search/?q=respite`);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(
      await page.locator('#search-results .sub-results a').first().getAttribute('href'),
    ).toMatch(/#item-/);
  });

  it('has no accessibility violations with results and filters shown', async () => {
    await search('respite');
    await page.evaluate(axeSource); // through DevTools, so the CSP under test is not loosened
    const violations = await page.evaluate(async () => {
      // @ts-expect-error injected
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
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
