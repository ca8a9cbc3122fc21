/**
 * One setting says where the site lives. Built without it (as `npm start` does) nothing in the output
 * names localhost and there are no absolute addresses; built with SITE_URL and BASE_PATH (one extra build,
 * shared by the checks below) every permalink, canonical link, sitemap entry and citation is absolute and
 * leads to the page. In the browser, a copied citation uses the address the reader is on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BOM } from '../../src/lib/csv.ts';
import { launch } from '../support/browser.ts';
import { files, htmlPages, pageFile } from '../support/site-files.ts';

const dist = inject('dist');
const origin = inject('origin');
const SITE = 'https://example.org';
const BASE = '/carers/';
const REPORT = 'https://github.com/example/carers/issues/new';
const root = mkdtempSync(join(tmpdir(), 'csc-site-url-'));
const out = join(root, 'dist');
let buildOutput = '';

/** Files naming a local address: the output must hold none, whatever it was built for. */
const local = (dir: string) =>
  files(dir).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'latin1')));
const csvRows = (dir: string, file: string) =>
  csvParse(readFileSync(join(dir, 'data', file), 'utf8').slice(BOM.length));

// Vitest puts Vite's own variables (BASE_URL, MODE…) in process.env; a build given BASE_URL=/ ignores BASE_PATH.
// The reporting address is left out too, so each build here sets its own.
const {
  BASE_URL: _b,
  MODE: _m,
  DEV: _d,
  PROD: _p,
  SSR: _s,
  PUBLIC_REPORT_ISSUES_URL: _r,
  PUBLIC_REPORT_EMAIL: _e,
  ...env
} = process.env;
void [_b, _m, _d, _p, _s, _r, _e];
const build = (vars: Record<string, string>) =>
  spawnSync('node', ['scripts/build.ts'], { env: { ...env, ...vars }, encoding: 'utf8' });

/** The address of an item's "Report a problem" link, as the browser reads it. */
const reportLink = (html: string) =>
  /<p class="report-problem"><a href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';

beforeAll(() => {
  const result = build({
    SITE_URL: SITE,
    BASE_PATH: BASE,
    OUT_DIR: out,
    PUBLIC_REPORT_ISSUES_URL: REPORT,
  });
  buildOutput = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`SITE_URL build failed:\n${buildOutput.slice(-3000)}`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env['SITE_URL']))('a build without SITE_URL', () => {
  it('names no localhost or 127.0.0.1 anywhere in its output', () => {
    expect(local(dist)).toEqual([]);
  });

  it('leaves absolute addresses out: no canonical links, no sitemap, relative links that say so', () => {
    const withCanonical = htmlPages(dist).filter((p) =>
      readFileSync(pageFile(dist, p), 'utf8').includes('rel="canonical"'),
    );
    expect(withCanonical).toEqual([]);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
    const rows = csvRows(dist, 'items.csv');
    expect(
      rows.every((r) => r['link_form'] === 'relative' && r['permalink']?.startsWith('/')),
    ).toBe(true);
  });

  it('sends reports to the About page, which says this copy has no address for them', () => {
    const item = readFileSync(
      join(dist, 'strategies', 'surrey-2008', 'std-1-stress', 'index.html'),
      'utf8',
    );
    expect(reportLink(item)).toBe('/about/#reporting');
    const about = readFileSync(join(dist, 'about', 'index.html'), 'utf8');
    expect(about).toContain('This copy of the site was built without an address for reports');
  });
});

describe('a build with SITE_URL and no reporting address', () => {
  it('stops before writing anything, naming both variables and where to set them', () => {
    const nowhere = join(root, 'refused');
    const result = build({ SITE_URL: SITE, OUT_DIR: nowhere });
    const said = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    for (const words of [
      'PUBLIC_REPORT_ISSUES_URL',
      'PUBLIC_REPORT_EMAIL',
      '.env file',
      'pages.yml',
    ])
      expect(said).toContain(words);
    expect(existsSync(nowhere)).toBe(false);
  });
});

describe('a build with SITE_URL=https://example.org and BASE_PATH=/carers/', () => {
  it('says nothing about a missing SITE_URL, and names no localhost', () => {
    expect(buildOutput).not.toMatch(/SITE_URL is not set/);
    expect(local(out)).toEqual([]);
  });

  it('writes every permalink and passage link absolute, each leading to its page and anchor', () => {
    const rows = csvRows(out, 'items.csv');
    expect(rows.length).toBeGreaterThan(500);
    for (const r of rows) {
      const permalink = new URL(r['permalink'] ?? '');
      expect(permalink.origin + permalink.pathname.slice(0, BASE.length)).toBe(`${SITE}${BASE}`);
      expect(permalink.pathname).toMatch(/^\/carers\/strategies\/[^/]+\/[^/]+\/$/);
      const page = readFileSync(
        join(out, permalink.pathname.slice(BASE.length), 'index.html'),
        'utf8',
      );
      expect(page, r['permalink']).toContain(`id="${permalink.hash.slice(1)}"`);
      const source = new URL(r['source_url'] ?? '');
      expect(source.href.startsWith(`${SITE}${BASE}sources/`), r['source_url']).toBe(true);
      expect(
        readFileSync(join(out, source.pathname.slice(BASE.length), 'index.html'), 'utf8'),
      ).toContain(`id="${source.hash.slice(1)}"`);
      expect(r['link_form']).toBe('absolute');
    }
  });

  it('gives pages canonical links, a sitemap and robots.txt on the site’s address', () => {
    const page = readFileSync(join(out, 'strategies', 'surrey-2008', 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE}${BASE}strategies/surrey-2008/">`);
    expect(page).toContain(`href="${BASE}data/strategies/surrey-2008.csv"`);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}${BASE}sitemap-index.xml`,
    );
  });

  it('writes citations and the data package with absolute addresses', () => {
    const ris = readFileSync(
      join(out, 'cite', 'strategies', 'surrey-2008', 'std-1-stress.ris'),
      'utf8',
    );
    const urls = [...ris.matchAll(/^UR {2}- (.+)$/gm)].map((m) => m[1]?.trim());
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls)
      expect(u).toMatch(
        /^https:\/\/example\.org\/carers\/strategies\/surrey-2008\/std-1-stress\/#item-/,
      );
    const pkg = JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8')) as {
      homepage: string;
    };
    expect(pkg.homepage).toBe(`${SITE}${BASE}`);
  });

  it('prefills each item’s report with its title and permalink, and the About page links to the same form', () => {
    const rows = csvRows(out, 'items.csv').filter((r) =>
      r['permalink']?.startsWith(`${SITE}${BASE}strategies/surrey-2008/std-1-stress/#`),
    );
    expect(rows.length).toBeGreaterThan(1);
    const page = readFileSync(
      join(out, 'strategies', 'surrey-2008', 'std-1-stress', 'index.html'),
      'utf8',
    );
    const links = page.split('<article').slice(1).map(reportLink);
    for (const r of rows) {
      const link = links.find((l) =>
        new URL(l).searchParams.get('body')?.includes(r['permalink'] ?? '-'),
      );
      expect(link, r['permalink']).toBeDefined();
      const u = new URL(link ?? '');
      expect(u.origin + u.pathname).toBe(REPORT);
      expect(u.searchParams.get('title')).toContain(r['title']);
      expect(u.searchParams.get('body')).toContain(`Item: ${r['title']}`);
    }
    const about = readFileSync(join(out, 'about', 'index.html'), 'utf8');
    expect(about).toContain(`<a href="${REPORT}">`);
    expect(about).not.toContain('built without an address for reports');
  });
});

describe('a citation in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('shows and copies the address the reader is on and today’s date, and offers the downloads', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const p = await ctx.newPage();
    await p.goto(`${origin}/strategies/surrey-2008/std-1-stress/`);
    const cite = p.locator('article.item details.cite').first();
    await cite.locator('summary').click();
    const today = await p.evaluate(() =>
      new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );
    const shown = (await cite.locator('.citation').textContent()) ?? '';
    expect(shown).toContain(`Available at: ${origin}/strategies/surrey-2008/std-1-stress/#item-`);
    expect(shown).toContain(`(accessed ${today})`);
    await cite.getByRole('button', { name: 'Copy citation' }).click();
    await cite.getByText('Citation copied.').waitFor();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(
      shown.replace(/\s+/g, ' ').trim(),
    );
    for (const name of ['RIS', 'BibTeX', 'CSL-JSON']) {
      const href = (await cite.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      expect((await p.request.get(origin + href)).status(), href).toBe(200);
    }
    // The RIS download holds today's date accessed and this address, whatever the build knew.
    const [saved] = await Promise.all([
      p.waitForEvent('download'),
      cite.getByRole('link', { name: 'RIS', exact: true }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('std-1-stress.ris');
    const ris = readFileSync(await saved.path(), 'utf8');
    const [y, m, d] = await p.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    });
    expect(ris).toContain(`Y2  - ${y}/${m}/${d}/`);
    expect(ris).toContain(`UR  - ${origin}/strategies/surrey-2008/std-1-stress/#item-`);
    // The script is a file of its own: the Content Security Policy forbids inline scripts.
    expect(await p.locator('script:not([src])').count()).toBe(0);
    await ctx.close();
  });
});
