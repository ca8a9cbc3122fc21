/**
 * Builds the Pagefind indexes after the site is written, from the records the site itself produced
 * (dist/search-records.json), so content is read once. Beside each index it writes what the search
 * script needs before loading any result: `facets.json` (each record's items, types, themes, council
 * and year, at Pagefind's own word locations) and `words.json` (the index's words, for spelling
 * suggestions). The records file is removed afterwards.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildFacets, indexWords, type Fragment } from '../lib/search-facets.ts';
import { recordHtml, SEARCH_BUNDLES, type SearchRecord } from '../lib/search-records.ts';

/**
 * Pagefind's fragment files: gzip, then a 12-byte signature, then JSON: one page's fragment, or
 * (for large sites) a group of them keyed by page id, which the search script then loads by group.
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
      const one = (id: string, f: Fragment, group?: string): Fragment => ({
        id,
        url: f.url,
        anchors: f.anchors,
        group,
      });
      return typeof json.url === 'string'
        ? [one(file, json as Fragment)]
        : Object.entries(json as Record<string, Fragment>).map(([id, f]) => one(id, f, file));
    }),
  );
  return files.flat();
}

async function writeBundle(bundle: string, path: string, dist: URL, records: SearchRecord[]) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
    if (added.errors.length)
      throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
  }
  const out = fileURLToPath(new URL(path, dist));
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length)
    throw new Error(`Pagefind could not write the ${bundle} index: ${written.errors.join('; ')}`);
  const facets = buildFacets(records, await readFragments(`${out}/fragment`));
  await writeFile(`${out}/facets.json`, JSON.stringify(facets));
  await writeFile(`${out}/words.json`, JSON.stringify(indexWords(records)));
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const recordsPath = fileURLToPath(new URL('search-records.json', dir));
        const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
        try {
          for (const [bundle, path] of Object.entries(SEARCH_BUNDLES)) {
            const mine = records.filter((r) => r.bundle === bundle);
            await writeBundle(bundle, path, dir, mine);
            logger.info(`Indexed ${mine.length} ${bundle} search records into ${path}.`);
          }
        } finally {
          await pagefind.close();
        }
        await rm(recordsPath);
      },
    },
  };
}
