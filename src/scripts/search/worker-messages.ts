/** What the search page and its Pagefind worker (src/scripts/search/worker.ts) say to each other. */
import type { SearchBundle } from '../../lib/search-query.ts';

/** What the page uses of one Pagefind result: the page, its score and where the words are. */
export type PagefindHit = { id: string; score: number; words: number[] };

type Bundle = {
  id: number;
  /** Where the site is served from, ending in a slash. */
  base: string;
  bundle: SearchBundle;
  /** The bundle's folder under base (`pagefind/`). */
  path: string;
};

export type ToWorker = (Bundle & { type: 'load' }) | (Bundle & { type: 'search'; term: string });

export type ToPage =
  /** A search file could not be fetched; fatal when Pagefind gave up on it. */
  | { type: 'failed'; fatal?: boolean }
  | { type: 'loaded'; id: number }
  | { type: 'found'; id: number; results: PagefindHit[] }
  | { type: 'error'; id: number; message: string };
