/**
 * `npm run bench [sizes…] [--items N]`: builds a synthetic national-scale corpus and reports what it costs
 * (`npm run bench -- --search dist` measures only a search on a site already built).
 *
 * For each size (default 100 and 500 strategies across 170 councils) it writes a corpus into
 * .tmp/bench-N/content at the real corpus's density and mix of item types (measured from content/,
 * scripts/synthetic.ts `realDensity`; `--items N` overrides the density), valid against the real
 * schemas and corpus checks, builds it with the real build, and measures: build time (total, per
 * page, and by phase from the build's phase marks, src/lib/phases.ts), memory (peak, and at each
 * phase), page rendering by route (from Astro's own per-page times), pages, dist size, search index
 * size, bytes a browser transfers for a first and a later search (see searchBytes), and the heaviest
 * pages. Results go to stdout and .tmp/bench-results.json; docs/benchmarks.md records them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { byRoute, readPhases } from '../src/lib/phases.ts';
import { generate, realDensity } from './synthetic.ts';
import { launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

const args = process.argv.slice(2);
const itemsFlag = args.indexOf('--items');
const sizes = args
  .filter((_, i) => itemsFlag < 0 || (i !== itemsFlag && i !== itemsFlag + 1))
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 500];
const density = realDensity();
if (itemsFlag >= 0) density.items = Number(args[itemsFlag + 1]);

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

/** Seconds and memory between the build's phase marks (src/lib/phases.ts). */
function phases(output: string, started: number, ended: number) {
  const marks = readPhases(output);
  const at = (name: string) => marks.find((m) => m.name === name);
  // The highest RSS sampled after mark `from` up to mark `to`: each mark carries the peak since the last.
  const peak = (from: string | number, to: string) => {
    const i = typeof from === 'number' ? -1 : marks.findIndex((m) => m.name === from);
    const j = marks.findIndex((m) => m.name === to);
    const peaks = marks.slice(i + 1, j + 1).flatMap((m) => (m.peak === undefined ? [] : [m.peak]));
    return peaks.length ? { peakMB: Math.max(...peaks) } : {};
  };
  const span = (label: string, from: string | number, to: string | number) => {
    const a = typeof from === 'number' ? from : at(from)?.t;
    const b = typeof to === 'number' ? to : at(to)?.t;
    const mem = typeof to === 'string' ? at(to) : undefined;
    return a === undefined || b === undefined
      ? { phase: label, seconds: null }
      : {
          phase: label,
          seconds: Math.round((b - a) / 100) / 10,
          ...(mem ? { rssMB: mem.rss, heapMB: mem.heap } : {}),
          ...(typeof to === 'string' ? peak(from, to) : {}),
        };
  };
  return [
    span('start-up and config', started, 'config'),
    span('content load (astro sync)', 'config', 'content synced'),
    span('bundling (vite)', 'content synced', 'model start'),
    span('model: collections read', 'model start', 'model collections read'),
    span('model: corpus checks', 'model collections read', 'model checks done'),
    span('model: joined', 'model checks done', 'model built'),
    span('page rendering and writing', 'model built', 'pages generated'),
    span('search indexing', 'search index start', 'search index end'),
    span('after astro (checks, swap into place)', 'done', ended),
  ];
}

/** Bytes for one response as a static host serves it: text gzipped, everything else as it is. */
const served = (type: string, body: Buffer) =>
  /text\/|javascript|json|svg/.test(type) ? gzipSync(body).length : body.length;

/**
 * Bytes a browser transfers for a search, as a static host serves them: HTML, CSS, JavaScript and
 * JSON gzipped (hosts compress text), Pagefind's index files and WebAssembly as they are (already
 * compressed). Phases, timed by the browser's own clock (resource timing, the page's and its
 * Pagefind worker's, against the page's `search-results-shown` mark, so Node's event timing
 * cannot misplace a file): the first query on
 * a fresh page (the page and everything fetched until its results are on screen), what loads after
 * them (`counts`), and a later query on the same page. A missing mark is an error, not a 0.
 */
// eslint-disable-next-line max-lines-per-function -- one browser session in order: first query, then a later one
async function searchBytes(dist: string) {
  const { server, origin } = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage();
  await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    bodies.set(
      r.url(),
      r.body().then(
        (b) => served(type, b),
        () => 0,
      ),
    );
  });
  const shownMarks = () =>
    page.evaluate(() =>
      performance.getEntriesByName('search-results-shown').map((m) => m.startTime),
    );
  type Timed = { url: string; end: number };
  const timings = () => ({
    origin: performance.timeOrigin,
    entries: performance
      .getEntriesByType('resource')
      .map((e) => ({ url: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
  });
  // The page's files and its Pagefind worker's, each worker's times moved onto the page's clock.
  const resources = async (): Promise<Timed[]> => {
    const own = await page.evaluate(timings);
    const workers = await Promise.all(page.workers().map((w) => w.evaluate(timings)));
    return [
      ...own.entries,
      ...workers.flatMap((w) =>
        w.entries.map((e) => ({ url: e.url, end: e.end + w.origin - own.origin })),
      ),
    ];
  };
  const bytes = async (list: { url: string }[]) =>
    (await Promise.all(list.map((r) => bodies.get(r.url) ?? Promise.resolve(0)))).reduce(
      (a, b) => a + b,
      0,
    );
  const pageUrl = `${origin}/search/?q=respite`;
  await page.goto(pageUrl);
  await page.waitForFunction(
    () => performance.getEntriesByName('search-results-shown').length > 0,
    {
      timeout: 120_000,
    },
  );
  await page.waitForLoadState('networkidle');
  const [shown] = await shownMarks();
  if (shown === undefined) throw new Error('the search page never marked its first results');
  const before = await resources();
  // The page itself (the navigation is not a resource entry), then what came before the mark.
  const first = [{ url: pageUrl }, ...before.filter((r) => r.end <= shown)];
  const counts = before.filter((r) => r.end > shown);
  await page.fill('#search-q', 'hospital discharge');
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    () => performance.getEntriesByName('search-results-shown').length > 1,
    {
      timeout: 120_000,
    },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const seen = new Set(before.map((r) => `${r.url} ${r.end}`));
  const later = (await resources()).filter((r) => !seen.has(`${r.url} ${r.end}`));
  const files = async (list: { url: string }[]) =>
    Promise.all(list.map(async (r) => `${new URL(r.url).pathname} ${await bytes([r])}`));
  const result = {
    first: await bytes(first),
    counts: await bytes(counts),
    later: await bytes(later),
    firstFiles: await files(first),
    laterFiles: await files(later),
  };
  await browser.close();
  server.close();
  return result;
}

/** The build of one synthetic corpus, timed, with its output for the phase and route reports. */
function build(content: string, out: string) {
  // A fresh build: removing a previous site of 1 GB counted as build time (about 3 minutes at 500).
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CSC_PHASES: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ended = Date.now();
  if (run.status !== 0) throw new Error(`build failed for ${content}:\n${run.stderr.slice(-2000)}`);
  return {
    seconds: (ended - started) / 1000,
    peakKb: Number(run.stderr.trim().split('\n').at(-1)),
    phases: phases(run.stdout, started, ended),
    routes: byRoute(run.stdout),
  };
}

/** Page weight as the budget counts it: the page's HTML and the stylesheet, gzipped; the heaviest three. */
function heaviest(out: string, pages: string[]) {
  const css = readdirSync(join(out, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(out, '_astro', f))).length, 0);
  return pages
    .map((p) => ({
      p: p.slice(out.length).replace(/index\.html$/, ''),
      gz: gzipSync(readFileSync(p)).length + css,
    }))
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 3)
    .map((h) => `${h.p} (${Math.round(h.gz / 102.4) / 10} KB)`);
}

/** `npm run check:content` on the corpus, timed as a contributor runs it. */
function checkContentSeconds(content: string): number {
  const started = Date.now();
  const run = spawnSync('node', ['scripts/check-content.ts', content], {
    env: process.env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`synthetic corpus is invalid:\n${run.stderr.slice(-2000)}`);
  return Math.round((Date.now() - started) / 100) / 10;
}

// `npm run bench -- --search <dist>`: only the search measurement, on a site already built.
const searchOnly = args.indexOf('--search');
if (searchOnly >= 0) {
  const s = await searchBytes(resolve(args[searchOnly + 1] ?? 'dist'));
  console.log(JSON.stringify(s, null, 1));
  process.exit(0);
}

const round = (n: number, to = 10) => Math.round(n * to) / to;
const kb = (n: number) => Math.round(n / 1024);
const results = [];
for (const n of SIZES) {
  const dir = resolve(`.tmp/bench-${n}`);
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  generate(n, content, density);
  // The contributors' check, timed: it fails (and stops the benchmark) on an invalid corpus.
  const checkSeconds = checkContentSeconds(content);
  const load = loadavg().map((l) => round(l, 100));
  const b = build(content, out);
  const pages = htmlFiles(out);
  const search = await searchBytes(out);
  const fragments = (bundle: string) => readdirSync(join(out, bundle, 'fragment')).length;
  const result = {
    strategies: n,
    items: n * density.items,
    density: { items: density.items, headings: density.headings },
    loadAverageAtStart: load,
    pages: pages.length,
    buildSeconds: round(b.seconds),
    msPerPage: round((b.seconds * 1000) / pages.length),
    peakMemoryMB: Math.round(b.peakKb / 1024),
    checkContentSeconds: checkSeconds,
    phases: b.phases,
    // Astro's per-page times with four pages at a time overlap, so they add up to more than the
    // rendering phase: read them as shares.
    routes: b.routes.slice(0, 12),
    distMB: round(dirSize(out) / 1e6),
    pagefindMB: round(
      (dirSize(join(out, 'pagefind')) + dirSize(join(out, 'pagefind-documents'))) / 1e6,
    ),
    // Pagefind writes one fragment file per record, or per group of records on a large site.
    searchFragmentFiles: `${fragments('pagefind')} items, ${fragments('pagefind-documents')} documents`,
    firstQueryKB: kb(search.first),
    afterFirstResultsKB: kb(search.counts),
    laterQueryKB: kb(search.later),
    firstQueryFiles: search.firstFiles,
    laterQueryFiles: search.laterFiles,
    heaviestPages: heaviest(out, pages),
  };
  console.log(JSON.stringify(result, null, 1));
  results.push(result);
}
writeFileSync(
  '.tmp/bench-results.json',
  `${JSON.stringify({ machine: machine(), node: process.version, density, results }, null, 2)}\n`,
);
