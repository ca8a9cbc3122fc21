/**
 * What is searched, as the address says it (?q=respite&in=documents&theme=Breaks+and+respite): read
 * on arrival, written back on every change. Filter values the page does not offer are kept apart
 * (`unknown`), shown as chips, and stay in the address until removed.
 */
import {
  capQuery,
  FILTER_GROUPS,
  type FilterGroup,
  type SearchBundle,
} from '../../lib/search-query.ts';

export type SearchState = {
  q: string;
  /** The query was longer than MAX_QUERY and was cut. */
  capped: boolean;
  in: SearchBundle;
  filters: Partial<Record<FilterGroup, string[]>>;
  unknown: { group: FilterGroup; value: string }[];
};

export const newState = (): SearchState => ({
  q: '',
  capped: false,
  in: 'items',
  filters: {},
  unknown: [],
});

/** Reads the address into `state`, and ticks the filter boxes it names. */
export function readUrl(state: SearchState, boxes: readonly HTMLInputElement[]) {
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

export function writeUrl(state: SearchState) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.in !== 'items') params.set('in', state.in);
  for (const [key, values] of Object.entries(state.filters))
    values.forEach((v) => params.append(key, v));
  for (const u of state.unknown) params.append(u.group, u.value);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}
