/**
 * Long pages as a carer on a phone meets them (375 px, real Chromium, the built site): the first
 * commitment (or first item) within two screens of the top, a contents list on any page taller than
 * four screens whose links all land on the page; and print that shows the council's words without
 * link paths on navigation, tags or buttons.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import {
  CONTENTS_OVER,
  FIRST_ITEM_WITHIN,
  measureShape,
  PHONE,
  shapedPages,
} from '../support/page-shape.ts';

const origin = inject('origin');
const dist = inject('dist');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(async () => browser?.close());

describe('long pages on a phone', () => {
  const pages = shapedPages(dist);

  it('finds every kind of long page to check', () => {
    for (const kind of ['/strategies/', '/themes/', '/councils/'])
      expect(pages.some((p) => p.startsWith(kind))).toBe(true);
    expect(pages.some((p) => /^\/strategies\/[^/]+\/themes\//.test(p))).toBe(true);
  });

  it('starts the first commitment, or first item, within two screens, and has contents when long', async () => {
    const far: string[] = [];
    const noContents: string[] = [];
    const broken: string[] = [];
    for (const path of pages) {
      await page.goto(origin + path);
      const s = await measureShape(page);
      if (s.firstTop === null || s.firstTop > FIRST_ITEM_WITHIN)
        far.push(`${path} first ${s.firstKind ?? 'item'} at ${s.firstTop ?? 'none'} px`);
      if (s.height > CONTENTS_OVER && s.contentsLinks === 0)
        noContents.push(`${path} (${s.height} px)`);
      for (const href of s.brokenContents) broken.push(`${path} ${href}`);
    }
    expect(far, 'first commitment or item further down than two screens').toEqual([]);
    expect(noContents, 'pages over four screens without a contents list').toEqual([]);
    expect(broken, 'contents links that land nowhere on the page').toEqual([]);
  });
});

describe('printing a strategy section and a theme', () => {
  for (const path of ['/strategies/leicestershire-2008/ka-1/', '/themes/breaks-respite/']) {
    it(`prints ${path} with the council's words and no link paths on navigation, tags or buttons`, async () => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(origin + path);
      const printed = await page.evaluate(() => {
        const quotes = [...document.querySelectorAll('main article.item blockquote')];
        const shown = quotes.filter((q) => {
          const box = q.getBoundingClientRect();
          return box.height > 0 && (q as HTMLElement).innerText.trim().length > 0;
        });
        const paths = [
          ...document.querySelectorAll('nav a, .tag, .button, a[href^="/"], a[href^="#"]'),
        ]
          .map((a) => getComputedStyle(a, '::after').content)
          .filter((c) => c !== 'none' && c !== 'normal' && c !== '""');
        const chrome = [...document.querySelectorAll('.site-header nav, .contents, .breadcrumbs')]
          .filter((el) => el.getBoundingClientRect().height > 0)
          .map((el) => el.className || el.tagName);
        return { quotes: quotes.length, shown: shown.length, paths, chrome };
      });
      await page.emulateMedia({ media: 'screen' });
      expect(printed.quotes).toBeGreaterThan(0);
      expect(printed.shown, 'quotes visible on paper').toBe(printed.quotes);
      expect(printed.paths, 'link paths printed after links').toEqual([]);
      expect(printed.chrome, 'navigation printed').toEqual([]);
    });
  }
});
