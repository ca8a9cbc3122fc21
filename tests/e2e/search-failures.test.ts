/**
 * The search page when things go wrong, in Chromium with requests blocked: each failure shows its own
 * message (never "no results"), throws no uncaught error, and passes axe.
 */
import { afterEach, beforeAll, afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { axeViolations, openSearch } from '../support/search-page.ts';

const origin = inject('origin');
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function fresh(block?: string) {
  ctx = await browser.newContext();
  page = await ctx.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (block) await page.route(block, (route) => route.abort());
}
afterEach(async () => {
  expect(errors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await ctx.close();
});

const COULD_NOT_LOAD =
  'Search could not load, so nothing was searched. This is not the same as no results.';

describe('search when something fails', () => {
  it('says search could not start when its script is blocked', async () => {
    await fresh('**/_astro/*search*.js');
    await page.goto(`${origin}/search/?q=respite`);
    const notice = page.locator('.search-stalled');
    await expect
      .poll(() => notice.evaluate((n) => getComputedStyle(n).visibility), { timeout: 10_000 })
      .toBe('visible');
    expect(await notice.textContent()).toContain('Search could not start');
    expect(await notice.locator('a[href="/themes/"]').count()).toBe(1);
  });

  for (const [what, pattern] of [
    ["Pagefind's worker", '**/_astro/worker-*.js'],
    ["Pagefind's script", '**/pagefind/pagefind.js'],
    ['the WebAssembly', '**/pagefind/wasm.*'],
    ['an index chunk', '**/pagefind/index/*'],
    // On this small site the facets come in values.json; a large one's come in facets/*.json.
    ['the filter values file', '**/pagefind/values.json'],
    ["a heading's display file", '**/pagefind/parts/*'],
  ] as const)
    it(`says search could not load, not "no results", when ${what} is blocked`, async () => {
      await fresh(pattern);
      await page.goto(`${origin}/search/?q=respite`);
      await page.locator('#search-status', { hasText: COULD_NOT_LOAD }).waitFor();
      expect(await page.locator('#search-notes a[href="/themes/"]').count()).toBe(1);
      expect(await page.locator('#search-results > li').count()).toBe(0);
    });

  it('shows a filter value the site no longer has as a chip that removes it', async () => {
    await fresh();
    await openSearch(page, origin, 'q=respite&theme=Old+name');
    const chip = page.locator('#search-notes .chips li');
    expect(await chip.textContent()).toContain('Theme ‘Old name’ no longer exists');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await chip.getByRole('button').click();
    await expect.poll(() => chip.count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('theme')).toEqual([]);
  });

  it('caps a 100 KB query quickly, says so, and does not echo it whole', async () => {
    await fresh();
    await openSearch(page, origin, 'q=respite');
    const started = Date.now();
    // Pasted into the box (a script sets it past the box's maxlength), then searched.
    await page.evaluate((q) => {
      const input = document.getElementById('search-q') as HTMLInputElement;
      input.value = q;
      (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
    }, 'respite '.repeat(12_800));
    await page.locator('#search-notes', { hasText: 'Your search was too long' }).waitFor();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(((await page.locator('#search-status').textContent()) ?? '').length).toBeLessThan(400);
    expect((await page.locator('#search-q').inputValue()).length).toBeLessThanOrEqual(200);
  });

  it('caps a long query in the address too', async () => {
    await fresh();
    // 8 KB: as long as a server accepts in an address; longer ones never reach the page.
    await openSearch(page, origin, `q=${encodeURIComponent('young carers '.repeat(640))}`);
    expect(await page.locator('#search-notes').textContent()).toContain('Your search was too long');
    expect(((await page.locator('#search-status').textContent()) ?? '').length).toBeLessThan(400);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(200);
  });
});
