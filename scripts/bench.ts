/**
 * `npm run bench [sizes…]`: builds a synthetic national-scale corpus and reports what it costs.
 *
 * For each size (default 100 and 500 strategies across 170 councils, ~40 items each) it writes a
 * corpus into .tmp/bench-N/content that is valid against the real schemas and corpus checks (every
 * quote is a real passage of a real source text), builds it with the real build, and measures:
 * build time (total and per page), peak memory, pages, dist size, search index size, bytes a
 * browser transfers for a first and a later search, and the heaviest page. Results go to stdout
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

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 500];
const ITEMS = 40;

const dirSize = (dir: string): number => readdirSync(dir).reduce((n, f) => { const p = join(dir, f); const st = statSync(p); return n + (st.isDirectory() ? dirSize(p) : st.size); }, 0);
const htmlFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? (f === 'pagefind' ? [] : htmlFiles(p)) : f.endsWith('.html') ? [p] : []; });

async function searchBytes(dist: string) {
  const { server, origin } = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (r) => { if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length; });
  await page.goto(`${origin}/search/?q=respite`);
  await page.locator('#search-results li').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const first = bytes;
  bytes = 0;
  await page.fill('#search-q', 'hospital discharge');
  await page.press('#search-q', 'Enter');
  await page.locator('#search-status').filter({ hasText: /hospital discharge/ }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const later = bytes;
  await browser.close();
  server.close();
  return { first, later };
}

const results = [];
for (const n of SIZES) {
  const dir = resolve(`.tmp/bench-${n}`);
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  generate(n, content, { items: ITEMS });
  const problems = checkContentDir(content);
  if (problems.length) throw new Error(`synthetic corpus is invalid:\n${problems.slice(0, 5).map(formatProblem).join('\n')}`);
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed for ${n} strategies:\n${run.stderr.slice(-2000)}`);
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  const pages = htmlFiles(out);
  const heaviest = pages.map((p) => ({ p: p.slice(out.length), gz: gzipSync(readFileSync(p)).length })).sort((a, b) => b.gz - a.gz)[0];
  const search = await searchBytes(out);
  const result = {
    strategies: n,
    items: n * ITEMS,
    pages: pages.length,
    buildSeconds: Math.round(seconds * 10) / 10,
    msPerPage: Math.round((seconds * 1000) / pages.length * 10) / 10,
    peakMemoryMB: Math.round(peakKb / 1024),
    distMB: Math.round(dirSize(out) / 1e5) / 10,
    pagefindMB: Math.round(dirSize(join(out, 'pagefind')) / 1e5) / 10,
    firstQueryKB: Math.round(search.first / 1024),
    laterQueryKB: Math.round(search.later / 1024),
    heaviestPage: `${heaviest?.p} (${Math.round((heaviest?.gz ?? 0) / 1024)} KB gzip)`,
  };
  console.log(JSON.stringify(result));
  results.push(result);
}
writeFileSync('.tmp/bench-results.json', `${JSON.stringify({ machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`, node: process.version, results }, null, 2)}\n`);
