/**
 * `npm run bench [sizes…]`: builds a synthetic national-scale corpus and reports what it costs.
 *
 * For each size (default 100 and 500 strategies across 170 councils, ~40 items each) it writes a
 * corpus into .tmp/bench-N/content that is valid against the real schemas and corpus checks (every
 * quote is a real passage of a real source text), builds it with the real build, and measures:
 * build time (total and per page), peak memory, pages, dist size, search index size, bytes a
 * browser transfers for a first and a later search (see searchBytes), and the heaviest pages. Results go to stdout
 * and .tmp/bench-results.json; docs/benchmarks.md records them with the machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatProblem } from '../src/lib/corpus.ts';
import { checkContentDir } from './content.ts';
import { generate } from './synthetic.ts';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 500];
const ITEMS = 40;

const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    const st = statSync(p);
    return n + (st.isDirectory() ? dirSize(p) : st.size);
  }, 0);
const machine = () => `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? f.startsWith('pagefind')
        ? []
        : htmlFiles(p)
      : f.endsWith('.html')
        ? [p]
        : [];
  });

/**
 * Bytes a browser transfers for a search, as a static host serves them: HTML, CSS, JavaScript and
 * JSON gzipped (hosts compress text), Pagefind's index files and WebAssembly as they are (already
 * compressed). Phases: the first query on a fresh page (page, CSS, scripts, index, results); the
 * filter counts, which load after the first results are shown; and a later query.
 */
async function searchBytes(dist: string) {
  const { server, origin } = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage();
  let later = false;
  const sizes: Promise<{ at: number; later: boolean; bytes: number }>[] = [];
  page.on('response', (r) => {
    const at = Date.now();
    const phase = later;
    const textual = /text\/|javascript|json/.test(r.headers()['content-type'] ?? '');
    sizes.push(
      r.body().then(
        (b) => ({ at, later: phase, bytes: textual ? gzipSync(b).length : b.length }),
        () => ({ at, later: phase, bytes: 0 }),
      ),
    );
  });
  await page.goto(`${origin}/search/?q=respite`);
  await page.locator('#search-filters[data-counts]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // The search page marks when the first results are on screen; the filter counts load after.
  const shown = await page.evaluate(
    () =>
      performance.timeOrigin +
      (performance.getEntriesByName('search-results-shown')[0]?.startTime ?? 0),
  );
  later = true;
  await page.fill('#search-q', 'hospital discharge');
  await page.press('#search-q', 'Enter');
  await page
    .locator('#search-status')
    .filter({ hasText: /hospital discharge/ })
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const done = await Promise.all(sizes);
  await browser.close();
  server.close();
  const sum = (keep: (r: { at: number; later: boolean }) => boolean) =>
    done.filter(keep).reduce((n, r) => n + r.bytes, 0);
  return {
    first: sum((r) => !r.later && r.at <= shown),
    counts: sum((r) => !r.later && r.at > shown),
    later: sum((r) => r.later),
  };
}

const results = [];
for (const n of SIZES) {
  const dir = resolve(`.tmp/bench-${n}`);
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  generate(n, content, { items: ITEMS });
  const problems = checkContentDir(content);
  if (problems.length)
    throw new Error(
      `synthetic corpus is invalid:\n${problems.slice(0, 5).map(formatProblem).join('\n')}`,
    );
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`build failed for ${n} strategies:\n${run.stderr.slice(-2000)}`);
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  const pages = htmlFiles(out);
  const css = readdirSync(join(out, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(out, '_astro', f))).length, 0);
  // Page weight as the budget counts it: the page's HTML and the stylesheet, gzipped.
  const heaviest = pages
    .map((p) => ({
      p: p.slice(out.length).replace(/index\.html$/, ''),
      gz: gzipSync(readFileSync(p)).length + css,
    }))
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 3);
  const search = await searchBytes(out);
  const fragments = (bundle: string) => readdirSync(join(out, bundle, 'fragment')).length;
  const result = {
    strategies: n,
    items: n * ITEMS,
    pages: pages.length,
    buildSeconds: Math.round(seconds * 10) / 10,
    msPerPage: Math.round(((seconds * 1000) / pages.length) * 10) / 10,
    peakMemoryMB: Math.round(peakKb / 1024),
    distMB: Math.round(dirSize(out) / 1e5) / 10,
    pagefindMB:
      Math.round(
        (dirSize(join(out, 'pagefind')) + dirSize(join(out, 'pagefind-documents'))) / 1e5,
      ) / 10,
    // one Pagefind fragment per record
    searchRecords: `${fragments('pagefind')} items pages, ${fragments('pagefind-documents')} document pages`,
    firstQueryKB: Math.round(search.first / 1024),
    filterCountsKB: Math.round(search.counts / 1024),
    laterQueryKB: Math.round(search.later / 1024),
    heaviestPages: heaviest.map((h) => `${h.p} (${Math.round(h.gz / 102.4) / 10} KB)`),
  };
  console.log(JSON.stringify(result));
  results.push(result);
}
writeFileSync(
  '.tmp/bench-results.json',
  `${JSON.stringify({ machine: machine(), node: process.version, results }, null, 2)}\n`,
);
