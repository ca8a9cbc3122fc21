// Search page: Pagefind over one record per strategy heading page and per source page; each item or
// passage is a sub-section at its own anchor. Query and filters live in the URL
// (?q=respite&theme=Breaks+and+respite) so a search can be shared. The filter checkboxes are in the
// page's HTML; their counts load after the first results, so the first search fetches less.
const app = document.getElementById('search-app');
const base = app?.dataset.base ?? '/';
// Two indexes (src/lib/search-records.ts SEARCH_BUNDLES): our items, and the councils' documents
// in full, which is loaded only when someone chooses to search it.
const BUNDLES = { items: 'pagefind/', documents: 'pagefind-documents/' };
const PAGE = 8;
const PER_RESULT = 5;

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const filtersBox = document.getElementById('search-filters');
const statusEl = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const boxes = [...filtersBox.querySelectorAll('input[type="checkbox"]')];
const modes = [...form.querySelectorAll('input[name="in"]')];
const itemsOnly = [...filtersBox.querySelectorAll('[data-items-only]')];
const KEYS = [...new Set(boxes.map((b) => b.name))];

const state = { q: '', in: 'items', filters: {} };
let shown = 0;
let skipped = 0;
let current = [];
const counts = {}; // all filter data of each index, once loaded
const loaded = {};

function load(which) {
  loaded[which] ??= (async () => {
    const pagefind = await import(`${base}${BUNDLES[which]}pagefind.js`);
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loaded[which];
}

function showMode() {
  modes.forEach((m) => {
    m.checked = m.value === state.in;
  });
  itemsOnly.forEach((g) => {
    g.hidden = state.in !== 'items';
  });
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get('q') ?? '';
  state.in = params.get('in') === 'documents' ? 'documents' : 'items';
  state.filters = {};
  for (const key of KEYS) {
    const values = params.getAll(key);
    if (values.length) state.filters[key] = values;
  }
  boxes.forEach((b) => {
    b.checked = state.filters[b.name]?.includes(b.value) ?? false;
  });
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.in !== 'items') params.set('in', state.in);
  for (const [key, values] of Object.entries(state.filters))
    values.forEach((v) => params.append(key, v));
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function showCounts(available) {
  for (const b of boxes) {
    const span = b.parentElement?.querySelector('.count');
    if (span) span.textContent = `(${available?.[b.name]?.[b.value] ?? 0})`;
  }
  filtersBox.dataset.counts = 'loaded';
}

// Filters match whole pages (a page is in a theme when any item on it is), so list only the items
// on a page that match every chosen type and theme. Each record's `items` metadata gives each
// item's label ("Commitment 3.1", "Line 12") and themes.
function keep(label, themes, isSource) {
  const types = isSource ? undefined : state.filters.type;
  const wanted = state.filters.theme;
  if (types && !types.some((t) => label.startsWith(`${t} `))) return false;
  if (wanted && !wanted.some((t) => themes.includes(t))) return false;
  return true;
}

function subResults(d) {
  const isSource = state.in === 'documents';
  let items = {};
  try {
    items = JSON.parse(d.meta.items ?? '{}');
  } catch {
    items = {};
  }
  const page = d.url.split('#')[0];
  const onTheme = (title) => Object.keys(items).filter((id) => items[id][1].includes(title));
  // A match on a theme's words (`theme-<id>`, indexed once per page) stands for the page's items on
  // that theme; a match in the page title alone, or no words at all, for all of them.
  const matched = [];
  for (const s of d.sub_results ?? []) {
    const id = s.anchor?.id ?? '';
    if (items[id]) matched.push({ id, excerpt: s.excerpt });
    else if (id.startsWith('theme-'))
      onTheme(s.anchor.text).forEach((i) => matched.push({ id: i }));
  }
  const chosen = matched.length ? matched : Object.keys(items).map((id) => ({ id }));
  // An item is described by its title (our summary); a source passage by its matching words.
  const titles = new Map((d.anchors ?? []).map((a) => [a.id, a.text]));
  const seen = new Set();
  return chosen
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .map((s) => ({
      ...s,
      url: `${page}#${s.id}`,
      label: items[s.id][0],
      themes: items[s.id][1],
      text: isSource ? undefined : titles.get(s.id),
    }))
    .filter((s) => keep(s.label, s.themes, isSource));
}

async function renderMore() {
  let added = 0;
  while (added < PAGE && shown < current.length) {
    const slice = current.slice(shown, shown + PAGE - added);
    shown += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    for (const d of data) {
      const subs = subResults(d);
      if (subs.length === 0) {
        skipped += 1;
        continue;
      }
      added += 1;
      const li = el('li');
      const h = el('h2', { class: 'h3' });
      h.append(el('a', { href: d.url }, d.meta.title ?? d.url));
      li.append(
        h,
        el(
          'p',
          { class: 'item-meta' },
          [d.meta.council, d.meta.strategy].filter(Boolean).join(' · '),
        ),
      );
      const ul = el('ul', { class: 'sub-results' });
      for (const s of subs.slice(0, PER_RESULT)) {
        const item = el('li');
        item.append(el('a', { href: s.url }, s.label));
        if (s.themes.length)
          item.append(el('span', { class: 'muted' }, ` (${s.themes.join('; ')})`));
        if (s.text) item.append(el('p', {}, s.text));
        else if (s.excerpt) {
          const p = el('p');
          p.innerHTML = s.excerpt.split('Related terms:')[0]; // Pagefind escapes the text and adds only <mark>.
          item.append(p);
        }
        ul.append(item);
      }
      li.append(ul);
      if (subs.length > PER_RESULT) {
        const rest = el('p');
        rest.append(
          el('a', { href: d.url }, `${subs.length - PER_RESULT} more matching on this page`),
        );
        li.append(rest);
      }
      list.append(li);
    }
  }
  more.hidden = shown >= current.length;
  const n = current.length;
  const query = state.q.trim();
  const hasFilters = Object.keys(state.filters).length > 0;
  statusEl.textContent = `${n === 0 ? 'No' : n} page${n === 1 ? '' : 's'} with results${query ? ` for “${query}”` : ''}${hasFilters ? ' with the chosen filters' : ''}.${skipped ? ` ${skipped} of them had no single item matching every filter, so ${skipped === 1 ? 'it is' : 'they are'} not listed.` : ''}`;
}

let latest = 0;

/** The chosen filters that apply to the index being searched (documents have no item type). */
function activeFilters() {
  return Object.fromEntries(
    Object.entries(state.filters).filter(([k]) => state.in === 'items' || k !== 'type'),
  );
}

async function run() {
  const me = ++latest; // a newer search (typing, ticking) supersedes this one
  const which = state.in;
  const chosen = activeFilters();
  const hasFilters = Object.keys(chosen).length > 0;
  const query = state.q.trim() === '' ? null : state.q.trim();
  if (query === null && !hasFilters) {
    list.replaceChildren();
    current = [];
    if (counts[which]) showCounts(counts[which]);
    statusEl.textContent = 'Type a word, or choose a filter, to see results.';
    more.hidden = true;
    return;
  }
  const pagefind = await load(which);
  // Values within one group widen the search (any of them); groups narrow it (all of them).
  const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: v }]));
  const search = await pagefind.search(query, { filters });
  if (me !== latest) return;
  list.replaceChildren();
  shown = 0;
  skipped = 0;
  current = search.results;
  await renderMore();
  performance.mark('search-results-shown'); // what a search costs up to here is measured by npm run bench
  if (!counts[which]) {
    counts[which] = await pagefind.filters();
    const again = await pagefind.search(query, { filters });
    if (me === latest) showCounts(again.filters);
  } else showCounts(search.filters);
}

async function start() {
  if (!app) return;
  // The form shows from the first paint when scripts run (CSS, @media (scripting: enabled)). Filters sit
  // beside the results on a wide screen, and fold away above them on a phone, where they would push the
  // first result a long way down.
  const panel = document.getElementById('search-filters-panel');
  if (panel && matchMedia('(min-width: 56em)').matches) panel.open = true;
  readUrl();
  showMode();
  input.value = state.q;
  // Listen at once: the checkboxes are in the page before the index has loaded.
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    state.q = input.value;
    writeUrl();
    await run();
  });
  form.addEventListener('change', async (event) => {
    if (event.target.name !== 'in') return;
    state.in = event.target.value;
    showMode();
    writeUrl();
    await run();
  });
  filtersBox.addEventListener('change', async (event) => {
    const box = event.target;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) state.filters[box.name] = [...values];
    else delete state.filters[box.name];
    writeUrl();
    await run();
    document.getElementById(box.id)?.focus();
  });
  more.addEventListener('click', () => renderMore());
  await load(state.in);
  await run();
  if (!counts[state.in] && Object.keys(activeFilters()).length === 0 && state.q.trim() === '') {
    counts[state.in] = await (await load(state.in)).filters();
    showCounts(counts[state.in]);
  }
}

start();
