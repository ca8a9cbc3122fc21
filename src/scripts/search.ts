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
  type Chosen,
  type Concept,
  type Facets,
  type FilterGroup,
  type Match,
  type SearchBundle,
  type TermHits,
} from '../lib/search-query.ts';
import type { Vocabulary } from '../lib/search-vocabulary.ts';

type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] }>;
};
type Fragment = {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string; text: string; location: number }[];
};
type Loaded = { pagefind: Pagefind; facets: Facets; vocab: Vocabulary };

const GROUPS_AT_ONCE = 10;
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
  const fragments = new Map<string, Promise<Fragment>>();
  let latest = 0;
  let groups: Match[][] = [];
  let shownGroups = 0;
  let current: Loaded | undefined;

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
      const pagefind = (await import(
        /* @vite-ignore */ `${base}${SEARCH_BUNDLES[which]}pagefind.js`
      )) as Pagefind;
      // On the page's own thread, so the page sees each file Pagefind fetches (see failedLoad).
      await pagefind.options({ baseUrl: base, noWorker: true });
      const [facets, v] = await Promise.all([
        json<Facets>(`${SEARCH_BUNDLES[which]}facets.json`),
        vocab,
        pagefind.init(),
      ]);
      return { pagefind, facets, vocab: v };
    })();
    // A failed load is tried again next time, not remembered.
    loaded[which].catch(() => delete loaded[which]);
    return loaded[which];
  }

  function fragment(which: SearchBundle, page: Facets['pages'][number]): Promise<Fragment> {
    const [id, , , , , group] = page;
    const key = `${which}:${id}`;
    let f = fragments.get(key);
    if (!f) {
      f = (async () => {
        const r = await fetch(`${base}${SEARCH_BUNDLES[which]}fragment/${group ?? id}.pf_fragment`);
        if (!r.ok || !r.body) throw new Error(`${r.status} fetching a search result`);
        const plain = r.body.pipeThrough(new DecompressionStream('gzip'));
        const text = new TextDecoder().decode((await new Response(plain).arrayBuffer()).slice(12));
        const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>;
        return group ? (parsed as Record<string, Fragment>)[id]! : (parsed as Fragment);
      })();
      f.catch(() => fragments.delete(key));
      fragments.set(key, f);
    }
    return f;
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

  function showCounts(facets: Facets, matches: readonly Match[], chosen: Chosen) {
    const counts = countValues(facets, matches, chosen);
    for (const b of boxes) {
      const group = b.name as FilterGroup;
      const i = facets.values[group]?.indexOf(b.value) ?? -1;
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

  function itemNode(which: SearchBundle, facets: Facets, f: Fragment, m: Match) {
    const it = facets.pages[m.page]![4][m.item]!;
    const anchors = [...f.anchors].sort((a, b) => a.location - b.location);
    const k = anchors.findIndex((a) => a.location === it[0]);
    const anchor = anchors[k];
    const li = el('li');
    if (!anchor) return li;
    li.append(el('a', { href: `${f.url}#${anchor.id}` }, anchor.text), ' ');
    li.append(el('span', { class: 'muted' }, describe(facets, m)));
    // The item's words after its title, up to its related terms or the next item.
    const words = f.content.split(/\s+/);
    let end = anchors[k + 1]?.location ?? words.length;
    const related = words.findIndex(
      (w, i) => i > anchor.location && i < end && w === 'Related' && words[i + 1] === 'terms:',
    );
    if (related > 0) end = related;
    const start = Math.min(end, anchor.location + anchor.text.split(/\s+/).length);
    const p = el('p');
    for (const run of excerpt(
      f.content,
      which === 'documents' ? anchor.location : start,
      end,
      m.hits,
    ))
      p.append(run.mark ? el('mark', {}, run.text) : run.text);
    if (p.textContent?.trim()) li.append(p);
    return li;
  }

  async function renderMore(which: SearchBundle, facets: Facets) {
    const slice = groups.slice(shownGroups, shownGroups + GROUPS_AT_ONCE);
    shownGroups += slice.length;
    const frags = await Promise.all(slice.map((g) => fragment(which, facets.pages[g[0]!.page]!)));
    slice.forEach((g, k) => {
      const f = frags[k]!;
      const li = el('li');
      const h = el('h2', { class: 'h3' });
      h.append(el('a', { href: f.url }, f.meta['heading'] ?? f.meta['title'] ?? f.url));
      li.append(h, el('p', { class: 'item-meta' }, f.meta['strategy'] ?? ''));
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

  /** Groups items by their page (a heading, or a page of a document), in the order of each page's best item. */
  function byPage(matches: readonly Match[]): Match[][] {
    const out = new Map<number, Match[]>();
    for (const m of matches) out.set(m.page, [...(out.get(m.page) ?? []), m]);
    return [...out.values()];
  }

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

  async function run() {
    const me = ++latest; // a newer search (typing, ticking) supersedes this one
    const which = state.in;
    showNotes();
    try {
      const data = await load(which);
      if (me !== latest) return;
      current = data;
      const { facets } = data;
      const { chosen } = chooseValues(state.filters, facets.values);
      const concepts = state.q.trim() ? parseQuery(state.q, data.vocab) : [];
      const filtered = Object.keys(chosen).length > 0;
      let matches: Match[] = [];
      let allWords = 0;
      if (concepts.length) {
        const hits = await hitsFor(data.pagefind, concepts);
        if (failedLoad) throw new Error('a search file could not be fetched');
        const ranked = matchItems(concepts, hits, facets);
        ({ shown: matches, all: allWords } = withEnoughWords(ranked, concepts.length));
      } else if (filtered) matches = allItems(facets);
      if (me !== latest) return;
      showCounts(facets, concepts.length || filtered ? matches : allItems(facets), chosen);
      list.replaceChildren();
      groups = [];
      shownGroups = 0;
      if (!concepts.length && !filtered) {
        statusEl.textContent = 'Type a word, or choose a filter, to see results.';
        more.hidden = true;
        return;
      }
      const visible = applyFilters(facets, matches, chosen);
      if (visible.length === 0) {
        more.hidden = true;
        await emptyState(data, concepts);
        return;
      }
      groups = byPage(visible);
      await renderMore(which, facets);
      if (me !== latest) return;
      if (failedLoad) throw new Error('a search file could not be fetched');
      const complete = visible.filter((m) => m.matched === concepts.length).length;
      status(visible.length, groups.length, allWords ? complete : 0, concepts.length);
      performance.mark('search-results-shown'); // what a search costs up to here is measured by npm run bench
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
    if (current) void renderMore(state.in, current.facets).catch(showFailure);
  });
  void run();
}
