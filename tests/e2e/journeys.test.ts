/** The journeys people take, in real Chromium against the built site. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('a carer reading about breaks', () => {
  it('goes from home to a theme, to a strategy, to the highlighted source passage and back', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await page.getByRole('link', { name: 'Breaks and respite', exact: true }).first().click();
    expect(await page.locator('h1').textContent()).toContain('Breaks and respite');
    // A council's column on the theme page leads to that council's items on the theme.
    await page.locator('.theme-columns section h2 a').first().click();
    const item = page.locator('article.item').first();
    // The council's words are one tap away under each item.
    await item.getByText("Read the council's words").click();
    await item.getByRole('link', { name: /Read this passage in the source document/ }).click();
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#L\d+$/);
    const target = page.locator(hash);
    await page.locator(':target').waitFor();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'the targeted passage is highlighted').not.toBe('rgba(0, 0, 0, 0)');
    await expect_visible(target);
    // …and the passage links back to the item that quotes it.
    await target.locator('.back-links a').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#item-/);
    expect(
      await page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`).count(),
    ).toBe(1);
  });

  it('opens an item permalink at the item, highlighted', async () => {
    await page.goto(`${origin}/strategies/barnet-2009/d1/#item-1.2`);
    const item = page.locator('[id="item-1.2"]');
    expect(await item.count()).toBe(1);
    expect(await item.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
  });
});

describe('policy staff comparing councils', () => {
  // The chooser lists every strategy from a small index it fetches, then says what it shows.
  const openCompare = async (path: string) => {
    await page.goto(origin + path);
    await page
      .locator('#chooser-status')
      .filter({ hasText: /^Showing/ })
      .waitFor();
  };

  it('see exactly the strategies named in a shared compare link', async () => {
    await openCompare('/compare/?s=barnet-2009,surrey-2008');
    const visible = await page
      .locator('#compare-table thead th[data-s]:visible')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-s')));
    expect(visible).toEqual(['barnet-2009', 'surrey-2008']);
    expect(await page.locator('#chooser input:checked').count()).toBe(2);
  });

  it('change the choice with checkboxes, and the address follows so it can be shared', async () => {
    await openCompare('/compare/?s=barnet-2009,surrey-2008');
    await page.getByLabel(/Hampshire/).check();
    expect(new URL(page.url()).searchParams.get('s')).toBe(
      'barnet-2009,hampshire-2011,surrey-2008',
    );
    expect(await page.locator('#compare-table thead th[data-s]:visible').count()).toBe(3);
  });

  it('still see every strategy without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${origin}/compare/?s=barnet-2009,surrey-2008`);
    expect(await p.locator('#compare-table thead th[data-s]:visible').count()).toBe(5);
    expect(await p.locator('#chooser').isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('a carers organisation citing good practice', () => {
  it('copies a ready citation with a permalink to the item', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const p = await ctx.newPage();
    await p.goto(`${origin}/good-practice/`);
    const first = p.locator('section.good-practice').first();
    await first.locator('details.cite summary').click();
    await first.getByRole('button', { name: 'Copy citation' }).click();
    await p.getByText('Citation copied.').first().waitFor();
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    // The address the reader is on, and today's date as the date accessed.
    const today = new Date().toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    expect(copied).toContain(`Available at: ${origin}/strategies/`);
    expect(copied).toMatch(
      new RegExp(
        `^[A-Z].+ \\(\\d{4}\\) .+ Cited: “.+”, as recorded by Carers Strategies Compared\\. `,
      ),
    );
    expect(copied).toContain(`#item-`);
    expect(copied).toContain(` (accessed ${today}). The council’s passage: ${origin}/sources/`);
    expect(copied).not.toContain('[date accessed]');
    await ctx.close();
  });

  it('is offered no copy button that could not work, without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${origin}/good-practice/`);
    await p.locator('details.cite summary').first().click();
    expect(await p.locator('.citation').first().isVisible()).toBe(true);
    expect(await p.locator('.citation').first().textContent()).not.toContain('[date accessed]');
    expect(await p.getByRole('button', { name: 'Copy citation' }).first().isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('keyboard users', () => {
  it('reach the main content first with the skip link', async () => {
    await page.goto(`${origin}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('phone users', () => {
  it('never have to scroll body text sideways at 320 pixels wide', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of [
      '/',
      '/compare/',
      '/strategies/barnet-2009/',
      '/themes/breaks-respite/',
      '/data/',
      '/data/coverage/',
      '/data/figures/',
      '/sources/surrey-2008-action-plan/',
      '/search/?q=respite',
    ]) {
      await narrow.goto(origin + path);
      const overflow = await narrow.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      // What scrolls sideways at this width (tables, charts) must be reachable by keyboard: axe again.
      const violations = await axeViolations(narrow);
      expect(violations, path).toEqual([]);
    }
    await narrow.close();
  });

  it('see nothing jump while search results, the compare chooser and copy buttons arrive', async () => {
    const phone = await browser.newPage({ viewport: { width: 412, height: 823 } });
    for (const path of ['/search/?q=respite', '/compare/', '/good-practice/']) {
      await phone.goto(origin + path);
      if (path.startsWith('/search/')) await phone.locator('#search-results li').first().waitFor();
      // The same sum as Lighthouse's Cumulative Layout Shift, from the browser's own layout-shift entries.
      const shift = await phone.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) =>
              resolve(
                list
                  .getEntries()
                  .reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0),
              ),
            ).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 500);
          }),
      );
      expect(shift, `${path} shifts`).toBeLessThan(0.01);
    }
    await phone.close();
  });
});

describe('printing', () => {
  it("leaves out the navigation and the site's own link paths, which mean nothing on paper", async () => {
    await page.goto(`${origin}/strategies/surrey-2008/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    const after = await page
      .locator('main a[href^="/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    await page.emulateMedia({ media: 'screen' });
  });
});

async function expect_visible(locator: ReturnType<Page['locator']>) {
  expect(await locator.isVisible()).toBe(true);
}
