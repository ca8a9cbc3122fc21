/**
 * The Astro loader for every collection: it reads the content folder with the same reader and
 * checks as `npm run check:content`, and fails the build with the same report when anything is wrong.
 */
import { statSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { checkContent, type ContentCheck } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/problem.ts';
import { listFiles } from '../lib/content/reader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../lib/content/registry.ts';

type Cached = { key: string; check: ContentCheck; loaded: Set<CollectionName> };
let cached: Cached | undefined;

/** Every collection's loader asks for the same read: do it once per state of the folder. */
function checked(dir: string): Cached {
  const key = listFiles(dir)
    .map((f) => {
      const s = statSync(`${dir}/${f}`);
      return `${f}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
  if (cached?.key !== key) cached = { key, check: checkContent(dir), loaded: new Set() };
  return cached;
}

export function contentLoader(name: CollectionName, dir: string): Loader {
  const load: Loader['load'] = async (context) => {
    const { store } = context;
    const shared = checked(dir);
    const { problems, read } = shared.check;
    if (problems.length > 0) {
      const error = new Error(`Content check failed:\n${formatReport(problems, dir)}`);
      // The problems say where to look; a stack trace into the loader would only hide them.
      error.stack = error.message;
      throw error;
    }
    store.clear();
    // A collection read by reference (the source texts) is stored without its data.
    const byReference = 'stored' in COLLECTIONS[name];
    for (const entry of read.entries[name]) {
      const data = await context.parseData({
        id: entry.id,
        data: byReference ? {} : (entry.raw as Record<string, unknown>),
        filePath: entry.file,
      });
      store.set({
        id: entry.id,
        data,
        filePath: entry.file,
        digest: context.generateDigest(entry.text),
        ...(entry.body === undefined ? {} : { body: entry.body }),
        ...(entry.html === undefined ? {} : { rendered: { html: entry.html } }),
      });
    }
    // Once every collection is in Astro's store, the read (every source text, parsed) is let go rather
    // than kept for the whole build: at 500 strategies, heap after bundling 264 MB instead of 463 MB.
    shared.loaded.add(name);
    if (cached === shared && COLLECTION_NAMES.every((n) => shared.loaded.has(n)))
      cached = undefined;
  };
  return { name: `content-${name}`, load };
}
