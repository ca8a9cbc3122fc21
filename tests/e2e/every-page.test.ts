/**
 * Every built page, in real Chromium: axe finds no WCAG 2.2 A/AA violations, the page has one h1,
 * a skip link to main, British English, no request off the site's origin, no CSP violation,
 * and no JavaScript unless it is one of the few pages allowed some.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';
import { htmlPages, SCRIPTED_PAGES } from '../support/site-files.ts';

const origin = inject('origin');
const dist = inject('dist');
const pages = htmlPages(dist);

let browser: Browser;
let page: Page;
const offOrigin: string[] = [];
const cspErrors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:'))
      offOrigin.push(`${page.url()} → ${req.url()}`);
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text()))
      cspErrors.push(`${page.url()}: ${msg.text()}`);
  });
});
afterAll(async () => browser?.close());

describe('every built page', () => {
  it('finds the site has pages to test', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s is accessible and well formed', async (path) => {
    // The 404 page is tested as a host serves it: for an address that does not exist.
    const response = await page.goto(origin + (path === '/404.html' ? '/no-such-page/' : path));
    expect(response?.status()).toBe(path === '/404.html' ? 404 : 200);
    const results = await axeViolations(page);
    expect(results, `axe violations on ${path}`).toEqual([]);
    const facts = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
      skip: document.querySelector('a.skip-link')?.getAttribute('href'),
      main: document.querySelectorAll('main#main').length,
      scripts: [...document.querySelectorAll('script')].length,
    }));
    expect(facts.h1, 'exactly one h1').toBe(1);
    expect(facts.lang).toBe('en-GB');
    expect(facts.skip).toBe('#main');
    expect(facts.main).toBe(1);
    if (!SCRIPTED_PAGES.some((re) => re.test(path)))
      expect(facts.scripts, 'reading pages ship no JavaScript').toBe(0);
  });

  it('made no request off the site and broke no Content Security Policy', () => {
    expect(offOrigin).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
