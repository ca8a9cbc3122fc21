/**
 * The files a search needs, each loaded once and kept (a failed one is tried again next time):
 * Pagefind and its index (one per bundle), the site's vocabulary, and each bundle's filter values,
 * facets and display files (written by src/integrations/search-index.ts).
 */
import type { PartFile, SearchValues } from '../../lib/search-facets.ts';
import {
  partOf,
  SEARCH_BUNDLES,
  type Facets,
  type SearchBundle,
  type TermHits,
} from '../../lib/search-query.ts';
import type { Vocabulary } from '../../lib/search-vocabulary.ts';

export type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] }>;
};
export type FacetPage = Facets['pages'][number];
export type Loaded = { pagefind: Pagefind; values: SearchValues; vocab: Vocabulary };

/** Pagefind's best pages whose facets are loaded for the first results, before every page's. */
const FIRST_PAGES = 8;

/**
 * Pagefind reports a file it could not fetch (its WebAssembly, an index chunk) only on the
 * console, then answers with fewer results or none, which would read as "no results". So the
 * page notes any failed request for a search file, and says search could not load instead.
 */
export class FailedLoads {
  failed = false;

  constructor(base: string, onFailure: () => void) {
    const bundlePaths = Object.values(SEARCH_BUNDLES).map((b) => `${base}${b}`);
    const fetchAll = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const target = String(args[0] instanceof Request ? args[0].url : args[0]);
      const ours = bundlePaths.some((b) => new URL(target, location.href).pathname.startsWith(b));
      try {
        const r = await fetchAll(...args);
        if (!r.ok && ours) this.failed = true;
        return r;
      } catch (error) {
        if (ours) this.failed = true;
        throw error;
      }
    };
    window.addEventListener('unhandledrejection', (event) => {
      if (!this.failed) return;
      event.preventDefault(); // Pagefind's own rejection for the failed file: reported, not thrown
      onFailure();
    });
  }

  /** Stops a search that went on with a file missing. */
  check() {
    if (this.failed) throw new Error('a search file could not be fetched');
  }
}

export class SearchFiles {
  private readonly loaded: Partial<Record<SearchBundle, Promise<Loaded>>> = {};
  private readonly everyPage: Partial<Record<SearchBundle, Promise<Facets>>> = {};
  /** Every page's facets of a bundle, once they are in. */
  readonly fullyLoaded: Partial<Record<SearchBundle, Facets>> = {};
  private readonly pageFacets = new Map<string, Promise<FacetPage>>();
  private readonly parts = new Map<string, Promise<PartFile>>();
  private vocab: Promise<Vocabulary> | undefined;

  constructor(private readonly base: string) {}

  async json<T>(path: string): Promise<T> {
    const r = await fetch(`${this.base}${path}`);
    if (!r.ok) throw new Error(`${r.status} fetching ${path}`);
    return (await r.json()) as T;
  }

  /** Pagefind started on a bundle, with its filter values and the site's vocabulary. */
  load(which: SearchBundle): Promise<Loaded> {
    const vocab = (this.vocab ??= this.json<Vocabulary>('search/vocabulary.json'));
    const loading = (this.loaded[which] ??= this.start(which, vocab));
    // A failed load is tried again next time, not remembered.
    loading.catch(() => delete this.loaded[which]);
    return loading;
  }

  private async start(which: SearchBundle, vocabFile: Promise<Vocabulary>): Promise<Loaded> {
    // Fetched while Pagefind starts, not after it (a failure is reported when awaited below).
    const valuesFile = this.json<SearchValues>(`${SEARCH_BUNDLES[which]}values.json`);
    valuesFile.catch(() => undefined);
    const pagefind = (await import(
      /* @vite-ignore */ `${this.base}${SEARCH_BUNDLES[which]}pagefind.js`
    )) as Pagefind;
    // On the page's own thread, so the page sees each file Pagefind fetches (see FailedLoads).
    await pagefind.options({ baseUrl: this.base, noWorker: true });
    const [values, vocab] = await Promise.all([valuesFile, vocabFile, pagefind.init()]);
    // A small site's every page's facets come with the values: no facet files to wait for.
    if (values.pages) {
      const facets = { values: values.values, pages: values.pages };
      this.fullyLoaded[which] = facets;
      this.everyPage[which] = Promise.resolve(facets);
    }
    return { pagefind, values, vocab };
  }

  /** A file loaded once and kept; a failed one is tried again next time. */
  private once<T>(cache: Map<string, Promise<T>>, key: string, path: string): Promise<T> {
    let p = cache.get(key);
    if (!p) {
      p = this.json<T>(path);
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  }

  /** Every page's facets: for exact counts, loaded after the first results are shown. */
  allFacets(which: SearchBundle, values: SearchValues): Promise<Facets> {
    const loading = (this.everyPage[which] ??= this.json<FacetPage[]>(
      `${SEARCH_BUNDLES[which]}facets.json`,
    ).then((pages) => (this.fullyLoaded[which] = { values: values.values, pages })));
    loading.catch(() => delete this.everyPage[which]);
    return loading;
  }

  /** The facets of Pagefind's best few pages, enough to show the first results. */
  async firstFacets(
    which: SearchBundle,
    values: SearchValues,
    hits: Map<string, TermHits>,
  ): Promise<Facets> {
    const best = new Map<string, number>();
    for (const byPage of hits.values())
      for (const [id, h] of byPage) best.set(id, Math.max(best.get(id) ?? 0, h.score));
    const ids = [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, FIRST_PAGES)
      .map(([id]) => id);
    const pages = await Promise.all(
      ids.map((id) =>
        this.once(this.pageFacets, `${which}:${id}`, `${SEARCH_BUNDLES[which]}facets/${id}.json`),
      ),
    );
    return { values: values.values, pages };
  }

  /** What a result shows of one part of a page (src/lib/search-facets.ts `PartFile`). */
  partFile(which: SearchBundle, page: FacetPage, item: number): Promise<PartFile> {
    const file = page[5]?.[partOf(page, item)]?.[2] ?? page[0];
    return this.once(this.parts, `${which}:${file}`, `${SEARCH_BUNDLES[which]}parts/${file}.json`);
  }

  /** The index's own words, for spelling suggestions; none if they cannot be loaded. */
  async words(which: SearchBundle): Promise<string[]> {
    try {
      return await this.json<string[]>(`${SEARCH_BUNDLES[which]}words.json`);
    } catch {
      return [];
    }
  }
}
