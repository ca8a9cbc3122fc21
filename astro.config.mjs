// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildPhases } from './src/integrations/build-phases.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { storeModule } from './src/integrations/store-module.ts';
import { contentDir } from './src/lib/content/dir.ts';
import { reportAddressProblem, reportConfig } from './src/lib/site-meta.ts';
import { loadEnv } from 'vite';

// SITE_URL is the one setting saying where the site lives; BASE_PATH serves it below a path. Pages link
// root-relative either way. Without SITE_URL the site still builds (for `npm start`), but with no absolute
// addresses: no canonical links, no sitemap, and downloads whose links are relative (they say so).
const siteUrl = process.env.SITE_URL?.trim() || undefined;
if (siteUrl && !/^https?:\/\/[^/\s]+/.test(siteUrl))
  throw new Error(
    `SITE_URL must be an absolute http(s) address such as https://example.org, got "${siteUrl}"`,
  );
// A public site must offer a way to report an error: a public build stops without a valid reporting
// address. Read as Astro reads it for the pages (process.env, then .env files), so both agree.
if (siteUrl && process.argv.includes('build')) {
  const problem = reportAddressProblem(
    reportConfig(loadEnv('production', process.cwd(), 'PUBLIC_')),
  );
  if (problem) throw new Error(problem);
}
// Said once, when building (the config is read more than once per command, and by the tests).
if (!siteUrl && process.argv.includes('build') && !process.env.CSC_SITE_URL_WARNED) {
  process.env.CSC_SITE_URL_WARNED = '1';
  console.warn(
    'Warning: SITE_URL is not set, so citations and downloads carry relative links ' +
      'and there is no sitemap (set it to deploy).',
  );
}

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder (CONTENT_DIR: the benchmark's, the tests') gets its own cache beside it. Astro's
  // content cache keys entries by id, not folder, so a shared one can point a build at a folder since deleted.
  cacheDir: contentDir() === 'content' ? './node_modules/.astro' : `${contentDir()}-cache`,
  trailingSlash: 'always',
  // Four pages at a time, so one page's file writes overlap the next one's rendering: page rendering
  // took 25.0 s instead of 32.0 s for 50 strategies, two builds side by side (docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Never inline processed scripts into pages: the Content Security Policy forbids inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    ...(siteUrl ? [sitemap()] : []),
    storeModule(),
    searchIndex(),
    buildPhases(),
  ],
  devToolbar: { enabled: false },
});
