import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus.ts';
import {
  buildModel,
  CONTEXT_PART,
  outcomeMatrix,
  strategyParts,
  themeMatrix,
} from '../../src/lib/model.ts';
import { glossaryWords, searchRecords } from '../../src/lib/search-records.ts';
import { itemRows, figureRows } from '../../src/lib/downloads.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import type { SourceRecord } from '../../src/schemas/source-record.ts';
import { corpus, SOURCE_TEXT, sourceRecord } from '../fixtures/factories.ts';

function model(change?: Parameters<typeof corpus>[0], text = SOURCE_TEXT, record?: SourceRecord) {
  const input = corpus((c) => {
    const source = c.sources[0];
    if (source) source.data = { passages: parseSource(text).passages };
    change?.(c);
  });
  const { anchors } = checkCorpus(input);
  const sources = [{ id: 'example-source', data: parseSource(text) }];
  const records = record ? [{ id: 'example-source', data: record }] : [];
  return buildModel({ ...input, sources, records }, anchors);
}

// The fixture's text as imported from a PDF: its quoted passages start on pages 7 and 8 of the original.
const PAGED_TEXT = SOURCE_TEXT.replace('We will', '[page 7]\nWe will').replace(
  'In 2008',
  '[page 8]\nIn 2008',
);

// 45 paragraphs of 1,000 characters before the fixture's text: reader pages hold 20,000 characters,
// so the quoted passages (from line 91 on) are on the third page.
const FILLER = 'A paragraph that only fills the page, so that what follows is read further on. ';
const LONG_TEXT = [
  ...Array.from({ length: 45 }, () => FILLER.repeat(13).slice(0, 1000)),
  SOURCE_TEXT,
].join('\n\n');

describe('site model', () => {
  it('links each item to its source passage and its page', () => {
    const [s] = model().strategies;
    expect(s?.items.map((i) => [i.id, i.passages[0], i.sourceHref, i.part])).toEqual([
      ['1.1', 'L5', '/sources/example-source/#L5', 'h1'],
      ['1.2', 'L7', '/sources/example-source/#L7', 'h1'],
    ]);
  });

  it('links a passage on the third page of its source to that page, not the first', () => {
    const m = model(undefined, LONG_TEXT);
    expect(m.sources[0]?.pages).toHaveLength(3);
    const [s] = m.strategies;
    expect(s?.items.map((i) => i.sourceHref)).toEqual([
      '/sources/example-source/3/#L95',
      '/sources/example-source/3/#L97',
    ]);
    expect(s?.headingHrefs).toEqual({
      h1: '/sources/example-source/3/#L93',
      title: '/sources/example-source/3/#L91',
    });
    expect(m.national.map((n) => n.sourceHref)).toEqual(['/sources/example-source/3/#L95']);
  });

  it("links each item to the page of the council's original its passage starts on", () => {
    const m = model(undefined, PAGED_TEXT, sourceRecord());
    expect(m.strategies[0]?.items.map((i) => [i.id, i.original])).toEqual([
      ['1.1', { href: 'https://example.org/strategy.pdf#page=7', page: 7 }],
      ['1.2', { href: 'https://example.org/strategy.pdf#page=8', page: 8 }],
    ]);
    expect(m.sources[0]?.original).toEqual({
      href: 'https://example.org/strategy.pdf',
      label: 'PDF, 42 pages',
    });
  });

  it('gives no page of the original without a PDF address, page markers or a record', () => {
    const web = sourceRecord({ original: { url: 'https://example.org/s', format: 'html' } });
    for (const m of [model(undefined, PAGED_TEXT, web), model(), model(undefined, PAGED_TEXT)])
      expect(m.strategies[0]?.items.map((i) => i.original)).toEqual([null, null]);
    expect(model().sources[0]?.original).toBeNull();
  });

  it('counts items per strategy and theme, and per national outcome', () => {
    const m = model();
    expect(themeMatrix(m.strategies, m.themes)).toEqual([[2]]);
    expect(outcomeMatrix(m.strategies, m.themes, [{ id: 'life' }, { id: 'other' }])).toEqual([
      [2, 0],
    ]);
  });

  it('puts items outside the framework on a context page after the headings', () => {
    const m = model((c) => {
      const item = c.strategies[0]?.data.items[1];
      if (item) delete item.heading;
    });
    const [s] = m.strategies;
    if (!s) throw new Error('no strategy');
    expect(strategyParts(s).map((p) => [p.id, p.items.length])).toEqual([
      ['h1', 1],
      [CONTEXT_PART, 1],
    ]);
  });

  it('makes one search record per heading page and per source page, each item a sub-section at its anchor', () => {
    const records = searchRecords(model());
    expect(records.map((r) => r.url)).toEqual([
      '/strategies/exampleshire-2009/h1/',
      '/sources/example-source/',
    ]);
    const [items, source] = records;
    expect(items?.sections.map((x) => x.id)).toEqual(['item-1.1', 'item-1.2']);
    expect(items?.sections[0]?.label).toBe('The council plans to double short breaks');
    expect(items?.themes.flatMap((t) => t.synonyms)).toContain('respite');
    expect(Object.keys(items?.filters ?? {})).toEqual(['theme', 'council', 'type', 'year']);
    expect(source?.sections).toHaveLength(parseSource(SOURCE_TEXT).passages.length);
    expect([items?.bundle, source?.bundle]).toEqual(['items', 'documents']);
    expect(source?.filters.type).toBeUndefined();
  });

  it('adds acronyms for expansions and expansions for acronyms to search words', () => {
    const glossary = [
      {
        id: 'pct',
        term: 'PCT',
        expansion: 'Primary Care Trust',
        definition: 'An NHS body.',
        aliases: [],
      },
    ];
    expect(glossaryWords('with the Primary Care Trust', glossary)).toEqual(['PCT']);
    expect(glossaryWords('Surrey PCT funds it', glossary)).toEqual(['Primary Care Trust']);
  });

  it('writes one download row per item and per figure, with absolute links', () => {
    const m = model();
    const site = new URL('https://example.org/');
    expect(itemRows(m, site).map((r) => r['permalink'])).toEqual([
      'https://example.org/strategies/exampleshire-2009/h1/#item-1.1',
      'https://example.org/strategies/exampleshire-2009/h1/#item-1.2',
    ]);
    expect(figureRows(m, site).map((r) => [r['stated'], r['value']])).toEqual([['1,200', 1200]]);
  });
});
