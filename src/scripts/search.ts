/**
 * Search page (src/pages/search.astro). Pagefind finds the words; everything else is in
 * src/scripts/search/ (files, the address's state, results, filters, messages, the controller) and
 * src/lib/search-query.ts: the query is rewritten with the site's vocabulary (stop words dropped,
 * everyday words standing for themes and terms), Pagefind's word locations become items through the
 * facets file, and items are filtered (any value within a group, every group) and counted exactly
 * as listed. Query and filters live in the address (?q=respite&theme=Breaks+and+respite).
 */
import { capQuery, type FilterGroup } from '../lib/search-query.ts';
import { SearchController } from './search/controller.ts';
import { showMode } from './search/filters.ts';
import { findPage, type SearchPage } from './search/page.ts';
import { newState, readUrl, writeUrl, type SearchState } from './search/state.ts';

const app = document.getElementById('search-app');
if (app) start(app);

function start(root: HTMLElement) {
  const page = findPage(root);
  root.dataset['started'] = ''; // the script runs: hide the "search could not start" notice
  const state = newState();
  const search = new SearchController(page, state);
  const panel = document.getElementById('search-filters-panel') as HTMLDetailsElement | null;
  // Filters sit beside the results on a wide screen, and fold away above them on a phone.
  if (panel && matchMedia('(min-width: 56em)').matches) panel.open = true;
  readUrl(state, page.boxes);
  if (state.capped) writeUrl(state); // the address keeps only what is searched
  showMode(page, state);
  page.input.value = state.q;
  listen(page, state, search);
  void search.run();
}

/** A new search on submitting the form, choosing where to search, or ticking a filter. */
function listen(page: SearchPage, state: SearchState, search: SearchController) {
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { text, capped } = capQuery(page.input.value);
    state.q = text;
    state.capped = capped;
    page.input.value = text;
    writeUrl(state);
    void search.run();
  });
  page.form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'in') return;
    state.in = target.value === 'documents' ? 'documents' : 'items';
    showMode(page, state);
    writeUrl(state);
    void search.run();
  });
  page.filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const group = box.name as FilterGroup;
    const values = new Set(state.filters[group] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) state.filters[group] = [...values];
    else delete state.filters[group];
    writeUrl(state);
    void search.run().then(() => document.getElementById(box.id)?.focus());
  });
  page.more.addEventListener('click', () => search.showMore());
}
