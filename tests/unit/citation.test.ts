import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import {
  chartCitation,
  citationText,
  cslItemSchema,
  documentGenre,
  formatBibtex,
  formatCslJson,
  formatRis,
  itemCitation,
  strategyCitation,
  toCsl,
  type Citation,
} from '../../src/lib/citation.ts';
import { forReader } from '../../src/lib/citation-shared.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import { strategySchema } from '../../src/schemas/strategy.ts';
import { corpus, SOURCE_TEXT, strategyInput } from '../fixtures/factories.ts';

function model(change?: Parameters<typeof corpus>[0]): SiteModel {
  const input = corpus(change);
  const { anchors } = checkCorpus(input);
  return buildModel(
    { ...input, sources: [{ id: 'example-source', data: parseSource(SOURCE_TEXT) }] },
    anchors,
  );
}
const site = new URL('https://example.org/');
const first = (m: SiteModel) => {
  const s = m.strategies[0];
  const i = s?.items[0];
  if (!s || !i) throw new Error('fixture has a strategy with items');
  return { s, i };
};

describe('citation text', () => {
  it('names the official council, title, year, genre, what is cited, permalink, date accessed and passage', () => {
    const { s, i } = first(model());
    expect(citationText(itemCitation(s, i, site), '2026-12-01')).toBe(
      'Exampleshire County Council (2009) Exampleshire Carers Strategy 2009-2012. Strategy. ' +
        'Cited: “The council plans to double short breaks”, as recorded by Carers Strategies Compared. ' +
        'Available at: https://example.org/strategies/exampleshire-2009/h1/#item-1.1 (accessed 1 December 2026). ' +
        'The council’s passage: https://example.org/sources/example-source/#L5.',
    );
  });

  it('writes links as paths on the site when the build has no SITE_URL, and never an internal id in words', () => {
    const { s, i } = first(model());
    const text = citationText(itemCitation(s, i, undefined), '2026-12-01');
    expect(text).toContain('Available at: /strategies/exampleshire-2009/h1/#item-1.1 (accessed');
    expect(text).not.toMatch(/localhost|\[date accessed\]|Item 1\.1/);
  });

  it('cites a document by its case-corrected title and its date, saying a draft is a draft', () => {
    const m = model((c) => {
      const entry = c.strategies[0];
      if (entry)
        entry.data = strategySchema.parse(
          strategyInput({
            title: 'EXAMPLESHIRE CARERS STRATEGY',
            citationTitle: { text: 'Exampleshire Carers Strategy', changed: 'case' },
            status: 'first-draft',
            date: { label: '1 March 2009', year: 2009, iso: '2009-03-01' },
          }),
        );
    });
    const text = citationText(strategyCitation(first(m).s, site), '2026-12-01');
    expect(text).toMatch(
      new RegExp(
        [
          String.raw`^Exampleshire County Council \(2009\) Exampleshire Carers Strategy\. `,
          String.raw`Strategy, first draft, 1 March 2009\. As recorded by`,
        ].join(''),
      ),
    );
    expect(text).toContain('The council’s document: https://example.org/sources/example-source/.');
  });

  it('does not repeat a status that the document type already says', () => {
    expect(documentGenre({ documentType: 'progress-review', status: 'progress-review' })).toBe(
      'Progress review',
    );
    expect(documentGenre({ documentType: 'strategy', status: 'draft-for-consultation' })).toBe(
      'Strategy, draft for consultation',
    );
  });

  it('refuses to cite a council with no official name rather than leave a gap', () => {
    const { s } = first(model());
    expect(() => strategyCitation({ ...s, councilOfficialName: '' }, site)).toThrow(
      /no official name for council "exampleshire"/,
    );
  });
});

describe('the citation title', () => {
  it('is required when the extracted title is in capitals, naming the field', () => {
    const r = strategySchema.safeParse(strategyInput({ title: 'BALANCED SCORECARD: Carers' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((x) => x.path.join('.'))).toContain('citationTitle');
  });

  it('may change only the letter case of the title', () => {
    const r = strategySchema.safeParse(
      strategyInput({
        title: 'BALANCED SCORECARD: Carers',
        citationTitle: { text: 'Balanced scorecard for carers', changed: 'case' },
      }),
    );
    expect(r.error?.issues.map((x) => x.path.join('.'))).toEqual(['citationTitle.text']);
  });
});

/** A citation with the characters BibTeX and RIS handle specially, and a title longer than a RIS line. */
const awkward: Citation = {
  key: 'awkward_1',
  author: 'Royal Borough of Kensington & Chelsea',
  title:
    'Carers {first}: 100% of “short breaks” – £1.4m for carers_and_families, a very long title indeed',
  year: 2011,
  genre: 'Strategy, draft for consultation',
  publisher: 'Royal Borough of Kensington & Chelsea',
  cited: 'Breaks & respite: $5 #1 ~ ^',
  path: '/carers/strategies/x-2011/part_1/#item-1.2',
  passagePath: '/carers/sources/x/#L12',
  site,
  recorded: true,
};

describe('citation files', () => {
  const csl = toCsl(awkward, '2026-12-01');

  it('are typed CSL-JSON, refused when a field is missing', () => {
    const [back] = JSON.parse(formatCslJson([csl])) as unknown[];
    expect(cslItemSchema.parse(back)).toEqual(csl);
    expect(cslItemSchema.safeParse({ ...csl, author: [] }).success).toBe(false);
  });

  it('round-trip through RIS and BibTeX with the same author, title, year and URL', () => {
    for (const text of [formatRis([csl]), formatBibtex([csl])]) {
      const [back] = new Cite(text).data as {
        author: { literal?: string; family?: string }[];
        title: string;
        issued: { 'date-parts': number[][] };
        URL: string;
      }[];
      expect(back?.author[0]?.literal ?? back?.author[0]?.family).toBe(awkward.author);
      expect(back?.title).toBe(awkward.title);
      expect(back?.issued['date-parts'][0]?.[0]).toBe(2011);
      expect(back?.URL).toBe('https://example.org/carers/strategies/x-2011/part_1/#item-1.2');
    }
  });

  it('say the same as the text: the RIS carries the date accessed and the passage', () => {
    const ris = formatRis([csl]);
    expect(ris).toMatch(/^TY {2}- RPRT\r\n/);
    expect(ris).toContain('Y2  - 2026/12/1/');
    expect(ris).toContain('https://example.org/carers/sources/x/#L12');
    expect(citationText(awkward, '2026-12-01')).toContain(
      'Available at: https://example.org/carers/strategies/x-2011/part_1/#item-1.2 (accessed 1 December 2026)',
    );
  });

  it('cite a chart as the site’s own work, with no council passage', () => {
    const c = chartCitation({ id: 'timeline', title: 'Timeline of documents' }, 2026, site);
    expect(citationText(c, '2026-12-01')).toBe(
      'Carers Strategies Compared (2026) Timeline of documents. Chart, drawn from the councils’ carers strategies. ' +
        'Available at: https://example.org/data/timeline/ (accessed 1 December 2026).',
    );
    expect(toCsl(c, '2026-12-01').type).toBe('figure');
  });
});

describe('a citation file downloaded in the browser', () => {
  const relative = { ...awkward, site: undefined };
  const csl = toCsl(relative, '2026-12-01');
  const origin = 'https://mirror.example.net';

  it('gives today as the date accessed, and the reader’s address for paths (RIS and CSL-JSON)', () => {
    const ris = forReader(formatRis([csl]), 'ris', '2027-01-31', origin);
    expect(ris).toContain('Y2  - 2027/1/31/');
    expect(ris).toContain(`UR  - ${origin}/carers/strategies/x-2011/part_1/#item-1.2`);
    expect(ris).toContain(`passage: ${origin}/carers/sources/x/#L12`);
    const [item] = JSON.parse(forReader(formatCslJson([csl]), 'json', '2027-01-31', origin)) as {
      URL: string;
      accessed: unknown;
    }[];
    expect(item?.URL).toBe(`${origin}/carers/strategies/x-2011/part_1/#item-1.2`);
    expect(item?.accessed).toEqual({ 'date-parts': [[2027, 1, 31]] });
  });

  it('still parses as BibTeX, with absolute links, and leaves absolute addresses alone', () => {
    const bib = forReader(formatBibtex([csl]), 'bib', '2027-01-31', origin);
    const [back] = new Cite(bib).data as { URL: string; title: string }[];
    expect(back?.URL).toBe(`${origin}/carers/strategies/x-2011/part_1/#item-1.2`);
    expect(back?.title).toBe(awkward.title);
    const absolute = formatRis([toCsl(awkward, '2026-12-01')]);
    expect(forReader(absolute, 'ris', '2026-12-01', origin)).toBe(absolute);
  });
});
