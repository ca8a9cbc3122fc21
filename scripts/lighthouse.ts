/**
 * `npm run lighthouse`: Lighthouse scores for one page of each template, as a phone sees them.
 *
 * It builds nothing: it serves the existing dist/ with tests/support/server.ts (so the real
 * _headers, CSP included, apply), text gzipped as static hosts send it (`--uncompressed` sends
 * every file as it is, as runs before 2026-12-02 did). It launches the system Chromium headless
 * (CHROMIUM_PATH, else /usr/bin/chromium) and runs Lighthouse's default configuration on each
 * page: mobile emulation, simulated throttling, the categories performance, accessibility,
 * best-practices and seo. It prints a table of scores, each scored audit that did not pass and the
 * diagnostics that flag something, and writes .tmp/lighthouse-results.json plus each page's full
 * report (HTML to open in a browser, and JSON) in .tmp/lighthouse/. docs/benchmarks.md records the
 * results with the machine.
 * `npm run lighthouse -- /about/ search` runs only the pages given by path or template name.
 *
 * Served locally, some audits measure the server rather than the site: there is no HTTPS and no
 * HTTP/2 here, and the scores depend on how busy the machine is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromiumPath } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';

const dist = resolve('dist');
if (!existsSync(`${dist}/index.html`)) {
  console.error('No built site in dist/. Run `npm run build` first, then `npm run lighthouse`.');
  process.exit(1);
}

// One page of each template. The 404 page is fetched as a visitor meets it: a missing address.
const PAGES: { template: string; path: string }[] = [
  { template: 'home', path: '/' },
  { template: 'strategies list', path: '/strategies/' },
  { template: 'strategy', path: '/strategies/barnet-2009/' },
  { template: 'strategy section', path: '/strategies/barnet-2009/p1/' },
  { template: 'strategy theme', path: '/strategies/barnet-2009/themes/breaks-respite/' },
  { template: 'councils index', path: '/councils/' },
  { template: 'council', path: '/councils/barnet/' },
  { template: 'themes index', path: '/themes/' },
  { template: 'theme', path: '/themes/breaks-respite/' },
  { template: 'compare', path: '/compare/' },
  { template: 'good practice', path: '/good-practice/' },
  { template: 'good practice filter', path: '/good-practice/theme/breaks-respite/' },
  { template: 'sources index', path: '/sources/' },
  { template: 'source', path: '/sources/barnet-2009-2012-strategy/' },
  { template: 'glossary', path: '/glossary/' },
  { template: 'about', path: '/about/' },
  { template: 'data', path: '/data/' },
  { template: 'chart page', path: '/data/figures/' },
  { template: 'search', path: '/search/?q=respite' },
  { template: '404', path: '/no-such-page/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const SHORT: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'bp',
  seo: 'seo',
};

const uncompressed = process.argv.includes('--uncompressed');
const only = process.argv.slice(2).filter((a) => a !== '--uncompressed');
const pages = only.length
  ? PAGES.filter((p) => only.some((o) => p.path === o || p.template === o))
  : PAGES;
const chromePath = chromiumPath();
const chromiumVersion = execFileSync(chromePath, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const lighthouseVersion = (
  JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }
).version;
const load = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
// Built without SITE_URL there is no sitemap line, and no canonical links for the SEO audits.
const sitemap = readFileSync(`${dist}/robots.txt`, 'utf8').match(/^Sitemap: (.*)$/m)?.[1];
const builtFor = sitemap
  ? `Site built for ${new URL(sitemap).origin}`
  : 'Site built without SITE_URL (no canonical links)';
console.log(
  `Lighthouse ${lighthouseVersion}, ${chromiumVersion}, ${cpus().length} cores, load average ${load}`,
);
const sent = uncompressed ? 'without compression' : 'with text gzipped, as static hosts send it';
console.log(`${builtFor}; served locally over plain HTTP ${sent}.\n`);

const { server, origin } = await serve(dist, 0, { compress: !uncompressed });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});

type Finding = { id: string; title: string; score: number | null; displayValue?: string };
const results: {
  template: string;
  path: string;
  scores: Record<string, number | null>;
  benchmarkIndex: number;
  failing: Finding[];
  diagnostics: Finding[];
  warnings: string[];
}[] = [];
const slug = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
mkdirSync('.tmp/lighthouse', { recursive: true });

async function audit(path: string, is404: boolean): Promise<{ lhr: Result; html: string }> {
  // Lighthouse's own defaults: mobile form factor and screen, simulated slow 4G and 4x CPU slowdown.
  // The 404 page answers with status 404, which Lighthouse treats as a failed load unless told otherwise.
  const flags: Flags = {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ignoreStatusCode: is404,
  };
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(`${origin}${path}`, flags);
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    // A trace that failed to record (NO_NAVSTART and the like) is Lighthouse's problem, not the page's: try again.
    if (!run.lhr.runtimeError || attempt === 3) return { lhr: run.lhr, html: String(run.report) };
    console.warn(`${path}: ${run.lhr.runtimeError.code}, running again`);
  }
}

try {
  for (const page of pages) {
    const { lhr, html } = await audit(page.path, page.template === '404');
    writeFileSync(`.tmp/lighthouse/${slug(page.path)}.html`, html);
    writeFileSync(`.tmp/lighthouse/${slug(page.path)}.json`, JSON.stringify(lhr));
    if (lhr.runtimeError)
      console.warn(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100),
      ]),
    );
    const refs = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? []);
    const below = (ids: string[]) =>
      [...new Set(ids)]
        .map((id) => lhr.audits[id])
        .filter(
          (a) =>
            a !== undefined &&
            ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) &&
            a.score !== null &&
            a.score < 1,
        )
        .map((a) => ({
          id: a?.id ?? '',
          title: a?.title ?? '',
          score: a?.score ?? null,
          ...(a?.displayValue ? { displayValue: a.displayValue } : {}),
        }));
    // Scored audits move the category score; diagnostics (weight 0) only point at possible savings.
    const failing = below(refs.filter((r) => r.weight > 0).map((r) => r.id));
    const diagnostics = below(refs.filter((r) => r.weight === 0).map((r) => r.id));
    // benchmarkIndex is Lighthouse's measure of this machine's speed during the run (lower is slower or busier).
    results.push({
      template: page.template,
      path: page.path,
      scores,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      failing,
      diagnostics,
      warnings: lhr.runWarnings.map(String),
    });
    console.log(
      `${page.path}: ${CATEGORIES.map((c) => `${SHORT[c]} ${scores[c] ?? '-'}`).join(', ')}` +
        ` (benchmark index ${Math.round(lhr.environment.benchmarkIndex)})`,
    );
    for (const f of failing)
      console.log(
        `    ${f.id} (${f.score}): ${f.title}${f.displayValue ? ` [${f.displayValue}]` : ''}`,
      );
    if (diagnostics.length)
      console.log(`    diagnostics: ${diagnostics.map((d) => d.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const rows = results.map(
  (r) =>
    `| ${r.template} | \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c] ?? '-').join(' | ')} |`,
);
console.log(
  [
    '',
    '| template | page | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
mkdirSync('.tmp', { recursive: true });
writeFileSync(
  '.tmp/lighthouse-results.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
      loadAverage: load,
      chromium: chromiumVersion,
      lighthouse: lighthouseVersion,
      site: sitemap ? new URL(sitemap).origin : null,
      compressed: !uncompressed,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log('\nWrote .tmp/lighthouse-results.json and the full reports in .tmp/lighthouse/');
