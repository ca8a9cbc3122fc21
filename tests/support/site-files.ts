/** The built site's pages, as a crawler would list them. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

/** Pages allowed to load JavaScript: search, and the small compare/copy enhancements. */
export const SCRIPTED_PAGES = [/^\/search\/$/, /^\/compare\/(\d+\/)?$/, /^\/good-practice\//];
