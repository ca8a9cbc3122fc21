import { describe, expect, it } from 'vitest';
import { glossaryWords } from '../../src/lib/search-records.ts';
import { searchValues, WHOLE_FACETS_MAX } from '../../src/lib/search-facets.ts';
import {
  applyFilters,
  capQuery,
  chooseValues,
  closestThemes,
  countValues,
  editDistance,
  excerpt,
  matchItems,
  MAX_QUERY,
  parseQuery,
  partOf,
  suggestSpelling,
  withEnoughWords,
  type Facets,
  type TermHits,
} from '../../src/lib/search-query.ts';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { theme } from '../fixtures/factories.ts';

const themes = [
  { id: 'breaks-respite', title: 'Breaks and respite', synonyms: ['respite', 'short breaks'] },
  { id: 'employment-money', title: 'Work, benefits and money', synonyms: ['money', 'benefits'] },
].map((t) => ({ ...theme(t), id: t.id }));
const vocab = buildVocabulary(
  [
    { id: 'stop', kind: 'stop', words: ['what', 'if', 'my', 'i', 'im'] },
    {
      id: 'money',
      kind: 'everyday',
      words: ['skint', 'bills'],
      themes: ['employment-money'],
      terms: ['money'],
    },
    {
      id: 'breaks',
      kind: 'everyday',
      words: ['a rest'],
      themes: ['breaks-respite'],
      terms: ['respite'],
    },
  ],
  themes,
  (id) => `/themes/${id}/`,
);

// Two pages: page 0 has a breaks item and a money item; page 1 one money item.
const facets: Facets = {
  values: {
    theme: ['Breaks and respite', 'Work, benefits and money'],
    type: ['Commitment', 'Target'],
    council: ['Barnet', 'Hampshire'],
    year: ['2009', '2011'],
  },
  pages: [
    [
      'p0',
      0,
      0,
      [2, 0, 6, 1],
      [
        [10, 0, 0],
        [20, 1, 1],
      ],
    ],
    ['p1', 1, 1, [2, 1], [[8, 0, 1]]],
  ],
};
const hits = (term: string, byPage: Record<string, number[]>) =>
  new Map<string, TermHits>([
    [term, new Map(Object.entries(byPage).map(([id, words]) => [id, { score: 1, words }]))],
  ]);

describe('search queries', () => {
  it('drop stop words and map everyday words and phrases to themes and terms', () => {
    expect(parseQuery("What if I'm skint", vocab)).toEqual([
      { text: 'skint', terms: ['skint', 'money'], themes: ['Work, benefits and money'] },
    ]);
    expect(parseQuery('my a rest', vocab)[0]).toEqual({
      text: 'a rest',
      terms: ['respite'],
      themes: ['Breaks and respite'],
    });
  });

  it('take a misspelt word one letter away as the word it is near', () => {
    expect(parseQuery('respit', vocab)[0]?.themes).toEqual(['Breaks and respite']);
  });

  it('keep a query of stop words only, word for word', () => {
    expect(parseQuery('what if', vocab).map((c) => c.text)).toEqual(['what', 'if']);
  });

  it('are capped at the longest length searched', () => {
    expect(capQuery('x'.repeat(100_000))).toEqual({ text: 'x'.repeat(MAX_QUERY), capped: true });
    expect(capQuery('respite')).toEqual({ text: 'respite', capped: false });
  });
});

describe('matching items', () => {
  it('turns word locations into the item they fall in, and ranks words above themes', () => {
    const concepts = parseQuery('respite', vocab);
    const m = matchItems(concepts, hits('respite', { p0: [12] }), facets);
    expect(m[0]).toMatchObject({ page: 0, item: 0, matched: 1, hits: [12] });
    expect(m.map((x) => `${x.page}:${x.item}`)).toEqual(['0:0']);
  });

  it('counts a match in a theme’s words for the items on that theme only', () => {
    const m = matchItems(
      [{ text: 'money', terms: ['money'], themes: [] }],
      hits('money', { p0: [7] }),
      facets,
    );
    expect(m.map((x) => `${x.page}:${x.item}`)).toEqual(['0:1']);
  });

  it('counts a match in a heading’s words for the items under that heading only', () => {
    // One Pagefind page with two parts: heading words at 5 (part 0) and 15 (part 1).
    const parted: Facets = {
      ...facets,
      pages: [
        [
          'p0',
          0,
          0,
          [],
          [
            [10, 0, 0],
            [20, 1, 1],
          ],
          [
            [0, 5, 'a'],
            [1, 15, 'b'],
          ],
        ],
      ],
    };
    const m = matchItems(
      [{ text: 'money', terms: ['money'], themes: [] }],
      hits('money', { p0: [16] }),
      parted,
    );
    expect(m.map((x) => `${x.page}:${x.item}`)).toEqual(['0:1']);
    expect(partOf(parted.pages[0]!, 0)).toBe(0);
    expect(partOf(parted.pages[0]!, 1)).toBe(1);
  });

  it('show items with some of the words when too few have them all', () => {
    const concepts = [
      ...parseQuery('skint', vocab),
      { text: 'zebra', terms: ['zebra'], themes: [] },
    ];
    const { shown, all } = withEnoughWords(
      matchItems(concepts, new Map(), facets),
      concepts.length,
    );
    expect(all).toBe(0);
    expect(shown.length).toBe(2);
  });
});

describe('filters and counts', () => {
  const every = matchItems(parseQuery('respite skint', vocab), new Map(), facets);
  it('widen within a group and narrow across groups', () => {
    const { chosen } = chooseValues(
      { council: ['Barnet', 'Hampshire'], type: ['Commitment'] },
      facets.values,
    );
    expect(
      applyFilters(facets, every, chosen)
        .map((x) => `${x.page}:${x.item}`)
        .sort(),
    ).toEqual(['0:0', '1:0']);
  });

  it('count for each value what ticking it would list, keeping other values of its group open', () => {
    const { chosen } = chooseValues({ council: ['Barnet'] }, facets.values);
    const counts = countValues(facets, every, chosen);
    expect(counts.council).toEqual([2, 1]);
    expect(counts.type).toEqual([1, 1]);
    const list = applyFilters(
      facets,
      every,
      chooseValues({ council: ['Barnet'], type: ['Target'] }, facets.values).chosen,
    );
    expect(list.length).toBe(counts.type[1]);
  });

  it('set apart values the site no longer has', () => {
    expect(chooseValues({ theme: ['Old name'] }, facets.values).unknown).toEqual([
      { group: 'theme', value: 'Old name' },
    ]);
  });
});

describe('empty searches', () => {
  it('suggest a spelling from the index’s own words', () => {
    expect(suggestSpelling('vouchr', ['carers', 'voucher'])).toBe('voucher');
    expect(suggestSpelling('zebra', ['carers', 'voucher'])).toBeUndefined();
  });

  it('suggest the themes whose names or synonyms are closest', () => {
    expect(closestThemes('benefit advice', vocab).map((t) => t.id)).toEqual(['employment-money']);
  });

  it('measure spelling distance with swapped letters as one edit', () => {
    expect(editDistance('teleacre', 'telecare', 2)).toBe(1);
    expect(editDistance('zebra', 'carers', 2)).toBe(3);
  });
});

describe('excerpts', () => {
  it('mark the matching words', () => {
    expect(excerpt('a b c d e f', 1, 6, [3])).toEqual([
      { text: 'b c ', mark: false },
      { text: 'd', mark: true },
      { text: ' e f', mark: false },
    ]);
  });

  it('are the same from words already split as from the text', () => {
    const text = 'carers said respite  breaks helped them a lot';
    expect(excerpt(text.split(/\s+/), 1, 8, [2, 3], 4)).toEqual(excerpt(text, 1, 8, [2, 3], 4));
  });
});

describe('values.json for the search page', () => {
  const facets = (pages: number): Facets => ({
    values: {
      theme: ['Breaks and respite'],
      type: ['Commitment'],
      council: ['Barnet'],
      year: ['2009'],
    },
    pages: Array.from({ length: pages }, (_, i) => [`en_${i}`, 0, 0, [], [[i, 0, 0]]]),
  });
  const totals = { theme: [1], type: [1], council: [1], year: [1] };

  it("carry every page's facets when they are small", () => {
    expect(searchValues(facets(3), totals).pages).toEqual(facets(3).pages);
  });

  it("leave a large site's facets to their own files", () => {
    const big = facets(2_000);
    expect(JSON.stringify(big.pages).length).toBeGreaterThan(WHOLE_FACETS_MAX);
    expect(searchValues(big, totals)).toEqual({ values: big.values, totals });
  });
});

describe('glossary words for search', () => {
  it('come from one compiled matcher, in any case', () => {
    const glossary = [
      {
        id: 'pct',
        term: 'PCT',
        expansion: 'Primary Care Trust',
        definition: 'An NHS body.',
        aliases: [],
      },
    ];
    expect(glossaryWords('the primary care trust and the PCT', glossary).sort()).toEqual([
      'PCT',
      'Primary Care Trust',
    ]);
  });
});
