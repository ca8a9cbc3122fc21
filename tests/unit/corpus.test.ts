import { describe, expect, it } from 'vitest';
import { anchorKey, checkCorpus, countWords, formatProblem } from '../../src/lib/corpus.ts';
import { corpus } from '../fixtures/factories.ts';

const messages = (c = corpus()) => checkCorpus(c).problems.map(formatProblem);

describe('corpus checks', () => {
  it('pass a valid corpus and anchor each quote to its passage', () => {
    const { problems, anchors } = checkCorpus(corpus());
    expect(problems).toEqual([]);
    expect(anchors.get(anchorKey.item('exampleshire-2009', '1.1'))).toEqual(['L5']);
    expect(anchors.get(anchorKey.heading('exampleshire-2009', 'h1'))).toEqual(['L3']);
  });

  it('report an unknown theme id with the file, the field path and the ids expected', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[0];
      if (item) item.themes = ['brakes'];
    });
    expect(messages(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: items[0].themes[0]: expected a theme id from content/themes.yaml (breaks); found "brakes"',
    ]);
  });

  it('report an unknown council', () => {
    const c = corpus((x) => {
      const s = x.strategies[0];
      if (s) s.data.council = 'nowhere';
    });
    expect(messages(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: council: expected a council id from content/councils/ (exampleshire); found "nowhere"',
    ]);
  });

  it('report a quote not found in its source, showing the closest passage', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[0];
      if (item) item.quote = 'We will triple the number of short breaks by 2011.';
    });
    const [message] = messages(c);
    expect(message).toContain(
      'content/strategies/exampleshire-2009.yaml: items[0].quote: expected words found verbatim in content/sources/example-source.txt',
    );
    expect(message).toContain(
      'Closest passage (L5): "We will double the number of short breaks by 2011."',
    );
  });

  it('report a figure whose stated value is not in its quote (no rounding)', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[1];
      if (item?.type === 'figure') item.stated = '1,000';
    });
    expect(messages(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: items[1].stated: expected the figure as written in the quote; found "1,000", which the quote does not contain',
    ]);
  });

  it('report a lead that is not in the same passage as the quote', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[0];
      if (item?.type === 'commitment') item.lead = 'Primary Care Trust';
    });
    expect(messages(c)).toEqual([
      expect.stringContaining(
        'items[0].lead: expected words found in the same source passage as the quote (L5)',
      ),
    ]);
  });

  it('report a strategy without an overview, and an overview of the wrong length', () => {
    expect(
      messages(
        corpus((x) => {
          x.overviews = [];
        }),
      ),
    ).toEqual([
      'content/strategies/exampleshire-2009.yaml: (entry): expected an editorial overview in content/strategies/exampleshire-2009.mdx; found none',
    ]);
    expect(
      messages(
        corpus((x) => {
          const o = x.overviews[0];
          if (o) o.data.words = 40;
        }),
      ),
    ).toEqual([
      'content/strategies/exampleshire-2009.mdx: (body): expected an overview of 150-400 words; found 40 words',
    ]);
  });

  it('report a theme serving an outcome that does not exist', () => {
    const c = corpus((x) => {
      const t = x.themes[0];
      if (t) t.data.outcomes = ['world-peace'];
    });
    expect(messages(c)).toEqual([
      expect.stringContaining(
        'content/themes.yaml: breaks.outcomes[0]: expected a 2008 outcome id',
      ),
    ]);
  });

  it('count overview words without frontmatter or markup', () => {
    expect(countWords('---\ntitle: x\n---\n# Heading\n\nOne **two** three.')).toBe(4);
  });
});
