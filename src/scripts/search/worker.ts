/// <reference lib="webworker" />
/**
 * Pagefind on its own thread (started by src/scripts/search/files.ts). Loading its WebAssembly,
 * unpacking index chunks and searching take a phone's main thread for half a second or more, and
 * the page can neither scroll nor take a tap meanwhile; here they cannot block it.
 *
 * Pagefind reports a file it could not fetch only on the console, then answers with fewer results
 * or none, which would read as "no results". So this worker tells the page of any failed request
 * for a search file, before the answer that went on without it.
 */
import { SEARCH_LANGUAGE, type SearchBundle } from '../../lib/search-query.ts';
import type { PagefindHit, ToPage, ToWorker } from './worker-messages.ts';

type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindHit[] }>;
};

const scope = self as unknown as DedicatedWorkerGlobalScope;
const tell = (message: ToPage) => scope.postMessage(message);
let failed = false;

const fetchAll = scope.fetch.bind(scope);
/** Files fetched before Pagefind asks for them, by path, each given to the first request for it. */
const early = new Map<string, Promise<Response>>();
const pathOf = (target: RequestInfo | URL) =>
  new URL(target instanceof Request ? target.url : target, location.href).pathname;

scope.fetch = async (...args: Parameters<typeof fetch>) => {
  const path = pathOf(args[0]);
  const ready = early.get(path);
  early.delete(path);
  try {
    const r = await (ready ?? fetchAll(...args));
    if (!r.ok) fail();
    return r;
  } catch (error) {
    fail();
    throw error;
  }
};
function fail() {
  failed = true;
  tell({ type: 'failed' });
}
scope.addEventListener('unhandledrejection', (event) => {
  if (!failed) return;
  event.preventDefault(); // Pagefind's own rejection for the failed file: reported, not thrown
  tell({ type: 'failed', fatal: true });
});

const started = new Map<SearchBundle, Promise<Pagefind>>();

function fetchEarly(url: string) {
  const p = fetchAll(url);
  p.catch(() => undefined); // a failure is reported when Pagefind asks for the file
  early.set(pathOf(url), p);
  return p;
}

/**
 * Pagefind asks for its entry file once its script has loaded and started, then for its metadata
 * and WebAssembly: fetched here with the script instead, that is two round trips fewer before the
 * first results. A file it ends up not asking for is only fetched for nothing.
 */
function prefetch(dir: string) {
  void fetchEarly(`${dir}wasm.${SEARCH_LANGUAGE}.pagefind`);
  fetchEarly(`${dir}pagefind-entry.json?ts=${Date.now()}`)
    .then((r) => (r.ok ? (r.clone().json() as Promise<Entry>) : undefined))
    .then((entry) => {
      const hash = entry?.languages[SEARCH_LANGUAGE]?.hash;
      if (hash) void fetchEarly(`${dir}pagefind.${hash}.pf_meta`);
    })
    .catch(() => undefined);
}
type Entry = { languages: Record<string, { hash: string } | undefined> };

async function start(base: string, path: string): Promise<Pagefind> {
  prefetch(`${base}${path}`);
  const pagefind = (await import(/* @vite-ignore */ `${base}${path}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  return pagefind;
}

function load(base: string, bundle: SearchBundle, path: string): Promise<Pagefind> {
  let p = started.get(bundle);
  if (!p) {
    p = start(base, path);
    p.catch(() => started.delete(bundle)); // tried again by the next search
    started.set(bundle, p);
  }
  return p;
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  load(m.base, m.bundle, m.path)
    .then(async (pagefind) => {
      if (m.type === 'load') return tell({ type: 'loaded', id: m.id });
      const { results } = await pagefind.search(m.term);
      // Only what the page uses: the rest of a result (its data loader) cannot leave the worker.
      const hits = results.map(({ id, score, words }) => ({ id, score, words }));
      tell({ type: 'found', id: m.id, results: hits });
    })
    .catch((error: unknown) => tell({ type: 'error', id: m.id, message: String(error) }));
});
