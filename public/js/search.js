// Search page: Pagefind over one record per item and per source passage.
// Query and filters live in the URL (?q=respite&theme=Breaks+and+respite) so a search can be shared.
const app = document.getElementById('search-app');
const base = app?.dataset.base ?? '/';
const FILTER_LABELS = { theme: 'Theme', council: 'Council', type: 'Type', strategy: 'Strategy', year: 'Year' };
const PAGE = 20;

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const filtersBox = document.getElementById('search-filters');
const filtersPanel = document.getElementById('search-filters-panel');
const filtersSummary = filtersPanel?.querySelector('summary');
const statusEl = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');

const state = { q: '', filters: {} };
let shown = 0;
let current = [];

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get('q') ?? '';
  state.filters = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(key);
    if (values.length) state.filters[key] = values;
  }
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) values.forEach((v) => params.append(key, v));
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderFilters(all, available) {
  filtersBox.replaceChildren();
  const chosen = Object.values(state.filters).flat().length;
  if (filtersSummary) filtersSummary.textContent = chosen ? `Filters (${chosen} chosen)` : 'Filters';
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = all[key];
    if (!values) continue;
    const fieldset = el('fieldset', { class: 'facet' });
    fieldset.append(el('legend', {}, label));
    const names = Object.keys(values).sort((a, b) => (key === 'year' ? a.localeCompare(b) : (available[key]?.[b] ?? 0) - (available[key]?.[a] ?? 0) || a.localeCompare(b)));
    for (const value of names) {
      const id = `f-${key}-${value}`.replace(/[^A-Za-z0-9-]+/g, '-');
      const box = el('input', { type: 'checkbox', id, name: key, value });
      box.checked = state.filters[key]?.includes(value) ?? false;
      const count = available[key]?.[value] ?? 0;
      const labelNode = el('label', { for: id });
      labelNode.append(box, ` ${value} `, el('span', { class: 'muted' }, `(${count})`));
      fieldset.append(labelNode);
    }
    filtersBox.append(fieldset);
  }
}

async function renderMore() {
  const slice = current.slice(shown, shown + PAGE);
  const data = await Promise.all(slice.map((r) => r.data()));
  for (const d of data) {
    const li = el('li');
    const h = el('h2', { class: 'h3' });
    const a = el('a', { href: d.url }, d.meta.title ?? d.url);
    h.append(a);
    const meta = el('p', { class: 'item-meta' });
    meta.textContent = [d.meta.council, d.meta.strategy, d.meta.type, d.meta.item ? `item ${d.meta.item}` : ''].filter(Boolean).join(' · ');
    const excerpt = el('p');
    excerpt.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark>.
    li.append(h, meta, excerpt);
    if (d.meta.themes) li.append(el('p', { class: 'muted' }, `Themes: ${d.meta.themes}`));
    list.append(li);
  }
  shown += slice.length;
  more.hidden = shown >= current.length;
}

async function run(pagefind, allFilters) {
  const hasFilters = Object.keys(state.filters).length > 0;
  const query = state.q.trim() === '' ? null : state.q.trim();
  list.replaceChildren();
  shown = 0;
  if (query === null && !hasFilters) {
    current = [];
    renderFilters(allFilters, allFilters);
    statusEl.textContent = 'Type a word, or choose a filter, to see results.';
    more.hidden = true;
    return;
  }
  // Values within one group widen the search (any of them); groups narrow it (all of them).
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const search = await pagefind.search(query, { filters });
  current = search.results;
  renderFilters(allFilters, search.filters);
  const n = current.length;
  statusEl.textContent = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${hasFilters ? ' with the chosen filters' : ''}.`;
  await renderMore();
}

async function start() {
  if (!app) return;
  // Filters sit beside the results on a wide screen, and fold away above them on a phone, where they
  // would otherwise push the first result a long way down.
  if (filtersPanel && matchMedia('(min-width: 56em)').matches) filtersPanel.open = true;
  readUrl();
  input.value = state.q;
  const pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();
  const allFilters = await pagefind.filters();
  await run(pagefind, allFilters);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    state.q = input.value;
    writeUrl();
    await run(pagefind, allFilters);
  });
  filtersBox.addEventListener('change', async (event) => {
    const box = event.target;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) state.filters[box.name] = [...values];
    else delete state.filters[box.name];
    writeUrl();
    await run(pagefind, allFilters);
    document.getElementById(box.id)?.focus();
  });
  more.addEventListener('click', () => renderMore());
}

start();
