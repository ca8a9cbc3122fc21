/** Real queries against the built Pagefind index, through the search page. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import {
  axeViolations,
  boxCount,
  listedItems,
  openSearch,
  statusCount,
} from '../support/search-page.ts';

const origin = inject('origin');
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await browser?.close();
});

const search = (q: string, more = '') =>
  openSearch(page, origin, `q=${encodeURIComponent(q)}${more}`);

/** Councils the current results come from, read from the council filter's counts. */
const councilsWithResults = () =>
  page
    .locator('label[for^="f-council-"]')
    .evaluateAll((labels) =>
      labels.filter((l) => !/\(0\)$/.test((l.textContent ?? '').trim())).map((l) => l.textContent),
    );

/** Ticks a box and waits for the search it starts to finish. */
async function tick(id: string) {
  const before = await page.locator('#search-status').textContent();
  await page.locator(`#${id}`).click();
  await expect.poll(() => page.locator('#search-status').textContent()).not.toBe(before);
  await page.waitForTimeout(100);
}

/** Shows every result group and opens every "more under this heading". */
async function showAll() {
  for (let i = 0; i < 30 && (await page.locator('#search-more').isVisible()); i++) {
    const n = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(n);
  }
  return page
    .locator('#search-results .sub-results > li, #search-results .sub-results-more > li')
    .count();
}

describe('search', () => {
  it('finds respite items from at least three councils, including ones that say "breaks"', async () => {
    await search('respite');
    expect(await statusCount(page)).toBeGreaterThan(20);
    expect((await councilsWithResults()).length).toBeGreaterThanOrEqual(3);
    // Five headings show at first (each loads its own file); the rest come with "Show more".
    await showAll();
    const descriptions = await page
      .locator('#search-results .sub-results > li > p')
      .allTextContents();
    expect(descriptions.length).toBeGreaterThan(20);
    expect(descriptions.some((t) => !/respite/i.test(t))).toBe(true);
    // Matching words are highlighted in the excerpts.
    expect(
      (await page.locator('#search-results mark').first().textContent())?.toLowerCase(),
    ).toContain('respite');
  });

  it('names each item by its title and each heading, council and strategy once', async () => {
    await search('respite');
    const first = page.locator('#search-results > li').first();
    const meta = (await first.locator('.item-meta').textContent()) ?? '';
    expect(meta).toMatch(/^(Barnet|Hampshire|Hertfordshire|Leicestershire|Surrey) \d{4}/);
    const links = await first.locator('.sub-results a').allTextContents();
    expect(links.every((t) => !/^(Commitment|Gap|Figure|Target) [\d.]+$/.test(t))).toBe(true);
    const text = (await first.textContent()) ?? '';
    expect(text.split(meta).length - 1).toBe(1);
    expect(await first.locator('.item-meta').count()).toBe(1);
  });

  it('counts items, and each count is exactly what ticking it lists', async () => {
    await search('carers');
    const total = await statusCount(page);
    expect(await page.locator('#search-status').textContent()).toMatch(/items/);
    const want = await boxCount(page, 'f-theme-Young-carers');
    expect(want).toBeGreaterThan(0);
    await tick('f-theme-Young-carers');
    expect(await statusCount(page)).toBe(want);
    expect(want).toBeLessThan(total);
    expect(await showAll()).toBe(want);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('Young carers');
    const items = await listedItems(page);
    expect(items.every((t) => t.includes('Young carers'))).toBe(true);
  });

  it('widens within a group and narrows across groups, with every count updated', async () => {
    await openSearch(page, origin, 'theme=Young+carers');
    const barnet = await boxCount(page, 'f-council-Barnet');
    const leics = await boxCount(page, 'f-council-Leicestershire');
    expect(barnet).toBeGreaterThan(0);
    expect(leics).toBeGreaterThan(0);
    await tick('f-council-Barnet');
    expect(await statusCount(page)).toBe(barnet);
    // Other councils still show what ticking them would add.
    expect(await boxCount(page, 'f-council-Leicestershire')).toBe(leics);
    await tick('f-council-Leicestershire');
    expect(await statusCount(page)).toBe(barnet + leics);
    // Every type count, after both choices, is what ticking it lists; a count of 0 cannot be ticked.
    for (const id of ['f-type-Commitment', 'f-type-Target', 'f-type-Gap']) {
      const n = await boxCount(page, id);
      if (n === 0) {
        expect(await page.locator(`#${id}`).isDisabled()).toBe(true);
        continue;
      }
      await tick(id);
      expect(await statusCount(page)).toBe(n);
      await tick(id);
    }
  });

  it('never lists a heading without an item: GPs, hospitals and discharge with Target', async () => {
    await openSearch(page, origin, 'theme=GPs%2C+hospitals+and+discharge');
    const n = await boxCount(page, 'f-type-Target');
    if (n === 0) expect(await page.locator('#f-type-Target').isDisabled()).toBe(true);
    else {
      await tick('f-type-Target');
      expect(await statusCount(page)).toBe(n);
      expect(await page.locator('#search-results > li .sub-results > li').count()).toBeGreaterThan(
        0,
      );
    }
  });

  it('offers filters before any query is typed', async () => {
    await page.goto(`${origin}/search/`);
    await page.locator('#search-filters[data-counts]').waitFor();
    await tick('f-type-Good-practice');
    await page.locator('#search-results li').first().waitFor();
    expect(await statusCount(page)).toBeGreaterThan(5);
    const items = await listedItems(page);
    expect(items.every((t) => t.includes('Good practice'))).toBe(true);
  });

  it('opens a result at the item it found', async () => {
    await search('Back Care');
    const link = page.locator('#search-results .sub-results a').first();
    expect(await link.getAttribute('href')).toMatch(/#(item-|L)/);
    await link.click();
    const hash = new URL(page.url()).hash;
    expect(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()).toBe(1);
  });

  it('finds "Primary Care Trust" items when searching for "PCT"', async () => {
    // Narrowed to Barnet, whose document mostly writes the name out in full.
    await search('PCT', '&council=Barnet&type=Commitment');
    await showAll();
    const hrefs = await page
      .locator('#search-results .sub-results a, #search-results .sub-results-more a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    await search('respite', '&in=documents');
    expect(await page.locator('input[name="in"][value="documents"]').isChecked()).toBe(true);
    expect(await page.locator('[data-items-only]').first().isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/passages/);
    const link = page.locator('#search-results .sub-results a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/sources\/[^#]+#L\d+$/);
    await link.click();
    const hash = new URL(page.url()).hash;
    expect(await page.locator(`[id="${hash.slice(1)}"]`).count()).toBe(1);
    await search('respite');
    expect(
      await page.locator('#search-results .sub-results a').first().getAttribute('href'),
    ).toMatch(/#item-/);
  });

  it('understands everyday words and drops words that carry no meaning', async () => {
    await search("what if I'm skint");
    const items = (await listedItems(page)).slice(0, 5);
    expect(items.some((t) => t.includes('Work, benefits and money'))).toBe(true);
  });

  it('falls back to results with some of the words, and says so', async () => {
    await search('zebra respite');
    expect(await page.locator('#search-status').textContent()).toContain(
      'No result has all your words; showing results with some of them',
    );
    expect(await statusCount(page)).toBeGreaterThan(0);
  });

  it('helps when nothing is found: a link to the themes, and themes close to the words', async () => {
    await search('zebra');
    expect(await page.locator('#search-status').textContent()).toMatch(/^No results for “zebra”/);
    expect(await page.locator('#search-notes a[href="/themes/"]').count()).toBe(1);
    await search('respite', '&council=Hertfordshire&type=Target&year=2011');
    expect(await page.locator('#search-notes').textContent()).toContain('Breaks and respite');
  });

  it('suggests a spelling from the index', async () => {
    await search('teleacre');
    const link = page.locator('#search-notes a', { hasText: 'telecare' });
    expect(await link.count()).toBe(1);
  });

  it('transfers at most 200 KB for a first query on the real site, word list and facets included', async () => {
    // As npm run bench counts them: text gzipped as hosts serve it, Pagefind's files as they are.
    const p = await browser.newPage();
    let phase: 'first' | 'later' = 'first';
    const sizes: Promise<{ phase: string; bytes: number }>[] = [];
    p.on('response', (r) => {
      const at = phase;
      const text = /text\/|javascript|json/.test(r.headers()['content-type'] ?? '');
      sizes.push(
        r.body().then(
          (b) => ({ phase: at, bytes: text ? gzipSync(b).length : b.length }),
          () => ({ phase: at, bytes: 0 }),
        ),
      );
    });
    await openSearch(p, origin, 'q=respite');
    await p.waitForLoadState('networkidle');
    phase = 'later';
    await p.fill('#search-q', 'hospital discharge');
    await p.press('#search-q', 'Enter');
    await p.locator('#search-status', { hasText: 'hospital discharge' }).waitFor();
    await p.waitForLoadState('networkidle');
    const done = await Promise.all(sizes);
    const kb = (ph: string) =>
      done.filter((d) => d.phase === ph).reduce((n, d) => n + d.bytes, 0) / 1024;
    console.log(
      `search bytes on the real site: first query ${kb('first').toFixed(1)} KB, later ${kb('later').toFixed(1)} KB`,
    );
    expect(kb('first')).toBeLessThanOrEqual(200);
    await p.close();
  });

  it('lists each heading once and in order when "Show more results" is pressed quickly', async () => {
    const headings = () => page.locator('#search-results > li > h2').allTextContents();
    await search('respite');
    await showAll();
    const inOrder = await headings();
    expect(inOrder.length).toBeGreaterThan(10);
    await search('respite');
    await page.locator('#search-more').waitFor();
    // Pressed twice at once, the first press's display files arriving last.
    let slow = 5;
    await page.route('**/pagefind/parts/*', async (route) => {
      if (slow-- > 0) await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await page.evaluate(() => {
      const more = document.getElementById('search-more')!;
      more.click();
      more.click();
    });
    await expect.poll(async () => (await headings()).length).toBeGreaterThanOrEqual(15);
    await page.unroute('**/pagefind/parts/*');
    const quick = await headings();
    expect(quick).toEqual(inOrder.slice(0, quick.length));
  });

  it('runs Pagefind in a worker, so its start and its searches never hold the page', async () => {
    const p = await browser.newPage();
    const workers: string[] = [];
    const requested: string[] = [];
    p.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    p.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openSearch(p, origin, 'q=respite');
    await p.locator('#search-results > li').first().waitFor();
    // The page fetches its own files (values, vocabulary, display files), never Pagefind's.
    const pageFiles = await p.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(pageFiles.filter((f) => /pagefind\.js$|\.pagefind$|\.pf_/.test(f))).toEqual([]);
    expect(pageFiles).toContain('/pagefind/values.json');
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^\/_astro\/worker-[\w-]+\.js$/);
    const workerFiles = await p
      .workers()[0]!
      .evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      );
    expect(workerFiles).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']),
    );
    // The worker fetches the entry, metadata and WebAssembly beside the script, once each: a
    // file fetched early that Pagefind did not take would show here as a second request.
    const pagefindFiles = requested.filter((f) => /^\/pagefind\/[^/]+$/.test(f));
    expect(pagefindFiles.length).toBeGreaterThanOrEqual(4);
    expect(pagefindFiles).toEqual([...new Set(pagefindFiles)]);
    await p.close();
  });

  it('has no accessibility violations with results and filters shown', async () => {
    await search('respite');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tells people without JavaScript where to go instead', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${origin}/search/`);
    const notice = p.locator('noscript .notice p').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    await ctx.close();
  });
});
