/**
 * Is a finished build a whole site? Checked before it replaces the published one: the home and 404
 * pages, both search indexes written (their WebAssembly under the name the search page preloads,
 * and the records they were made from removed), every route astro listed on disk, and as many HTML
 * pages as astro says it built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { SEARCH_LANGUAGE } from '../src/lib/search-query.ts';
import { RECORDS_DIR, SEARCH_BUNDLES } from '../src/lib/search-records.ts';

/** The files astro reports writing ("├─ /themes/index.html (+2ms)"), and its "N page(s) built" count. */
export function readBuildOutput(output: string): { routes: string[]; pages: number | null } {
  const text = stripVTControlCharacters(output);
  const routes = [...text.matchAll(/^.*?[├└]─ (\/\S+) \(\+[\d.]+m?s\)/gm)].map((m) => m[1] ?? '');
  const count = /^.*?(\d+) page\(s\) built in/m.exec(text);
  return { routes, pages: count ? Number(count[1]) : null };
}

const htmlFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n + (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );

export function checkSite(dir: string, output: string): string[] {
  if (!existsSync(dir)) return [`nothing was written to ${dir}`];
  const problems: string[] = [];
  const need = (rel: string, what: string) => {
    if (!existsSync(join(dir, rel))) problems.push(`${what} is missing (${rel})`);
  };
  need('index.html', 'the home page');
  need('404.html', 'the 404 page');
  for (const [bundle, path] of Object.entries(SEARCH_BUNDLES)) {
    need(`${path}pagefind.js`, `the ${bundle} search script`);
    need(`${path}pagefind-entry.json`, `the ${bundle} search index`);
    // English stemming: Pagefind's worker loads the WebAssembly the index names, which must be this.
    need(`${path}wasm.${SEARCH_LANGUAGE}.pagefind`, `the ${bundle} search WebAssembly`);
  }
  if (existsSync(join(dir, RECORDS_DIR)))
    problems.push(`${RECORDS_DIR} is still there: the search indexing did not finish`);
  const { routes, pages } = readBuildOutput(output);
  // The records files are routes too, removed on purpose once the indexes are built from them. Astro lists
  // an endpoint with the trailing slash the site's addresses have (/cite/x.ris/) but writes the file.
  const written = (r: string) =>
    r.startsWith(`/${RECORDS_DIR}`) ||
    [r, r.replace(/\/$/, '')].some((p) => existsSync(join(dir, decodeURI(p))));
  const absent = routes.filter((r) => !written(r));
  if (absent.length)
    problems.push(
      `${absent.length} of ${routes.length} routes were not written, e.g. ${absent[0]}`,
    );
  if (pages === null) problems.push('astro did not report how many pages it built');
  else {
    const found = htmlFiles(dir);
    if (found !== pages)
      problems.push(`astro built ${pages} pages but ${found} HTML files are on disk`);
  }
  return problems;
}
