/**
 * The site at national scale, in small: a synthetic corpus of 30 strategies (scripts/synthetic.ts, as
 * `npm run bench` uses) built with the real build. Compare pages show a few strategies each, every page
 * stays within the page budget, and the chooser compares strategies that are on different compare pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { htmlPages, PAGE_BUDGET, pageFile, pageWeights } from '../support/site-files.ts';
import { SCALE_STRATEGIES, scaleSite } from '../support/synthetic-site.ts';
import { GROUP_SIZE } from '../../src/lib/groups.ts';

const STRATEGIES = SCALE_STRATEGIES;
const PER_PAGE = 5;
let dist: string;
type ChooserIndex = {
  pages: string[];
  regions: { name: string; strategies: { id: string; label: string; page: number }[] }[];
};
let index: ChooserIndex;

beforeAll(() => {
  // 20 councils, so some have two strategies; regions as in England. Built once a run, shared.
  dist = scaleSite().dist;
  index = JSON.parse(readFileSync(join(dist, 'compare/strategies.json'), 'utf8')) as ChooserIndex;
}, 600_000);

const comparePages = () => htmlPages(dist).filter((p) => /^\/compare\/(\d+\/)?$/.test(p));
const columns = (page: string) =>
  [...readFileSync(pageFile(dist, page), 'utf8').matchAll(/<th scope="col" data-s="([^"]+)"/g)].map(
    (m) => m[1],
  );

describe(`a site with ${STRATEGIES} strategies`, () => {
  it(`shows at most ${PER_PAGE} strategies a compare page, each once, as the chooser's index says`, () => {
    const pages = comparePages();
    expect(pages).toHaveLength(Math.ceil(STRATEGIES / PER_PAGE));
    const where = new Map<string, number>();
    let total = 0;
    for (const page of pages) {
      const shown = columns(page);
      expect(shown.length, page).toBeGreaterThan(0);
      expect(shown.length, page).toBeLessThanOrEqual(PER_PAGE);
      const n = Number(page.match(/\/(\d+)\/$/)?.[1] ?? 1);
      for (const id of shown) where.set(id ?? '', n);
      total += shown.length;
    }
    expect(total).toBe(STRATEGIES);
    expect(where.size).toBe(STRATEGIES);
    const listed = index.regions.flatMap((r) => r.strategies);
    expect(listed).toHaveLength(STRATEGIES);
    for (const s of listed) expect(where.get(s.id), s.id).toBe(s.page);
    expect(index.pages).toHaveLength(pages.length);
  });

  it(`has chart pages of ${GROUP_SIZE} strategies, the most one shows, so the budget below covers the heaviest`, () => {
    // Chart pages grow with their group: a corpus without a full group would hide a group too large.
    const shown = htmlPages(dist)
      .filter((p) => /^\/data\/coverage\/([^/]+\/)?$/.test(p))
      .map(
        (p) =>
          readFileSync(pageFile(dist, p), 'utf8').match(/(\d+) of \d+ strategies, grouped/)?.[1],
      )
      .map(Number);
    expect(shown.length).toBeGreaterThan(1);
    expect(Math.max(...shown)).toBe(GROUP_SIZE);
  });

  it('keeps every page within 20 KB of HTML and CSS, gzipped', () => {
    const over = pageWeights(dist).filter((p) => p.bytes > PAGE_BUDGET);
    expect(over).toEqual([]);
  });
});

// In Chromium, against the synthetic site served as a host would serve it.
let browser: Browser;
let origin: string;
let close: () => void;
const problems: string[] = [];
beforeAll(async () => {
  const served = await serve(dist);
  origin = served.origin;
  close = () => served.server.close();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  close?.();
});

describe(`a site with ${STRATEGIES} strategies, in Chromium`, () => {
  it('compares a strategy on the first compare page with one on the last, from a shared link', async () => {
    const strategies = index.regions.flatMap((r) => r.strategies);
    const first = strategies[0];
    const last = strategies.at(-1);
    expect(first?.page).toBe(1);
    expect(index.pages.length).toBeGreaterThan(1);
    expect(last?.page).toBe(index.pages.length);
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) problems.push(`off-site request: ${r.url()}`);
    });
    await page.goto(`${origin}/compare/?s=${first?.id},${last?.id}`);
    await page
      .locator('#chooser-status')
      .filter({ hasText: /^Showing/ })
      .waitFor();
    const visible = await page
      .locator('#compare-table thead th[data-s]:visible')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-s')));
    expect(visible).toEqual([first?.id, last?.id]);
    // Every theme row has the two strategies' cells, and the notes describe the same two documents.
    const perRow = await page
      .locator('#compare-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td[data-s]')]
            .filter((td) => !(td as HTMLElement).hidden)
            .map((td) => td.getAttribute('data-s')),
        ),
      );
    expect(perRow.length).toBeGreaterThan(10);
    for (const row of perRow) expect(row).toEqual([first?.id, last?.id]);
    expect(await page.locator('#compare-notes li:visible').count()).toBe(2);
    expect(await page.locator('#chooser-status').textContent()).toBe(
      `Showing 2 of ${STRATEGIES} strategies.`,
    );
    expect(
      await page
        .locator('#chooser input:checked')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual([first?.id, last?.id]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the pages only a large corpus produces', () => {
  it('has no accessibility violations on the pages that only exist at scale', async () => {
    // Pages the five real strategies never produce: later compare pages, chart groups, good practice in pages.
    const paths = htmlPages(dist)
      .filter((p) => /^\/(compare\/\d+|data\/coverage\/[^/]+|good-practice\/\d+)\/$/.test(p))
      .slice(0, 6);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    const page = await browser.newPage();
    for (const path of paths) {
      await page.goto(origin + path);
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });
});
