/**
 * What the search box offers without running any script: the words people type that stand for a
 * theme (its title, synonyms and the everyday words in content/search-words.yaml), as a datalist for
 * the box, and the same words under each theme on the search page when JavaScript cannot run.
 */
import { normalise } from './search-query.ts';
import type { Vocabulary } from './search-vocabulary.ts';

/** One suggestion: the words as typed, and the themes they lead to. */
export type Suggestion = { value: string; themes: string[] };

/** Every phrase that stands for a theme, with its themes' titles, in alphabetical order. */
export function suggestions(vocab: Vocabulary): Suggestion[] {
  return Object.entries(vocab.phrases)
    .filter(([, m]) => m.themes.length > 0)
    .map(([value, m]) => ({
      value,
      themes: m.themes.map((i) => vocab.themes[i]?.title ?? '').filter(Boolean),
    }))
    .sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * Each theme with the site's own words for it (its synonyms), for the search page without JavaScript:
 * short enough to scan for one's words. The everyday words (misspellings among them, on purpose) are
 * offered by the search box's datalist instead, each beside the theme it leads to.
 */
export function wordsByTheme(
  vocab: Vocabulary,
): { id: string; title: string; href: string; words: string[] }[] {
  return vocab.themes.map((t) => ({
    id: t.id,
    title: t.title,
    href: t.href,
    words: t.words.filter((w) => w !== normalise(t.title)),
  }));
}
