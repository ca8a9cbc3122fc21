/**
 * The question set (tests/search-questions.yaml), asked through the search page in Chromium: at
 * least 90% must list an item on one of the expected themes among the first five items.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { launch } from '../support/browser.ts';
import { openSearch } from '../support/search-page.ts';

const origin = inject('origin');
const questions = parse(readFileSync('tests/search-questions.yaml', 'utf8')) as {
  q: string;
  themes: string[];
}[];
const titles = new Map(
  (parse(readFileSync('content/themes.yaml', 'utf8')) as { id: string; title: string }[]).map(
    (t) => [t.id, t.title],
  ),
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

it('reaches an expected theme in the first five items for at least 90% of the questions', async () => {
  expect(questions.length).toBeGreaterThanOrEqual(60);
  const page = await browser.newPage();
  const missed: string[] = [];
  await openSearch(page, origin, 'q=carers');
  for (const { q, themes } of questions) {
    // On one page, as a reader asks one question after another: the index loads once.
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    await page.locator('#search-status', { hasText: `“${q.slice(0, 60)}` }).waitFor();
    const first = (
      await page.locator('#search-results .sub-results > li .muted').allTextContents()
    ).slice(0, 5);
    const wanted = themes.map((t) => titles.get(t) ?? t);
    if (!first.some((t) => wanted.some((w) => t.includes(w))))
      missed.push(`${q} → wanted ${wanted.join(' or ')}`);
  }
  const rate = (questions.length - missed.length) / questions.length;
  console.log(
    `search questions: ${questions.length - missed.length} of ${questions.length} (${(rate * 100).toFixed(1)}%)`,
  );
  if (missed.length) console.log(`missed:\n${missed.join('\n')}`);
  expect(rate).toBeGreaterThanOrEqual(0.9);
}, 300_000);
