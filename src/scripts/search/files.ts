/**
 * The files a search needs, each loaded once and kept (a failed one is tried again next time):
 * Pagefind and its index (one per bundle, in a worker), the site's vocabulary, and each bundle's
 * filter values, facets and display files (written by src/integrations/search-index.ts).
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
import type { PagefindHit, ToPage, ToWorker } from './worker-messages.ts';

/** One bundle's Pagefind, as the controller uses it. */
export type Pagefind = { search(term: string): Promise<{ results: PagefindHit[] }> };
export type FacetPage = Facets['pages'][number];
export type Loaded = { pagefind: Pagefind; values: SearchValues; vocab: Vocabulary };

type Waiting = { resolve: (m: ToPage) => void; reject: (e: Error) => void };
type Ask = { type: 'load' } | { type: 'search'; term: string };

/**
 * Pagefind in its own thread (src/scripts/search/worker.ts), so its start and its searches never
 * block the page. Each question is answered by its number; a worker that could not start fails
 * every question waiting, and the next question starts a new one.
 */
export class PagefindWorker {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly base: string,
    private readonly failures: FailedLoads,
  ) {}

  private start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ToPage>) => {
      const m = event.data;
      if (m.type === 'failed') return this.failures.noteFailed(m.fatal === true);
      const waiting = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.type === 'error') waiting?.reject(new Error(m.message));
      else waiting?.resolve(m);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault(); // reported on the page, as search could not load
      this.worker = undefined;
      for (const w of this.waiting.values()) w.reject(new Error('the search worker stopped'));
      this.waiting.clear();
    });
    return worker;
  }

  private ask(bundle: SearchBundle, question: Ask): Promise<ToPage> {
    const id = ++this.next;
    const message: ToWorker = {
      ...question,
      id,
      base: this.base,
      bundle,
      path: SEARCH_BUNDLES[bundle],
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      (this.worker ??= this.start()).postMessage(message);
    });
  }

  /** Pagefind started on a bundle: its script, WebAssembly and index metadata loaded. */
  async load(bundle: SearchBundle): Promise<Pagefind> {
    await this.ask(bundle, { type: 'load' });
    return {
      search: async (term) => {
        const m = await this.ask(bundle, { type: 'search', term });
        return { results: m.type === 'found' ? m.results : [] };
      },
    };
  }
}

/** Pagefind's best pages whose facets are loaded for the first results, before every page's. */
const FIRST_PAGES = 8;

/**
 * Pagefind reports a file it could not fetch (its WebAssembly, an index chunk) only on the
 * console, then answers with fewer results or none, which would read as "no results". So the
 * page notes any failed request for a search file, its own or its worker's, and says search
 * could not load instead.
 */
export class FailedLoads {
  failed = false;

  constructor(
    base: string,
    private readonly onFailure: () => void,
  ) {
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
  }

  /** The worker could not fetch a file; fatal when Pagefind gave up without answering. */
  noteFailed(fatal: boolean) {
    this.failed = true;
    if (fatal) this.onFailure();
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

  private readonly pagefind: PagefindWorker;

  constructor(
    private readonly base: string,
    failures: FailedLoads,
  ) {
    this.pagefind = new PagefindWorker(base, failures);
  }

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
    const [values, vocab, pagefind] = await Promise.all([
      valuesFile,
      vocabFile,
      this.pagefind.load(which),
    ]);
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
