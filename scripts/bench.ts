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
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { formatProblem } from '../src/lib/corpus.ts';
import { parseSource } from '../src/lib/source-text.ts';
import { checkContentDir } from './content.ts';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 500];
const COUNCILS = 170;
const ITEMS = 40;
const themes = (await import('yaml')).parse(readFileSync('content/themes.yaml', 'utf8')) as { id: string }[];
const sourceFiles = readdirSync('content/sources').filter((f) => f.endsWith('.txt')).sort();
const sources = sourceFiles.map((f) => ({ file: f, passages: parseSource(readFileSync(join('content/sources', f), 'utf8')).passages.filter((p) => p.text.split(' ').length >= 6) }));
const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ');

function generate(n: number, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['strategies', 'councils', 'sources']) mkdirSync(join(dir, sub), { recursive: true });
  for (const f of ['themes.yaml', 'national.yaml', 'glossary.yaml']) cpSync(join('content', f), join(dir, f));
  sourceFiles.forEach((f) => cpSync(join('content/sources', f), join(dir, 'sources', f)));
  for (let c = 0; c < COUNCILS; c++) {
    const id = `council-${String(c).padStart(3, '0')}`;
    writeFileSync(join(dir, 'councils', `${id}.yaml`), stringify({ name: `Council ${c}`, officialName: `Council ${c} County Council`, type: 'unitary', region: ['North East', 'North West', 'London', 'South East', 'South West', 'East Midlands', 'West Midlands', 'East of England', 'Yorkshire and The Humber'][c % 9], gss: `E06${String(c).padStart(6, '0')}`, facts: [] }));
  }
  for (let s = 0; s < n; s++) {
    const src = sources[s % sources.length];
    if (!src) continue;
    const sourceId = src.file.replace(/\.txt$/, '');
    const pick = (k: number) => src.passages[(s * 7 + k * 13) % src.passages.length];
    const headings = Array.from({ length: 8 }, (_, h) => ({ id: `h${h + 1}`, title: words(pick(h)?.text ?? '', 5), themes: [themes[(s + h) % themes.length]?.id ?? 'information-advice'] }));
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const p = pick(i + 8);
      const quote = words(p?.text ?? '', 14);
      const number = quote.match(/\d[\d,.]*%?/)?.[0];
      const base = { id: `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`, heading: `h${(i % 8) + 1}`, themes: [themes[(s + i) % themes.length]?.id ?? 'information-advice', themes[(s + i + 5) % themes.length]?.id ?? 'young-carers'], summary: `Synthetic item ${i + 1} of strategy ${s + 1}, for measuring build cost.`, quote };
      if (number && i % 3 === 0) {
        return { ...base, type: 'figure', stated: number, value: Number(number.replace(/[,%]/g, '')) || 0, measure: 'synthetic measure', unit: number.endsWith('%') ? 'percent' : 'carers', kind: 'reach', year: 2008 };
      }
      return { ...base, type: i % 4 === 0 ? 'achievement' : 'commitment' };
    });
    const id = `strategy-${String(s).padStart(4, '0')}`;
    const year = 2005 + (s % 8);
    writeFileSync(join(dir, 'strategies', `${id}.yaml`), stringify({ council: `council-${String(s % COUNCILS).padStart(3, '0')}`, source: sourceId, title: words(pick(0)?.text ?? '', 4), shortTitle: `Synthetic ${s + 1}`, documentType: 'strategy', status: 'final', statusNote: 'A synthetic strategy made by the benchmark.', period: { start: year, end: year + 3, label: `${year}-${year + 3}` }, date: { label: String(year), year }, partners: [], framework: { name: 'Synthetic framework', headings }, items }));
    writeFileSync(join(dir, 'strategies', `${id}.mdx`), `${'This synthetic overview exists so that the benchmark measures a realistic page. '.repeat(16)}\n`);
  }
}

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
  generate(n, content);
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
