/**
 * Builds the Pagefind index after the site is written, from the records the site itself produced
 * (dist/search-records.json), so content is read once. The records file is removed afterwards.
 */
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, SEARCH_BUNDLES, type SearchRecord } from '../lib/search-records.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const recordsPath = fileURLToPath(new URL('search-records.json', dir));
        const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
        for (const [bundle, path] of Object.entries(SEARCH_BUNDLES)) {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const mine = records.filter((r) => r.bundle === bundle);
          for (const record of mine) {
            const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
            if (added.errors.length)
              throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(path, dir)) });
          if (written.errors.length)
            throw new Error(
              `Pagefind could not write the ${bundle} index: ${written.errors.join('; ')}`,
            );
          logger.info(`Indexed ${mine.length} ${bundle} search records into ${path}.`);
        }
        await pagefind.close();
        await rm(recordsPath);
      },
    },
  };
}
