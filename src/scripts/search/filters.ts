/** The filter boxes: their counts, and the groups shown for each kind of search. */
import type { Facets, FilterGroup } from '../../lib/search-query.ts';
import type { SearchPage } from './page.ts';
import type { SearchState } from './state.ts';

/** Each box's count: how many results ticking it would list. */
export function showCounts(
  page: SearchPage,
  values: Facets['values'],
  counts: Record<FilterGroup, number[]>,
) {
  for (const b of page.boxes) {
    const group = b.name as FilterGroup;
    const i = values[group]?.indexOf(b.value) ?? -1;
    const n = i < 0 ? 0 : (counts[group][i] ?? 0);
    const span = b.parentElement?.querySelector('.count');
    if (span) span.textContent = `(${n})`;
    // A choice that would list nothing is not offered; a ticked one can always be unticked.
    b.disabled = n === 0 && !b.checked;
  }
  page.filtersBox.dataset['counts'] = 'loaded';
}

/** The chosen kind of search ticked; the filters that only items have shown only for items. */
export function showMode(page: SearchPage, state: SearchState) {
  for (const m of page.modes) m.checked = m.value === state.in;
  for (const g of page.itemsOnly) g.hidden = state.in !== 'items';
}
