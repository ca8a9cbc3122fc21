/**
 * Historic framing and help today, on the built site: every strategy, council and theme page says how
 * old its documents are and that they are a record, not today's offer, and offers only help addresses
 * recorded in content/help.yaml with where and when they were confirmed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { htmlPages, pageFile } from '../support/site-files.ts';

const origin = inject('origin');
const dist = inject('dist');
const FRAMED = /^\/(strategies\/[^/]+\/(?!specificity\/)|councils\/[^/]+\/|themes\/[^/]+\/)/;
const help = parse(readFileSync('content/help.yaml', 'utf8')) as {
  url: string;
  confirmed?: unknown;
  confirmedOn?: string;
}[];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('historic framing and help today', () => {
  const pages = htmlPages(dist).filter((p) => FRAMED.test(p));
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const year = (epoch ? new Date(Number(epoch) * 1000) : new Date()).getUTCFullYear();

  it('says on every strategy, council and theme page how old its documents are, and that they are a record', () => {
    expect(pages.length).toBeGreaterThan(50);
    const missing = pages.filter((p) => {
      const html = readFileSync(pageFile(dist, p), 'utf8');
      const notice = /<aside class="notice historic"[^]*?<\/aside>/.exec(html)?.[0] ?? '';
      const age =
        /(A document|Documents) from (\d{4})(?: to (\d{4}))?, (\d+)(?: to \d+)? years? ago\./.exec(
          notice,
        );
      const newest = Number(age?.[3] ?? age?.[2]);
      return (
        !age ||
        year - newest !== Number(age[4]) ||
        !/a record of what .+ wrote then, not what/.test(notice)
      );
    });
    expect(missing).toEqual([]);
  });

  it('links only to help addresses recorded with where and when they were confirmed', () => {
    const recorded = new Set(help.filter((h) => h.confirmed && h.confirmedOn).map((h) => h.url));
    const offered = new Set<string>();
    for (const p of pages) {
      const html = readFileSync(pageFile(dist, p), 'utf8');
      const block = /<details class="get-help"[^]*?<\/details>/.exec(html)?.[0] ?? '';
      for (const [, href = ''] of block.matchAll(/href="(https?:[^"]+)"/g)) offered.add(href);
    }
    expect([...offered].filter((u) => !recorded.has(u))).toEqual([]);
    expect(offered.size).toBeGreaterThan(0);
  });

  it("puts the notice and 'Get help now' in a phone's first screen, and opens it with a tap", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of [
      '/strategies/barnet-2009/',
      '/councils/surrey/',
      '/themes/breaks-respite/',
    ]) {
      await page.goto(origin + path);
      const summary = page.locator('#get-help summary');
      const box = await summary.boundingBox();
      expect(box && box.y + box.height, path).toBeLessThan(800);
      await summary.click();
      expect(await page.locator('#get-help li').first().isVisible()).toBe(true);
    }
    await page.goto(`${origin}/councils/barnet/`);
    await page.locator('#get-help summary').click();
    expect(
      await page
        .getByRole('link', { name: "Barnet Council's website", exact: true })
        .getAttribute('href'),
    ).toBe('https://www.barnet.gov.uk/');
    await page.close();
  });
});
