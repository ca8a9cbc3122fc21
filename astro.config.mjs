// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDir } from './src/lib/content/dir.ts';

// SITE_URL and BASE_PATH let any static host serve the site, at a domain root or below a path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder (CONTENT_DIR: the benchmark's, the tests') gets its own cache beside it. Astro's
  // content cache keys entries by id, not folder, so a shared one can point a build at a folder since deleted.
  cacheDir: contentDir() === 'content' ? './node_modules/.astro' : `${contentDir()}-cache`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), searchIndex()],
  devToolbar: { enabled: false },
});
