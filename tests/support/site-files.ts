/** The built site's pages, as a crawler would list them, and what each weighs. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        out.push(rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * Pages allowed to load JavaScript: search, and the small compare and copy-citation enhancements
 * (citations are on good practice, strategy and section pages, and chart pages).
 */
export const SCRIPTED_PAGES = [
  /^\/search\/$/,
  /^\/compare\/(\d+\/)?$/,
  /^\/good-practice\//,
  /^\/strategies\/[^/]+\/([^/]+\/)?$/,
  /^\/data\/[^/]+\/([^/]+\/)?$/,
];

/** Budgets from the quality issue, in bytes after gzip: the one stylesheet, and a page's HTML plus that stylesheet. */
export const CSS_BUDGET = 10 * 1024;
export const PAGE_BUDGET = 20 * 1024;

/** Every file below a folder. */
export const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
/** Every file below a folder with the SHA-256 of its bytes, by path relative to it: two equal maps, two equal trees. */
export const treeHashes = (root: string): Record<string, string> =>
  Object.fromEntries(
    files(root).map((f) => [
      relative(root, f),
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]),
  );
/** Gzipped at zlib's default level, as `npm run bench` counts and most hosts serve (level 9 is a little smaller). */
export const gz = (path: string) => gzipSync(readFileSync(path)).length;
/** The HTML file a page is served from. */
export const pageFile = (dist: string, page: string) =>
  join(dist, page === '/404.html' ? '404.html' : `${page}index.html`);
/** The site's stylesheets. */
export const stylesheets = (dist: string) =>
  files(join(dist, '_astro')).filter((f) => f.endsWith('.css'));

/** Every page's weight as a browser first loads it: its HTML and the stylesheet, gzipped. */
export function pageWeights(dist: string): { page: string; bytes: number }[] {
  const cssBytes = stylesheets(dist).reduce((n, f) => n + gz(f), 0);
  return htmlPages(dist).map((page) => ({ page, bytes: gz(pageFile(dist, page)) + cssBytes }));
}
