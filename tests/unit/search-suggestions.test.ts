import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { suggestions, wordsByTheme } from '../../src/lib/search-suggestions.ts';
import type { SearchWords } from '../../src/schemas/search-words.ts';
import type { Theme } from '../../src/schemas/theme.ts';

const themes = [
  { id: 'breaks-respite', title: 'Breaks and respite', synonyms: ['respite', 'short breaks'] },
  { id: 'employment-money', title: 'Work, benefits and money', synonyms: ['benefits'] },
] as unknown as (Theme & { id: string })[];
const words: SearchWords[] = [
  { id: 'stop', kind: 'stop', words: ['my', 'a'] },
  {
    id: 'breaks',
    kind: 'everyday',
    words: ['a rest', 'brakes'],
    themes: ['breaks-respite'],
    terms: [],
  },
  { id: 'money', kind: 'everyday', words: ['skint'], themes: ['employment-money'], terms: [] },
];
const vocab = buildVocabulary(words, themes, (id) => `/themes/${id}/`);

describe('search words offered without a script', () => {
  it('offers every word that stands for a theme, beside the theme it leads to, in alphabetical order', () => {
    expect(suggestions(vocab)).toEqual([
      { value: 'a rest', themes: ['Breaks and respite'] },
      { value: 'benefits', themes: ['Work, benefits and money'] },
      { value: 'brakes', themes: ['Breaks and respite'] },
      { value: 'breaks and respite', themes: ['Breaks and respite'] },
      { value: 'respite', themes: ['Breaks and respite'] },
      { value: 'short breaks', themes: ['Breaks and respite'] },
      { value: 'skint', themes: ['Work, benefits and money'] },
      { value: 'work benefits and money', themes: ['Work, benefits and money'] },
    ]);
  });

  it("lists each theme with the site's own words for it, not its title again", () => {
    expect(wordsByTheme(vocab)).toEqual([
      {
        id: 'breaks-respite',
        title: 'Breaks and respite',
        href: '/themes/breaks-respite/',
        words: ['respite', 'short breaks'],
      },
      {
        id: 'employment-money',
        title: 'Work, benefits and money',
        href: '/themes/employment-money/',
        words: ['benefits'],
      },
    ]);
  });
});
