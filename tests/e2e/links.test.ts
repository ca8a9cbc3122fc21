/** A crawl of the built HTML: every internal link resolves to a page, and every #fragment to an id on it. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/site-files.ts';

const dist = inject('dist');
const pages = htmlPages(dist);
const fileFor = (path: string) => {
  const p = join(dist, decodeURIComponent(path));
  if (existsSync(p) && statSync(p).isDirectory()) return join(p, 'index.html');
  return p;
};
const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
    idsCache.set(file, ids);
  }
  return ids;
};

describe('internal links', () => {
  it('have no broken targets and no missing fragments anywhere on the site', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(fileFor(page), 'utf8');
      for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const resolved = new URL(href.replace(/&amp;/g, '&'), `http://site${page}`);
        const file = fileFor(resolved.pathname);
        checked++;
        if (!existsSync(file)) {
          broken.push(`${page} → ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
          broken.push(`${page} → ${href} (no id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
