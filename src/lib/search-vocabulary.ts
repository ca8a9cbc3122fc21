/**
 * The search page's vocabulary, built from content: stop words and everyday words
 * (content/search-words.yaml), and each theme's title and synonyms (content/themes.yaml). It is
 * written to /search/vocabulary.json and read by the search script, which rewrites queries with it.
 */
import type { SearchWords } from '../schemas/search-words.ts';
import type { Theme } from '../schemas/theme.ts';
import { normalise } from './search-query.ts';

/** What a phrase stands for: indices into `themes`, and words to search for. */
export type PhraseMeaning = { themes: number[]; terms: string[] };

export type Vocabulary = {
  stop: string[];
  themes: { id: string; title: string; href: string; words: string[] }[];
  /** Normalised phrase (one to five words) → what it stands for. */
  phrases: Record<string, PhraseMeaning>;
};

export function buildVocabulary(
  entries: readonly SearchWords[],
  themes: readonly (Theme & { id: string })[],
  themeHref: (id: string) => string,
): Vocabulary {
  const index = new Map(themes.map((t, i) => [t.id, i]));
  const phrases: Record<string, PhraseMeaning> = {};
  const add = (phrase: string, themeIds: readonly string[], terms: readonly string[]) => {
    const key = normalise(phrase);
    if (!key) return;
    const meaning = (phrases[key] ??= { themes: [], terms: [] });
    for (const id of themeIds) {
      const i = index.get(id);
      if (i === undefined) throw new Error(`content/search-words.yaml: unknown theme id "${id}"`);
      if (!meaning.themes.includes(i)) meaning.themes.push(i);
    }
    for (const t of terms) if (!meaning.terms.includes(t)) meaning.terms.push(t);
  };
  // The site's own words: a theme's title and synonyms stand for the theme and are searched as they are.
  for (const t of themes) for (const w of [t.title, ...t.synonyms]) add(w, [t.id], [w]);
  const stop = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'stop') e.words.forEach((w) => stop.add(normalise(w)));
    // A single everyday word is searched too ("bills" may be in a document); a phrase ("a rest") is not.
    else for (const w of e.words) add(w, e.themes, w.includes(' ') ? e.terms : [w, ...e.terms]);
  }
  return {
    stop: [...stop].sort(),
    themes: themes.map((t) => ({
      id: t.id,
      title: t.title,
      href: themeHref(t.id),
      words: [...new Set([t.title, ...t.synonyms].map(normalise))],
    })),
    phrases,
  };
}
