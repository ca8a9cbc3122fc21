/**
 * The search page's controller: runs a search from the state (src/scripts/search/state.ts) and
 * shows it. Pagefind finds the words; src/lib/search-query.ts rewrites the query with the site's
 * vocabulary, turns Pagefind's word locations into items through the facets, and filters (any
 * value within a group, every group) and counts them exactly as listed.
 */
import {
  allItems,
  applyFilters,
  chooseValues,
  closestThemes,
  countValues,
  matchItems,
  parseQuery,
  suggestSpelling,
  withEnoughWords,
  type Concept,
  type Facets,
  type Match,
  type SearchBundle,
  type TermHits,
} from '../../lib/search-query.ts';
import { FailedLoads, SearchFiles, type Loaded, type Pagefind } from './files.ts';
import { showCounts } from './filters.ts';
import { COULD_NOT_LOAD, everyTheme, noResultsText, showNotes, statusText } from './messages.ts';
import { el, nextTask, type SearchPage } from './page.ts';
import { byPart, ResultList, shownKey } from './results.ts';
import { writeUrl, type SearchState } from './state.ts';

/** Searches every term of every concept once, in parallel; Pagefind matches all words of a term. */
async function hitsFor(pagefind: Pagefind, concepts: readonly Concept[]) {
  const terms = [...new Set(concepts.flatMap((c) => c.terms))];
  const found = await Promise.all(terms.map((t) => pagefind.search(t)));
  const hits = new Map<string, TermHits>();
  terms.forEach((t, k) => hits.set(t, new Map(found[k]!.results.map((r) => [r.id, r]))));
  return hits;
}

export class SearchController {
  private readonly files: SearchFiles;
  private readonly failures: FailedLoads;
  private readonly results: ResultList;
  /** The number of the latest search: a newer one (typing, ticking) supersedes an older one. */
  private latest = 0;

  constructor(
    private readonly page: SearchPage,
    private readonly state: SearchState,
  ) {
    this.failures = new FailedLoads(page.base, () => this.showFailure());
    this.files = new SearchFiles(page.base, this.failures);
    this.results = new ResultList(page, this.files);
  }

  /** The next five headings of the results listed ("Show more results"). */
  showMore() {
    const { facets } = this.results;
    if (facets) void this.results.renderMore(this.state.in, facets).catch(() => this.showFailure());
  }

  showNotes(extra: Node[] = []) {
    showNotes(
      this.page,
      this.state,
      (k) => {
        this.state.unknown.splice(k, 1);
        writeUrl(this.state);
        void this.run().then(() => this.page.input.focus());
      },
      extra,
    );
  }

  showFailure() {
    this.page.status.textContent = COULD_NOT_LOAD;
    this.showNotes([
      everyTheme(this.page, 'Try again later, or find the same items by theme: ', '.'),
    ]);
    this.page.list.replaceChildren();
    this.page.more.hidden = true;
  }

  /** No results: a spelling from the index's words, the closest themes, and every theme. */
  private async emptyState(data: Loaded, concepts: readonly Concept[]) {
    const q = this.state.q.trim();
    const parts: Node[] = [];
    this.page.status.textContent = noResultsText(this.state);
    if (q && concepts.length) {
      const fix = suggestSpelling(q, await this.files.words(this.state.in));
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
    parts.push(
      everyTheme(this.page, 'Or browse ', ', each listing what every council says about it.'),
    );
    this.showNotes(parts);
  }

  /** The first results from Pagefind's best pages alone, before every page's facets are in. */
  private async showFirst(
    which: SearchBundle,
    data: Loaded,
    concepts: readonly Concept[],
    hits: Map<string, TermHits>,
    me: number,
  ): Promise<string | undefined> {
    const facets = await this.files.firstFacets(which, data.values, hits);
    const { chosen } = chooseValues(this.state.filters, facets.values);
    const { shown } = withEnoughWords(matchItems(concepts, hits, facets), concepts.length);
    const visible = applyFilters(facets, shown, chosen);
    if (me !== this.latest || visible.length === 0) return undefined;
    this.results.reset(byPart(facets, visible), facets);
    // Said before the results arrive, so the line above them is filled and they don't move.
    this.page.status.textContent = 'The closest matches first. Counting every result…';
    await this.results.renderMore(which, facets);
    this.failures.check();
    performance.mark('search-results-shown'); // what a search costs up to here is measured by npm run bench
    return shownKey(facets, this.results.groups);
  }

  /** Every result: the first ones already shown stay as they are; otherwise the list is redrawn. */
  private async showAll(
    which: SearchBundle,
    facets: Facets,
    all: Match[][],
    firstShown: string | undefined,
  ) {
    if (firstShown !== undefined && firstShown === shownKey(facets, all)) {
      this.results.groups = all;
      this.results.facets = facets;
      this.results.updateMore();
      return;
    }
    const me = this.latest;
    this.results.reset(all, facets);
    await this.results.renderMore(which, facets);
    if (me === this.latest && firstShown === undefined) performance.mark('search-results-shown');
  }

  /** Before any search: every item's counts, counted when the site was built. */
  private showStart(data: Loaded) {
    showCounts(this.page, data.values.values, data.values.totals);
    this.results.reset([]);
    this.page.status.textContent = 'Type a word, or choose a filter, to see results.';
    this.page.more.hidden = true;
  }

  /** The matching items: the first shown as soon as they can be, then every one, counted. */
  private async matches(
    which: SearchBundle,
    data: Loaded,
    concepts: readonly Concept[],
    me: number,
  ) {
    if (!concepts.length) {
      const facets = await this.files.allFacets(which, data.values);
      return { facets, matches: allItems(facets), allWords: 0, firstShown: undefined };
    }
    const hits = await hitsFor(data.pagefind, concepts);
    this.failures.check();
    let firstShown: string | undefined;
    // On a large site every page's facets are a large file: show the first results without them.
    if (!this.files.fullyLoaded[which])
      firstShown = await this.showFirst(which, data, concepts, hits, me);
    if (me !== this.latest) return undefined;
    const facets = await this.files.allFacets(which, data.values);
    const ranked = matchItems(concepts, hits, facets);
    const { shown, all } = withEnoughWords(ranked, concepts.length);
    return { facets, matches: shown, allWords: all, firstShown };
  }

  async run() {
    const me = ++this.latest;
    const which = this.state.in;
    // The next search tries again. Cleared here, not when a failed search ends: Pagefind's own
    // rejection for the failed file can arrive after that, and must still be recognised.
    this.failures.failed = false;
    this.showNotes();
    try {
      const data = await this.files.load(which);
      if (me !== this.latest) return;
      const { chosen } = chooseValues(this.state.filters, data.values.values);
      const concepts = this.state.q.trim() ? parseQuery(this.state.q, data.vocab) : [];
      if (!concepts.length && !Object.keys(chosen).length) return this.showStart(data);
      const found = await this.matches(which, data, concepts, me);
      await nextTask(); // matching and drawing in tasks of their own, each short on a slow phone
      if (!found || me !== this.latest) return;
      const { facets, matches, allWords, firstShown } = found;
      showCounts(this.page, facets.values, countValues(facets, matches, chosen));
      const visible = applyFilters(facets, matches, chosen);
      if (visible.length === 0) {
        this.results.reset([]);
        this.page.more.hidden = true;
        return await this.emptyState(data, concepts);
      }
      await this.showAll(which, facets, byPart(facets, visible), firstShown);
      if (me !== this.latest) return;
      this.failures.check();
      const complete = visible.filter((m) => m.matched === concepts.length).length;
      const counts = { items: visible.length, pages: this.results.groups.length };
      this.page.status.textContent = statusText(this.state, {
        ...counts,
        allWords: allWords ? complete : 0,
        concepts: concepts.length,
      });
    } catch (error) {
      if (me !== this.latest) return;
      console.warn('Search could not load:', error);
      this.showFailure();
    }
  }
}
