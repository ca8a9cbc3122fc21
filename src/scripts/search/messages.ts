/**
 * What the search says above its results: the status line (how many results, and whether they
 * have all the words), notes (a capped query, filter values that no longer exist), and the
 * messages for no results and for a search that could not load.
 */
import { MAX_QUERY } from '../../lib/search-query.ts';
import { el, type SearchPage } from './page.ts';
import type { SearchState } from './state.ts';

/** The query as the page repeats it: at most 60 characters. */
const shownQuery = (state: SearchState) => {
  const q = state.q.trim();
  return q.length > 60 ? `${q.slice(0, 60)}…` : q;
};
const filtered = (state: SearchState) =>
  Object.keys(state.filters).length ? ' with the chosen filters' : '';

const SOME = 'the rest have some of them';

/** "12 items under 4 headings for “respite”.", and how many have all the words. */
export function statusText(
  state: SearchState,
  counts: { items: number; pages: number; allWords: number; concepts: number },
) {
  const { items, pages, allWords, concepts } = counts;
  const docs = state.in === 'documents';
  const q = shownQuery(state);
  const noun = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const where = docs
    ? noun(pages, 'page of a document', 'pages of the documents')
    : noun(pages, 'heading', 'headings');
  const what = docs ? noun(items, 'passage', 'passages') : noun(items, 'item', 'items');
  const text = `${what} under ${where}${q ? ` for “${q}”` : ''}${filtered(state)}.`;
  if (concepts > 1 && allWords === 0)
    return `No result has all your words; showing results with some of them. ${text}`;
  if (concepts > 1 && allWords < items)
    return `${text} ${allWords} of them have all your words and come first; ${SOME}.`;
  return text;
}

export const noResultsText = (state: SearchState) => {
  const q = shownQuery(state);
  return `No results${q ? ` for “${q}”` : ''}${filtered(state)}.`;
};

/**
 * Notes above the results: that a long query was cut, and a chip for each filter value in the
 * address that the site no longer has, each removing itself (`remove`); then `extra`.
 */
export function showNotes(
  page: SearchPage,
  state: SearchState,
  remove: (k: number) => void,
  extra: Node[] = [],
) {
  const parts: Node[] = [];
  if (state.capped)
    parts.push(
      el('p', {}, `Your search was too long, so only its first ${MAX_QUERY} characters are used.`),
    );
  if (state.unknown.length) {
    const ul = el('ul', { class: 'chips' });
    state.unknown.forEach((u, k) => {
      const text = `${page.groupLabel(u.group)} ‘${u.value}’ no longer exists`;
      const li = el('li', {}, `${text} `);
      const button = el('button', { type: 'button', class: 'button secondary' }, 'Remove');
      button.setAttribute('aria-label', `Remove: ${text}`);
      button.addEventListener('click', () => remove(k));
      li.append(button);
      ul.append(li);
    });
    parts.push(ul);
  }
  page.notes.replaceChildren(...parts, ...extra);
}

/** A link to every theme page, which lists the same items without a search. */
export function everyTheme(page: SearchPage, before: string, after: string) {
  const p = el('p', {}, before);
  p.append(el('a', { href: `${page.base}themes/` }, 'every theme'), after);
  return p;
}

export const COULD_NOT_LOAD =
  'Search could not load, so nothing was searched. This is not the same as no results.';
