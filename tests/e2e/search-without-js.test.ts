/**
 * The home page's search box on a browser that runs no JavaScript: the words typed lead to theme
 * pages (a datalist of the words that stand for each theme), the search page lists the themes with
 * our words for them, and going back finds the words still in the box.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    javaScriptEnabled: false,
  });
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('searching from the home page without JavaScript', () => {
  it('offers, as one types, everyday words with the theme each leads to', async () => {
    await page.goto(`${origin}/`);
    const list = await page.locator('#site-search').getAttribute('list');
    expect(list).toBeTruthy();
    const options = await page
      .locator(`datalist[id="${list}"] option`)
      .evaluateAll((os) => os.map((o) => [o.getAttribute('value'), o.getAttribute('label')]));
    expect(options).toContainEqual(['a rest', 'Breaks and respite']);
    expect(options).toContainEqual(['skint', 'Work, benefits and money']);
    expect(options).toContainEqual(['respite', 'Breaks and respite']);
  });

  it('keeps the words, and points to the theme pages that match them', async () => {
    await page.goto(`${origin}/`);
    await page.locator('#site-search').fill('a rest');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=a\+rest$/);
    const notice = page.locator('main .notice').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('Your words are still in the search box');
    const link = page.getByRole('link', { name: 'Breaks and respite', exact: true });
    const theme = notice.locator(link);
    expect(await theme.isVisible()).toBe(true);
    expect(await notice.locator('li', { has: link }).innerText()).toContain('short breaks');
    await page.goBack();
    expect(await page.locator('#site-search').inputValue()).toBe('a rest');
    await page.goForward();
    await theme.click();
    expect(await page.locator('h1').textContent()).toContain('Breaks and respite');
  });
});
