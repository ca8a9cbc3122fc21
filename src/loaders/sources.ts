import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseSource } from '../lib/source-text.ts';

/** Loads each `*.txt` source document as an entry of readable blocks and quotable passages. */
export function sourceTexts(base: string): Loader {
  return {
    name: 'source-texts',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const files = (await readdir(base)).filter((f) => f.endsWith('.txt')).sort();
      for (const name of files) {
        const path = join(base, name);
        const text = await readFile(path, 'utf8');
        const id = basename(name, '.txt');
        const data = await parseData({ id, data: parseSource(text) });
        store.set({
          id,
          data,
          digest: generateDigest(text),
          filePath: relative(process.cwd(), path),
        });
      }
    },
  };
}
