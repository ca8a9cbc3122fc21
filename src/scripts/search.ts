/**
 * Search page (src/pages/search.astro). Pagefind finds the words; everything else is here and in
 * src/lib/search-query.ts: the query is rewritten with the site's vocabulary (stop words dropped,
 * everyday words standing for themes and terms), Pagefind's word locations become items through the
 * facets file, and items are filtered (any value within a group, every group) and counted exactly
 * as listed. Query and filters live in the address (?q=respite&theme=Breaks+and+respite).
 */
import {
  allItems,
  applyFilters,
  capQuery,
  chooseValues,
  closestThemes,
  countValues,
  excerpt,
  FILTER_GROUPS,
  matchItems,
  MAX_QUERY,
  parseQuery,
  SEARCH_BUNDLES,
  suggestSpelling,
  withEnoughWords,
  type Concept,
  type Facets,
  type FilterGroup,
  type Match,
  partOf,
  type SearchBundle,
  type TermHits,
} from '../lib/search-query.ts';
import type { PartFile, SearchValues as Values } from '../lib/search-facets.ts';
import type { Vocabulary } from '../lib/search-vocabulary.ts';

type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] }>;
};
type FacetPage = Facets['pages'][number];
type Loaded = { pagefind: Pagefind; values: Values; vocab: Vocabulary };

/**
 * Headings of results shown at once: each needs its part's display file (about 2 KB), so five keep
 * a search within its budget; "Show more results" brings the next five.
 */
const GROUPS_AT_ONCE = 5;
/** Pagefind's best pages whose facets are loaded for the first results, before every page's. */
const FIRST_PAGES = 8;
const ITEMS_OPEN = 5;

const need = <T extends HTMLElement>(id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page has no #${id}`);
  return found as T;
};

const app = document.getElementById('search-app');
if (app) start(app);

// eslint-disable-next-line max-lines-per-function -- the search page controller: state and handlers share one closure; to be split into modules
function start(root: HTMLElement) {
  const base = root.dataset['base'] ?? '/';
  const form = need<HTMLFormElement>('search-form');
  const input = need<HTMLInputElement>('search-q');
  const filtersBox = need('search-filters');
  const statusEl = need('search-status');
  const notes = need('search-notes');
  const list = need<HTMLOListElement>('search-results');
  const more = need<HTMLButtonElement>('search-more');
  const boxes = [...filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const modes = [...form.querySelectorAll<HTMLInputElement>('input[name="in"]')];
  const itemsOnly = [...filtersBox.querySelectorAll<HTMLElement>('[data-items-only]')];
  const groupLabel = (g: string) =>
    filtersBox.querySelector<HTMLElement>(`[data-group="${g}"]`)?.dataset['label'] ?? g;
  root.dataset['started'] = ''; // the script runs: hide the "search could not start" notice

  const state = {
    q: '',
    capped: false,
    in: 'items' as SearchBundle,
    filters: {} as Partial<Record<FilterGroup, string[]>>,
    unknown: [] as { group: FilterGroup; value: string }[],
  };
  const loaded: Partial<Record<SearchBundle, Promise<Loaded>>> = {};
  const everyPage: Partial<Record<SearchBundle, Promise<Facets>>> = {};
  const fullyLoaded: Partial<Record<SearchBundle, Facets>> = {};
  const pageFacets = new Map<string, Promise<FacetPage>>();
  const parts = new Map<string, Promise<PartFile>>();
  let latest = 0;
  let groups: Match[][] = [];
  let shownGroups = 0;
  let current: Facets | undefined; // the facets the listed groups were drawn from

  // Pagefind reports a file it could not fetch (its WebAssembly, an index chunk) only on the
  // console, then answers with fewer results or none, which would read as "no results". So the
  // page notes any failed request for a search file, and says search could not load instead.
  let failedLoad = false;
  const bundlePaths = Object.values(SEARCH_BUNDLES).map((b) => `${base}${b}`);
  const fetchAll = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const target = String(args[0] instanceof Request ? args[0].url : args[0]);
    const ours = bundlePaths.some((b) => new URL(target, location.href).pathname.startsWith(b));
    try {
      const r = await fetchAll(...args);
      if (!r.ok && ours) failedLoad = true;
      return r;
    } catch (error) {
      if (ours) failedLoad = true;
      throw error;
    }
  };
  window.addEventListener('unhandledrejection', (event) => {
    if (!failedLoad) return;
    event.preventDefault(); // Pagefind's own rejection for the failed file: reported below, not thrown
    showFailure();
  });

  const json = async <T>(path: string): Promise<T> => {
    const r = await fetch(`${base}${path}`);
    if (!r.ok) throw new Error(`${r.status} fetching ${path}`);
    return (await r.json()) as T;
  };
  let vocab: Promise<Vocabulary> | undefined;
  function load(which: SearchBundle): Promise<Loaded> {
    vocab ??= json<Vocabulary>('search/vocabulary.json');
    loaded[which] ??= (async () => {
      // Fetched while Pagefind starts, not after it (a failure is reported when awaited below).
      const valuesFile = json<Values>(`${SEARCH_BUNDLES[which]}values.json`);
      valuesFile.catch(() => undefined);
      const pagefind = (await import(
        /* @vite-ignore */ `${base}${SEARCH_BUNDLES[which]}pagefind.js`
      )) as Pagefind;
      // On the page's own thread, so the page sees each file Pagefind fetches (see failedLoad).
      await pagefind.options({ baseUrl: base, noWorker: true });
      const [values, v] = await Promise.all([valuesFile, vocab, pagefind.init()]);
      // A small site's every page's facets come with the values: no facet files to wait for.
      if (values.pages) {
        const facets = { values: values.values, pages: values.pages };
        fullyLoaded[which] = facets;
        everyPage[which] = Promise.resolve(facets);
      }
      return { pagefind, values, vocab: v };
    })();
    // A failed load is tried again next time, not remembered.
    loaded[which].catch(() => delete loaded[which]);
    return loaded[which];
  }

  /** A file loaded once and kept; a failed one is tried again next time. */
  function once<T>(cache: Map<string, Promise<T>>, key: string, path: string): Promise<T> {
    let p = cache.get(key);
    if (!p) {
      p = json<T>(path);
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  }

  /** Every page's facets: for exact counts, loaded after the first results are shown. */
  function allFacets(which: SearchBundle, values: Values): Promise<Facets> {
    everyPage[which] ??= json<FacetPage[]>(`${SEARCH_BUNDLES[which]}facets.json`).then(
      (pages) => (fullyLoaded[which] = { values: values.values, pages }),
    );
    everyPage[which].catch(() => delete everyPage[which]);
    return everyPage[which];
  }

  /** The facets of Pagefind's best few pages, enough to show the first results. */
  async function firstFacets(which: SearchBundle, values: Values, hits: Map<string, TermHits>) {
    const best = new Map<string, number>();
    for (const byPage of hits.values())
      for (const [id, h] of byPage) best.set(id, Math.max(best.get(id) ?? 0, h.score));
    const ids = [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, FIRST_PAGES)
      .map(([id]) => id);
    const pages = await Promise.all(
      ids.map((id) =>
        once<FacetPage>(pageFacets, `${which}:${id}`, `${SEARCH_BUNDLES[which]}facets/${id}.json`),
      ),
    );
    return { values: values.values, pages };
  }

  /** What a result shows of one part of a page (src/lib/search-facets.ts `PartFile`). */
  function partFile(which: SearchBundle, page: FacetPage, item: number): Promise<PartFile> {
    const file = page[5]?.[partOf(page, item)]?.[2] ?? page[0];
    return once<PartFile>(parts, `${which}:${file}`, `${SEARCH_BUNDLES[which]}parts/${file}.json`);
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    const { text, capped } = capQuery(params.get('q') ?? '');
    state.q = text;
    state.capped = capped;
    state.in = params.get('in') === 'documents' ? 'documents' : 'items';
    state.filters = {};
    state.unknown = [];
    for (const group of FILTER_GROUPS)
      for (const value of params.getAll(group)) {
        if (boxes.some((b) => b.name === group && b.value === value))
          (state.filters[group] ??= []).push(value);
        else state.unknown.push({ group, value: value.slice(0, 80) });
      }
    for (const b of boxes)
      b.checked = state.filters[b.name as FilterGroup]?.includes(b.value) ?? false;
  }

  function writeUrl() {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.in !== 'items') params.set('in', state.in);
    for (const [key, values] of Object.entries(state.filters))
      values.forEach((v) => params.append(key, v));
    for (const u of state.unknown) params.append(u.group, u.value);
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    text?: string,
  ) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showMode() {
    for (const m of modes) m.checked = m.value === state.in;
    for (const g of itemsOnly) g.hidden = state.in !== 'items';
  }

  /** Chips for filter values in the address that the site no longer has; each removes itself. */
  function showNotes(extra: Node[] = []) {
    const parts: Node[] = [];
    if (state.capped)
      parts.push(
        el(
          'p',
          {},
          `Your search was too long, so only its first ${MAX_QUERY} characters are used.`,
        ),
      );
    if (state.unknown.length) {
      const ul = el('ul', { class: 'chips' });
      state.unknown.forEach((u, k) => {
        const text = `${groupLabel(u.group)} ‘${u.value}’ no longer exists`;
        const li = el('li', {}, `${text} `);
        const button = el('button', { type: 'button', class: 'button secondary' }, 'Remove');
        button.setAttribute('aria-label', `Remove: ${text}`);
        button.addEventListener('click', () => {
          state.unknown.splice(k, 1);
          writeUrl();
          void run().then(() => input.focus());
        });
        li.append(button);
        ul.append(li);
      });
      parts.push(ul);
    }
    notes.replaceChildren(...parts, ...extra);
  }

  function showCounts(values: Facets['values'], counts: Record<FilterGroup, number[]>) {
    for (const b of boxes) {
      const group = b.name as FilterGroup;
      const i = values[group]?.indexOf(b.value) ?? -1;
      const n = i < 0 ? 0 : (counts[group][i] ?? 0);
      const span = b.parentElement?.querySelector('.count');
      if (span) span.textContent = `(${n})`;
      // A choice that would list nothing is not offered; a ticked one can always be unticked.
      b.disabled = n === 0 && !b.checked;
    }
    filtersBox.dataset['counts'] = 'loaded';
  }

  /** Searches every term of every concept once, in parallel; Pagefind matches all words of a term. */
  async function hitsFor(pagefind: Pagefind, concepts: readonly Concept[]) {
    const terms = [...new Set(concepts.flatMap((c) => c.terms))];
    const found = await Promise.all(terms.map((t) => pagefind.search(t)));
    const hits = new Map<string, TermHits>();
    terms.forEach((t, k) => hits.set(t, new Map(found[k]!.results.map((r) => [r.id, r]))));
    return hits;
  }

  function describe(facets: Facets, m: Match) {
    const it = facets.pages[m.page]![4][m.item]!;
    const type = it[1]! >= 0 ? facets.values.type[it[1]!] : undefined;
    const themes = it.slice(2).map((t) => facets.values.theme[t]);
    return [type, themes.join('; ')].filter(Boolean).join(' · ');
  }

  /** A part's words and anchors in order, worked out once for all its items (a part may have 50). */
  const split = new WeakMap<PartFile, { anchors: PartFile['anchors']; words: string[] }>();
  function partWords(f: PartFile) {
    let found = split.get(f);
    if (!found) {
      found = {
        anchors: [...f.anchors].sort((a, b) => a.location - b.location),
        words: f.content.split(/\s+/),
      };
      split.set(f, found);
    }
    return found;
  }

  function itemNode(which: SearchBundle, facets: Facets, f: PartFile, m: Match) {
    const it = facets.pages[m.page]![4][m.item]!;
    const { anchors, words } = partWords(f);
    const at = (loc: number) => loc - f.offset; // the part's words start at the page's word `offset`
    const k = anchors.findIndex((a) => a.location === it[0]);
    const anchor = anchors[k];
    const li = el('li');
    if (!anchor) return li;
    li.append(el('a', { href: `${f.url}#${anchor.id}` }, anchor.text), ' ');
    li.append(el('span', { class: 'muted' }, describe(facets, m)));
    // The item's words after its title, up to its related terms or the next item.
    let end = anchors[k + 1] ? at(anchors[k + 1]!.location) : words.length;
    const from = at(anchor.location);
    const related = words.findIndex(
      (w, i) => i > from && i < end && w === 'Related' && words[i + 1] === 'terms:',
    );
    if (related > 0) end = related;
    const start = Math.min(end, from + anchor.text.split(/\s+/).length);
    const p = el('p');
    for (const run of excerpt(words, which === 'documents' ? from : start, end, m.hits.map(at)))
      p.append(run.mark ? el('mark', {}, run.text) : run.text);
    if (p.textContent?.trim()) li.append(p);
    return li;
  }

  async function renderMore(which: SearchBundle, facets: Facets) {
    const slice = groups.slice(shownGroups, shownGroups + GROUPS_AT_ONCE);
    shownGroups += slice.length;
    const frags = await Promise.all(
      slice.map((g) => partFile(which, facets.pages[g[0]!.page]!, g[0]!.item)),
    );
    slice.forEach((g, k) => {
      const f = frags[k]!;
      const li = el('li');
      const h = el('h2', { class: 'h3' });
      h.append(el('a', { href: f.url }, f.heading));
      li.append(h, el('p', { class: 'item-meta' }, f.strategy));
      const ul = el('ul', { class: 'sub-results' });
      g.slice(0, ITEMS_OPEN).forEach((m) => ul.append(itemNode(which, facets, f, m)));
      li.append(ul);
      if (g.length > ITEMS_OPEN) {
        const rest = el('details');
        const noun = which === 'documents' ? 'passages' : 'items';
        rest.append(el('summary', {}, `${g.length - ITEMS_OPEN} more ${noun} under this heading`));
        const ul2 = el('ul', { class: 'sub-results-more' });
        g.slice(ITEMS_OPEN).forEach((m) => ul2.append(itemNode(which, facets, f, m)));
        rest.append(ul2);
        li.append(rest);
      }
      list.append(li);
    });
    more.hidden = shownGroups >= groups.length;
  }

  /** Groups items by their part (a heading, or a page of a document), in the order of each part's best item. */
  function byPart(facets: Facets, matches: readonly Match[]): Match[][] {
    const out = new Map<string, Match[]>();
    for (const m of matches) {
      const key = `${m.page}:${partOf(facets.pages[m.page]!, m.item)}`;
      out.set(key, [...(out.get(key) ?? []), m]);
    }
    return [...out.values()];
  }

  /** What the first groups list, by Pagefind page id and item, to tell whether a new list differs. */
  const shownKey = (facets: Facets, gs: readonly Match[][]) =>
    gs
      .slice(0, GROUPS_AT_ONCE)
      .map((g) => g.map((m) => `${facets.pages[m.page]![0]}:${m.item}`).join(','))
      .join(';');

  function status(items: number, pages: number, allWords: number, concepts: number) {
    const docs = state.in === 'documents';
    const q = state.q.trim();
    const shownQ = q.length > 60 ? `${q.slice(0, 60)}…` : q;
    const noun = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const where = docs
      ? noun(pages, 'page of a document', 'pages of the documents')
      : noun(pages, 'heading', 'headings');
    const what = docs ? noun(items, 'passage', 'passages') : noun(items, 'item', 'items');
    const filtered = Object.keys(state.filters).length ? ' with the chosen filters' : '';
    let text = `${what} under ${where}${q ? ` for “${shownQ}”` : ''}${filtered}.`;
    if (concepts > 1 && allWords === 0)
      text = `No result has all your words; showing results with some of them. ${text}`;
    else if (concepts > 1 && allWords < items)
      text = `${text} ${allWords} of them have all your words and come first; the rest have some of them.`;
    statusEl.textContent = text;
  }

  async function emptyState(data: Loaded, concepts: readonly Concept[]) {
    const q = state.q.trim();
    const parts: Node[] = [];
    const filtered = Object.keys(state.filters).length > 0;
    statusEl.textContent = `No results${q ? ` for “${q.length > 60 ? `${q.slice(0, 60)}…` : q}”` : ''}${filtered ? ' with the chosen filters' : ''}.`;
    if (q && concepts.length) {
      const words = await json<string[]>(`${SEARCH_BUNDLES[state.in]}words.json`).catch(() => []);
      const fix = suggestSpelling(q, words);
      if (fix) {
        const p = el('p', {}, 'Did you mean ');
        const params = new URLSearchParams(location.search);
        params.set('q', fix);
        p.append(el('a', { href: `?${params.toString()}` }, fix), '?');
        parts.push(p);
      }
      const themes = closestThemes(q, data.vocab);
      if (themes.length) {
        parts.push(el('p', {}, 'Themes that may cover what you are looking for:'));
        const ul = el('ul');
        for (const t of themes) {
          const li = el('li');
          li.append(el('a', { href: t.href }, t.title));
          ul.append(li);
        }
        parts.push(ul);
      }
    }
    const all = el('p', {}, 'Or browse ');
    all.append(
      el('a', { href: `${base}themes/` }, 'every theme'),
      ', each listing what every council says about it.',
    );
    parts.push(all);
    showNotes(parts);
  }

  function showFailure() {
    statusEl.textContent =
      'Search could not load, so nothing was searched. This is not the same as no results.';
    const p = el('p', {}, 'Try again later, or find the same items by theme: ');
    p.append(el('a', { href: `${base}themes/` }, 'every theme'), '.');
    showNotes([p]);
    list.replaceChildren();
    more.hidden = true;
  }

  /** The first results from Pagefind's best pages alone, before every page's facets are in. */
  async function showFirst(
    which: SearchBundle,
    data: Loaded,
    concepts: readonly Concept[],
    hits: Map<string, TermHits>,
    me: number,
  ): Promise<string | undefined> {
    const facets = await firstFacets(which, data.values, hits);
    const { chosen } = chooseValues(state.filters, facets.values);
    const { shown } = withEnoughWords(matchItems(concepts, hits, facets), concepts.length);
    const visible = applyFilters(facets, shown, chosen);
    if (me !== latest || visible.length === 0) return undefined;
    list.replaceChildren();
    // Said before the results arrive, so the line above them is filled and they don't move.
    statusEl.textContent = 'The closest matches first. Counting every result…';
    groups = byPart(facets, visible);
    shownGroups = 0;
    current = facets;
    await renderMore(which, facets);
    if (failedLoad) throw new Error('a search file could not be fetched');
    performance.mark('search-results-shown'); // what a search costs up to here is measured by npm run bench
    return shownKey(facets, groups);
  }

  /** Every result: the first ones already shown stay as they are; otherwise the list is redrawn. */
  async function showAll(
    which: SearchBundle,
    facets: Facets,
    all: Match[][],
    firstShown: string | undefined,
  ) {
    groups = all;
    current = facets;
    if (firstShown !== undefined && firstShown === shownKey(facets, all)) {
      more.hidden = shownGroups >= groups.length;
      return;
    }
    const me = latest;
    list.replaceChildren();
    shownGroups = 0;
    await renderMore(which, facets);
    if (me === latest && firstShown === undefined) performance.mark('search-results-shown');
  }

  async function run() {
    const me = ++latest; // a newer search (typing, ticking) supersedes this one
    const which = state.in;
    showNotes();
    try {
      const data = await load(which);
      if (me !== latest) return;
      const { values } = data;
      const { chosen } = chooseValues(state.filters, values.values);
      const concepts = state.q.trim() ? parseQuery(state.q, data.vocab) : [];
      const filtered = Object.keys(chosen).length > 0;
      if (!concepts.length && !filtered) {
        // Before any search the counts are every item's, counted when the site was built.
        showCounts(values.values, values.totals);
        list.replaceChildren();
        groups = [];
        shownGroups = 0;
        statusEl.textContent = 'Type a word, or choose a filter, to see results.';
        more.hidden = true;
        return;
      }
      let matches: Match[] = [];
      let allWords = 0;
      let firstShown: string | undefined;
      let facets: Facets;
      if (concepts.length) {
        const hits = await hitsFor(data.pagefind, concepts);
        if (failedLoad) throw new Error('a search file could not be fetched');
        // On a large site every page's facets are a large file: show the first results without them.
        if (!fullyLoaded[which]) firstShown = await showFirst(which, data, concepts, hits, me);
        if (me !== latest) return;
        facets = await allFacets(which, values);
        const ranked = matchItems(concepts, hits, facets);
        ({ shown: matches, all: allWords } = withEnoughWords(ranked, concepts.length));
      } else {
        facets = await allFacets(which, values);
        matches = allItems(facets);
      }
      if (me !== latest) return;
      showCounts(facets.values, countValues(facets, matches, chosen));
      const visible = applyFilters(facets, matches, chosen);
      if (visible.length === 0) {
        list.replaceChildren();
        groups = [];
        more.hidden = true;
        await emptyState(data, concepts);
        return;
      }
      await showAll(which, facets, byPart(facets, visible), firstShown);
      if (me !== latest) return;
      if (failedLoad) throw new Error('a search file could not be fetched');
      const complete = visible.filter((m) => m.matched === concepts.length).length;
      status(visible.length, groups.length, allWords ? complete : 0, concepts.length);
    } catch (error) {
      if (me !== latest) return;
      console.warn('Search could not load:', error);
      showFailure();
    } finally {
      failedLoad = false; // the next search tries again
    }
  }

  const panel = document.getElementById('search-filters-panel') as HTMLDetailsElement | null;
  // Filters sit beside the results on a wide screen, and fold away above them on a phone.
  if (panel && matchMedia('(min-width: 56em)').matches) panel.open = true;
  readUrl();
  if (state.capped) writeUrl(); // the address keeps only what is searched
  showMode();
  input.value = state.q;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { text, capped } = capQuery(input.value);
    state.q = text;
    state.capped = capped;
    input.value = text;
    writeUrl();
    void run();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'in') return;
    state.in = target.value === 'documents' ? 'documents' : 'items';
    showMode();
    writeUrl();
    void run();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const group = box.name as FilterGroup;
    const values = new Set(state.filters[group] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) state.filters[group] = [...values];
    else delete state.filters[group];
    writeUrl();
    void run().then(() => document.getElementById(box.id)?.focus());
  });
  more.addEventListener('click', () => {
    if (current) void renderMore(state.in, current).catch(showFailure);
  });
  void run();
}
