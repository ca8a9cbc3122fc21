/** Helpers for the search page's browser tests: open a search, read what it lists, run axe. */
import type { Page } from 'playwright-core';

/** Opens /search/ with the given address query and waits until it has said something. */
export async function openSearch(page: Page, origin: string, query: string) {
  await page.goto(`${origin}/search/?${query}`);
  await page.waitForFunction(() =>
    /\w/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  await page.locator('#search-filters[data-counts]').waitFor();
}

/** The items listed, each as its text (title, type and themes, excerpt). */
export const listedItems = (page: Page) =>
  page.locator('#search-results .sub-results > li').allTextContents();

/** The first number in the status line: the items listed. */
export const statusCount = async (page: Page) =>
  Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0] ?? 0);

/** The count shown beside a filter box. */
export const boxCount = async (page: Page, id: string) =>
  Number((await page.locator(`label[for="${id}"] .count`).textContent())?.match(/\d+/)?.[0] ?? -1);

// The one axe helper, so every browser test runs it the same way.
export { axeViolations } from './axe.ts';
