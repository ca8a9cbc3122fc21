/**
 * Builds the Pagefind indexes after the site is written, from the records the site itself produced
 * (dist/search-records/<bundle>/<n>.json, one file per strategy), so content is read once; one
 * bundle's records are in memory at a time. A Pagefind page is a whole strategy (its
 * heading pages are parts), or one page of a document, so Pagefind's page list stays small. Beside
 * each index it writes what the search script needs (src/lib/search-facets.ts): `values.json` (filter
 * values; on a small site every page's facets too), else `facets/<id>.json` and `facets.json` (each
 * page's items, types, themes, council and year, at Pagefind's own word locations), `parts/*.json`
 * (what a result shows of each part) and `words.json` (the index's words, for spelling suggestions).
 * The records files are removed afterwards.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildFacets, indexWords, searchValues, type Fragment } from '../lib/search-facets.ts';
import { phase } from '../lib/phases.ts';
import { allItems, countValues, SEARCH_LANGUAGE } from '../lib/search-query.ts';
import {
  pageHtml,
  RECORDS_DIR,
  SEARCH_BUNDLES,
  searchPages,
  type SearchRecord,
} from '../lib/search-records.ts';

/**
 * Pagefind's fragment files: gzip, then a 12-byte signature, then JSON: one page's fragment, or
 * (for large sites) a group of them keyed by page id.
 */
async function readFragments(dir: string): Promise<Fragment[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment'));
  const files = await Promise.all(
    names.map(async (n) => {
      const file = n.replace(/\.pf_fragment$/, '');
      const json = JSON.parse(
        gunzipSync(await readFile(`${dir}/${n}`))
          .subarray(12)
          .toString('utf8'),
      ) as Fragment | Record<string, Fragment>;
      const one = (id: string, f: Fragment): Fragment => ({
        id,
        url: f.url,
        content: f.content,
        anchors: f.anchors,
      });
      return typeof json.url === 'string'
        ? [one(file, json as Fragment)]
        : Object.entries(json as Record<string, Fragment>).map(([id, f]) => one(id, f));
    }),
  );
  return files.flat();
}

/**
 * Pagefind's index chunk size (an unstable setting of Pagefind 1.6, in its own units). Its default
 * makes chunks of about 30 KB on the real corpus, and a query needs one chunk per word, so two
 * words cost 60 KB; this makes them about 8 KB. A larger site has more, smaller-compressing chunks.
 */
const INDEX_CHUNK_SIZE = '5000';

async function writeBundle(bundle: string, path: string, dist: URL, records: SearchRecord[]) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pages = searchPages(records);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: pageHtml(page) });
    if (added.errors.length)
      throw new Error(`Pagefind rejected ${page.url}: ${added.errors.join('; ')}`);
  }
  const out = fileURLToPath(new URL(path, dist));
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length)
    throw new Error(`Pagefind could not write the ${bundle} index: ${written.errors.join('; ')}`);
  const { facets, files } = buildFacets(pages, await readFragments(`${out}/fragment`));
  const values = searchValues(facets, countValues(facets, allItems(facets), {}));
  await writeFile(`${out}/values.json`, JSON.stringify(values));
  // A large site's facets are not in values.json. Before the first results: the facets of the few
  // pages shown first (facets/<pagefind id>.json). After them: every page's, for exact counts.
  if (!values.pages) {
    await writeFile(`${out}/facets.json`, JSON.stringify(facets.pages));
    await mkdir(`${out}/facets`, { recursive: true });
    await Promise.all(
      facets.pages.map((p) => writeFile(`${out}/facets/${p[0]}.json`, JSON.stringify(p))),
    );
  }
  await mkdir(`${out}/parts`, { recursive: true });
  for (const [name, part] of files)
    await writeFile(`${out}/parts/${name}.json`, JSON.stringify(part));
  await writeFile(`${out}/words.json`, JSON.stringify(indexWords(records)));
}

/** One bundle's records, file by file in the site's order (the files are numbered in it). */
async function readRecords(dir: string): Promise<SearchRecord[]> {
  const records: SearchRecord[] = [];
  // A site with no strategies has no records files.
  if (!existsSync(dir)) return records;
  for (const name of (await readdir(dir)).sort())
    records.push(...(JSON.parse(await readFile(`${dir}/${name}`, 'utf8')) as SearchRecord[]));
  return records;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        phase('search index start');
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const recordsDir = fileURLToPath(new URL(RECORDS_DIR, dir));
        try {
          for (const [bundle, path] of Object.entries(SEARCH_BUNDLES)) {
            const mine = await readRecords(`${recordsDir}${bundle}`);
            await writeBundle(bundle, path, dir, mine);
            logger.info(`Indexed ${mine.length} ${bundle} search records into ${path}.`);
          }
        } finally {
          await pagefind.close();
        }
        await rm(recordsDir, { recursive: true });
        phase('search index end');
      },
    },
  };
}
