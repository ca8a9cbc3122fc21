/**
 * Search in people's own words, as pure functions shared by the build and the search script
 * (src/scripts/search.ts): queries are capped and rewritten with the vocabulary (stop words
 * dropped, everyday words standing for themes and the site's terms), Pagefind's word hits are
 * turned into matching items, items are filtered and counted, and empty searches get suggestions.
 */
import type { Vocabulary } from './search-vocabulary.ts';

/** Longest query searched, in characters: a question fits; a pasted document is cut. */
export const MAX_QUERY = 200;
/** Fewer items than this with every word, and items with some of the words are shown too. */
export const FEW = 5;
/**
 * Two Pagefind bundles: our items, searched by default, and the councils' documents in full, loaded
 * only when someone searches them. Source text is most of the words, so keeping it apart keeps
 * every items search small.
 */
export const SEARCH_BUNDLES = { items: 'pagefind/', documents: 'pagefind-documents/' } as const;
export type SearchBundle = keyof typeof SEARCH_BUNDLES;
/**
 * The language both indexes are built in (forced, whatever a page says), so Pagefind stems English
 * words with its English WebAssembly, `wasm.en.pagefind`, which the build check requires.
 */
export const SEARCH_LANGUAGE = 'en';

export const FILTER_GROUPS = ['theme', 'type', 'council', 'year'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** Lower case, apostrophes dropped ("don't" → "dont"), anything else not a letter or digit a space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function capQuery(q: string): { text: string; capped: boolean } {
  return q.length > MAX_QUERY
    ? { text: q.slice(0, MAX_QUERY), capped: true }
    : { text: q, capped: false };
}

/** One thing the reader asked about: their word or phrase, what it is searched as, and its themes' titles. */
export type Concept = { text: string; terms: string[]; themes: string[] };

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), or max + 1 beyond max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How far a misspelling may be from a word: none for short words, one from 5 letters, two from 8. */
export const allowedTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0);

/** The closest word in `words` within the allowed typos (earlier words win ties), or undefined. */
export function closestWord(word: string, words: Iterable<string>): string | undefined {
  const max = allowedTypos(word);
  if (max === 0) return undefined;
  let found: string | undefined;
  let best = max + 1;
  for (const w of words) {
    if (w === word) return undefined;
    const d = editDistance(word, w, Math.min(max, best - 1));
    if (d < best) [found, best] = [w, d];
  }
  return found;
}

/**
 * A query as concepts: the longest known phrase at each point (exactly, as a plural, or one typo
 * away), stop words dropped, any other word searched as typed. A query of stop words only is
 * searched word for word rather than dropped.
 */
export function parseQuery(q: string, vocab: Vocabulary): Concept[] {
  const words = normalise(q).split(' ').filter(Boolean);
  const stop = new Set(vocab.stop);
  const singles = Object.keys(vocab.phrases).filter((p) => !p.includes(' '));
  const lookup = (p: string) =>
    vocab.phrases[p] ?? (p.endsWith('s') ? vocab.phrases[p.slice(0, -1)] : undefined);
  const titles = (m: { themes: number[] }) => m.themes.map((t) => vocab.themes[t]?.title ?? '');
  const concepts: Concept[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(5, words.length - i); n >= 1 && !taken; n--) {
      const text = words.slice(i, i + n).join(' ');
      const meaning = lookup(text);
      if (meaning && !(n === 1 && stop.has(text))) {
        concepts.push({ text, terms: [...meaning.terms], themes: titles(meaning) });
        taken = n;
      }
    }
    if (!taken) {
      const word = words[i]!;
      const near = stop.has(word) ? undefined : closestWord(word, singles);
      const meaning = near ? vocab.phrases[near] : undefined;
      if (meaning)
        concepts.push({ text: word, terms: [word, ...meaning.terms], themes: titles(meaning) });
      else if (!stop.has(word)) concepts.push({ text: word, terms: [word], themes: [] });
      taken = 1;
    }
    i += taken;
  }
  if (concepts.length === 0) return words.map((w) => ({ text: w, terms: [w], themes: [] }));
  // The same concept typed twice counts once.
  return concepts.filter((c, k) => concepts.findIndex((d) => d.text === c.text) === k);
}

/**
 * What the search script knows of every Pagefind page (written at build time by
 * src/lib/search-facets.ts): its Pagefind id, council and year, where each theme's words are
 * indexed on it, and where each item starts, with its type and themes. Numbers index `values`.
 * A Pagefind page holds a whole strategy (its heading pages are its parts), so the list of pages
 * Pagefind loads before the first search stays small; each part has its own small display file.
 */
export type Facets = {
  values: Record<FilterGroup, string[]>;
  /**
   * [pagefind id, council, year, [location, theme, …], [[location, type (-1 none), ...themes], …],
   * parts: [[first item, location of the part's heading (-1 none), display file], …]]; no parts
   * means the page is one part.
   */
  pages: [string, number, number, number[], number[][], FacetPart[]?][];
};

/** A part of a Pagefind page: one reader page (a strategy's heading page, a page of a document). */
export type FacetPart = [firstItem: number, headingAt: number, file: string];

/** The part an item of a page is in (0 when the page is one part). */
export function partOf(page: Facets['pages'][number], item: number): number {
  const parts = page[5] ?? [];
  let found = 0;
  parts.forEach((p, k) => {
    if (p[0] <= item) found = k;
  });
  return found;
}

/** Word locations Pagefind found on each page for one search term, with the page's score. */
export type TermHits = Map<string, { score: number; words: number[] }>;

export type Match = { page: number; item: number; matched: number; score: number; hits: number[] };

type Start = { at: number; item?: number; theme?: number; part?: number };
/** Where each theme section, item and part of a page starts, worked out once per page. */
const startsOf = new WeakMap<Facets['pages'][number], Start[]>();
function pageStarts(page: Facets['pages'][number]): Start[] {
  const known = startsOf.get(page);
  if (known) return known;
  const [, , , themeSecs, items, parts = []] = page;
  const starts: Start[] = [];
  for (let k = 0; k < themeSecs.length; k += 2)
    starts.push({ at: themeSecs[k]!, theme: themeSecs[k + 1]! });
  items.forEach((it, k) => starts.push({ at: it[0]!, item: k }));
  parts.forEach((p, k) => {
    if (p[1] >= 0) starts.push({ at: p[1], part: k });
  });
  startsOf.set(page, starts);
  return starts;
}
/** Where each location falls on a page: an item, a theme's words, a part's heading, or the title (-1). */
function locate(page: Facets['pages'][number], loc: number) {
  let found: Start = { at: -1 };
  for (const s of pageStarts(page)) if (s.at <= loc && s.at >= found.at) found = s;
  return found;
}

/** Points an item earns for a concept, by where the evidence is; added up, so more evidence ranks higher. */
export const EVIDENCE = { word: 3, related: 1.5, theme: 2, themeWords: 1, title: 0.5 } as const;
/** Items with less than this share of the best item's points are left out as too weak to show. */
export const FLOOR = 0.4;

/**
 * Items matching the concepts, best first: ranked by how many concepts they match, then by the
 * evidence (`EVIDENCE`: a word in the item, the item's theme, a theme's words or the title on its
 * page), then by Pagefind's page score. Items matching no concept are left out.
 */
export function matchItems(
  concepts: readonly Concept[],
  hits: ReadonlyMap<string, TermHits>,
  facets: Facets,
): Match[] {
  const scores = new Scores(concepts.length);
  concepts.forEach((concept, c) => {
    creditThemes(scores, c, concept, facets);
    creditWords(scores, c, concept, hits, facets);
  });
  return scores.ranked();
}

/** An item's evidence: per[c] holds concept c's points, one entry per kind of evidence. */
type Evidence = { per: number[][]; pageScore: number; hits: number[] };

/** The evidence found so far for each item (keyed `page:item`), concept by concept. */
class Scores {
  private readonly byItem = new Map<string, Evidence>();
  private readonly concepts: number;
  constructor(concepts: number) {
    this.concepts = concepts;
  }

  /** Evidence of one kind for concept `c` (counted once per kind), with the page's Pagefind score. */
  credit(
    page: number,
    item: number,
    c: number,
    kind: keyof typeof EVIDENCE,
    extra = 0,
    loc?: number,
  ) {
    const k = `${page}:${item}`;
    const s: Evidence = this.byItem.get(k) ?? {
      per: Array.from({ length: this.concepts }, () => [0, 0, 0, 0, 0]),
      pageScore: 0,
      hits: [],
    };
    const slot = Object.keys(EVIDENCE).indexOf(kind);
    s.per[c]![slot] = EVIDENCE[kind];
    s.pageScore = Math.max(s.pageScore, extra);
    if (loc !== undefined) s.hits.push(loc);
    this.byItem.set(k, s);
  }

  /** Every credited item with its points, best first, without those under `FLOOR` of the best. */
  ranked(): Match[] {
    const out: Match[] = [];
    for (const [k, s] of this.byItem) {
      const [page, item] = k.split(':').map(Number) as [number, number];
      const points = s.per.map((p) => p.reduce((a, b) => a + b, 0));
      const matched = points.filter((x) => x > 0).length;
      const score = points.reduce((a, b) => a + b, 0) + 0.4 * Math.min(s.pageScore, 1);
      out.push({ page, item, matched, score, hits: s.hits });
    }
    const best = Math.max(0, ...out.map((m) => m.score));
    return out
      .filter((m) => m.score >= FLOOR * best)
      .sort(
        (a, b) => b.matched - a.matched || b.score - a.score || a.page - b.page || a.item - b.item,
      );
  }
}

/** Items on one of the concept's themes. */
function creditThemes(scores: Scores, c: number, concept: Concept, facets: Facets) {
  const themes = concept.themes.map((t) => facets.values.theme.indexOf(t)).filter((t) => t >= 0);
  if (themes.length)
    facets.pages.forEach((p, pi) =>
      p[4].forEach((it, k) => {
        if (it.slice(2).some((t) => themes.includes(t))) scores.credit(pi, k, c, 'theme');
      }),
    );
}

/** Items where Pagefind found one of the concept's terms: in the item, or in its page's titles. */
function creditWords(
  scores: Scores,
  c: number,
  concept: Concept,
  hits: ReadonlyMap<string, TermHits>,
  facets: Facets,
) {
  const byId = new Map(facets.pages.map((p, i) => [p[0], i]));
  for (const term of concept.terms) {
    // The reader's own word is stronger evidence than a word it stands for ("skint" → "money").
    const own = normalise(term) === concept.text;
    for (const [id, hit] of hits.get(term) ?? []) {
      const pi = byId.get(id);
      if (pi === undefined) continue;
      const page = facets.pages[pi]!;
      for (const loc of hit.words) {
        const at = locate(page, loc);
        if (at.item !== undefined)
          scores.credit(pi, at.item, c, own ? 'word' : 'related', hit.score, loc);
        else
          page[4].forEach((it, k) => {
            if (at.part !== undefined) {
              // A heading's words are the title of its part's items.
              if (partOf(page, k) === at.part) scores.credit(pi, k, c, 'title', hit.score);
            } else if (at.theme === undefined) scores.credit(pi, k, c, 'title', hit.score);
            else if (it.slice(2).includes(at.theme))
              scores.credit(pi, k, c, 'themeWords', hit.score);
          });
      }
    }
  }
}

/** Every item, in record order: what a search with filters and no words lists. */
export function allItems(facets: Facets): Match[] {
  return facets.pages.flatMap((p, page) =>
    p[4].map((_, item) => ({ page, item, matched: 0, score: 0, hits: [] })),
  );
}

/** Items with every concept if there are enough; otherwise those with some, best first. */
export function withEnoughWords(
  matches: readonly Match[],
  concepts: number,
): { shown: Match[]; all: number } {
  const all = matches.filter((m) => m.matched === concepts);
  return { shown: all.length >= FEW ? all : [...matches], all: all.length };
}

/** Chosen filter values as indices into `values`; values the index does not know are returned apart. */
export type Chosen = Partial<Record<FilterGroup, number[]>>;

export function chooseValues(
  wanted: Partial<Record<FilterGroup, string[]>>,
  values: Facets['values'],
): { chosen: Chosen; unknown: { group: FilterGroup; value: string }[] } {
  const chosen: Chosen = {};
  const unknown: { group: FilterGroup; value: string }[] = [];
  for (const group of FILTER_GROUPS)
    for (const v of wanted[group] ?? []) {
      const i = values[group].indexOf(v);
      if (i < 0) unknown.push({ group, value: v });
      else (chosen[group] ??= []).push(i);
    }
  return { chosen, unknown };
}

/** An item's value indices in each filter group. */
function itemValues(facets: Facets, m: Match): Record<FilterGroup, number[]> {
  const p = facets.pages[m.page]!;
  const it = p[4][m.item]!;
  return { council: [p[1]], year: [p[2]], type: it[1]! >= 0 ? [it[1]!] : [], theme: it.slice(2) };
}

/** Any chosen value within a group, every group with a choice (as GOV.UK finders do). */
function passes(v: Record<FilterGroup, number[]>, chosen: Chosen, except?: FilterGroup) {
  return FILTER_GROUPS.every(
    (g) => g === except || !chosen[g]?.length || chosen[g].some((x) => v[g].includes(x)),
  );
}

export function applyFilters(facets: Facets, matches: readonly Match[], chosen: Chosen): Match[] {
  return matches.filter((m) => passes(itemValues(facets, m), chosen));
}

/**
 * How many items each filter value would list if ticked (or lists, if ticked): the items that pass
 * every other group's choice and have the value. So a count is never more, or less, than its list.
 */
export function countValues(
  facets: Facets,
  matches: readonly Match[],
  chosen: Chosen,
): Record<FilterGroup, number[]> {
  const counts = Object.fromEntries(
    FILTER_GROUPS.map((g) => [g, facets.values[g].map(() => 0)]),
  ) as Record<FilterGroup, number[]>;
  for (const m of matches) {
    const v = itemValues(facets, m);
    for (const g of FILTER_GROUPS)
      if (passes(v, chosen, g)) for (const x of v[g]) counts[g][x]! += 1;
  }
  return counts;
}

/** Themes whose title or synonyms are nearest the query's words (shared words, then spelling), best first. */
export function closestThemes(q: string, vocab: Vocabulary, limit = 3): Vocabulary['themes'] {
  const words = normalise(q)
    .split(' ')
    .filter((w) => w && !vocab.stop.includes(w));
  const score = (t: Vocabulary['themes'][number]) => {
    const own = t.words.flatMap((p) => p.split(' '));
    return words.reduce((s, w) => {
      if (own.includes(w)) return s + 3;
      if (
        own.some(
          (o) =>
            o.length >= 4 &&
            (o.startsWith(w) || w.startsWith(o)) &&
            Math.min(o.length, w.length) >= 4,
        )
      )
        return s + 2;
      return own.some(
        (o) => editDistance(w, o, allowedTypos(w)) <= allowedTypos(w) && allowedTypos(w) > 0,
      )
        ? s + 1
        : s;
    }, 0);
  };
  return vocab.themes
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map((x) => x.t);
}

/** A corrected query from the index's own words (most frequent first), or undefined if none is near. */
export function suggestSpelling(q: string, indexWords: readonly string[]): string | undefined {
  const known = new Set(indexWords);
  let changed = false;
  const out = normalise(q)
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (known.has(w) || /\d/.test(w)) return w;
      const near = closestWord(w, indexWords);
      if (near) changed = true;
      return near ?? w;
    });
  return changed ? out.join(' ') : undefined;
}

/**
 * The words of an item's text, from `start` to `end` (Pagefind word locations in the record's
 * text), as runs of plain and matched words: about `length` words around the first match.
 * `content` may come already split into words, so a part's many items split it once.
 */
export function excerpt(
  content: string | readonly string[],
  start: number,
  end: number,
  hits: readonly number[],
  length = 24,
): { text: string; mark: boolean }[] {
  const words = typeof content === 'string' ? content.split(/\s+/) : content;
  const inside = hits.filter((h) => h >= start && h < end).sort((a, b) => a - b);
  const from = Math.max(start, Math.min((inside[0] ?? start) - 6, end - length));
  const to = Math.min(end, from + length);
  const runs: { text: string; mark: boolean }[] = [];
  if (from > start) runs.push({ text: '… ', mark: false });
  const push = (text: string, mark: boolean) => {
    const last = runs[runs.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else runs.push({ text, mark });
  };
  for (let i = from; i < to; i++) {
    push(words[i] ?? '', inside.includes(i));
    if (i < to - 1) push(' ', false);
  }
  if (to < end) runs.push({ text: ' …', mark: false });
  return runs;
}
