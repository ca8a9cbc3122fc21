/**
 * The trimmed headers, in real Chromium: search still works under the policy (Pagefind and its
 * WebAssembly run in a worker that comes from the site itself: neither blob: nor data: is needed),
 * and the browser reports no Content Security Policy violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the site under its own headers', () => {
  it('finds search results under the policy, with no policy complaint', async () => {
    const page = await browser.newPage();
    const complaints: string[] = [];
    const workers: string[] = [];
    page.on('console', (msg) => {
      if (
        /Content Security Policy|Refused to|Permissions-Policy|Unrecognized feature/i.test(
          msg.text(),
        )
      )
        complaints.push(msg.text());
    });
    page.on('worker', (w) => workers.push(w.url()));
    const response = await page.goto(`${origin}/search/?q=respite`);
    await page.locator('#search-results li').first().waitFor();
    // Pagefind's worker comes from the site itself (worker-src 'self').
    expect(workers).toHaveLength(1);
    expect(workers.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(complaints).toEqual([]);
    expect(response?.headers()['cross-origin-resource-policy']).toBe('same-origin');
    expect(response?.headers()['content-security-policy']).not.toMatch(/blob:|data:/);
    await page.close();
  });
});

describe('the axe helper', () => {
  it('runs under the site’s policy and reports what it finds', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/about/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('img')),
    );
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
    await page.close();
  });
});
