import { describe, expect, it } from 'vitest';
import { anchorKey, checkCorpus, countWords, formatProblem } from '../../src/lib/corpus.ts';
import { corpus } from '../fixtures/factories.ts';

const messages = (c = corpus()) => checkCorpus(c).problems.map(formatProblem);
const firstLines = (c = corpus()) => messages(c).map((m) => m.split('\n')[0]);

describe('corpus checks', () => {
  it('pass a valid corpus and anchor each quote to its passage', () => {
    const { problems, anchors } = checkCorpus(corpus());
    expect(problems).toEqual([]);
    expect(anchors.get(anchorKey.item('exampleshire-2009', '1.1'))).toEqual(['L5']);
    expect(anchors.get(anchorKey.heading('exampleshire-2009', 'h1'))).toEqual(['L3']);
  });

  it('report an unknown theme id with the file, the field path, the ids expected and the fix', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[0];
      if (item) item.themes = ['brakes'];
    });
    expect(messages(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: items[0].themes[0]: ' +
        'expected a theme id from content/themes.yaml (breaks); found "brakes"\n' +
        '    Fix: use one of the ids listed, or add the theme to content/themes.yaml',
    ]);
  });

  it('report an unknown council', () => {
    const c = corpus((x) => {
      const s = x.strategies[0];
      if (s) s.data.council = 'nowhere';
    });
    expect(firstLines(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: council: ' +
        'expected a council id from content/councils/ (exampleshire); found "nowhere"',
    ]);
  });

  it('report a quote not found in its source, showing the closest passage in full with the differences marked', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[0];
      if (item) item.quote = 'We will triple the number of short breaks by 2011.';
    });
    const [message] = messages(c);
    expect(message).toContain(
      'content/strategies/exampleshire-2009.yaml: items[0].quote: ' +
        'expected words found verbatim in content/sources/example-source.txt',
    );
    expect(message).toContain(
      'Closest passage (L5), in full: "We will double the number of short breaks by 2011."',
    );
    expect(message).toContain('We will {+double+} [-triple-] the number of short breaks by 2011.');
  });

  it('report a figure whose stated value is not in its quote (no rounding)', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[1];
      if (item?.type === 'figure') item.stated = '1,000';
    });
    expect(firstLines(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: items[1].stated: ' +
        'expected the figure as written in the quote; found "1,000", which the quote does not contain',
    ]);
  });

  it('report a figure whose value is not the number its stated words give, unless a valueNote explains it', () => {
    const c = corpus((x) => {
      const item = x.strategies[0]?.data.items[1];
      if (item?.type === 'figure') item.value = 999999;
    });
    expect(firstLines(c)).toEqual([
      'content/strategies/exampleshire-2009.yaml: items[1].value: ' +
        'expected the number that `stated` gives, never rounded; found 999999, but "1,200" says 1200',
    ]);
    const noted = corpus((x) => {
      const item = x.strategies[0]?.data.items[1];
      if (item?.type === 'figure')
        Object.assign(item, { value: 1, valueNote: 'Counted in thousands.' });
    });
    expect(messages(noted)).toEqual([]);
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
    expect(firstLines(corpus((x) => void (x.overviews = [])))).toEqual([
      'content/strategies/exampleshire-2009.yaml: (file): ' +
        'expected an editorial overview in content/strategies/exampleshire-2009.md; found none',
    ]);
    expect(
      firstLines(
        corpus((x) => {
          const o = x.overviews[0];
          if (o) o.data.words = 40;
        }),
      ),
    ).toEqual([
      'content/strategies/exampleshire-2009.md: (file): expected an overview of 150-400 words; found 40 words',
    ]);
  });

  it('report no follow-on problem about an overview when its strategy could not be read', () => {
    const c = corpus((x) => {
      x.strategies = [];
      x.unreadable = { strategies: new Set(['exampleshire-2009']) };
    });
    expect(messages(c)).toEqual([]);
  });

  it('report a theme serving an outcome that does not exist', () => {
    const c = corpus((x) => {
      const t = x.themes[0];
      if (t) t.data.outcomes = ['world-peace'];
    });
    expect(firstLines(c)).toEqual([
      expect.stringContaining('content/themes.yaml: outcomes[0]: expected a 2008 outcome id'),
    ]);
  });

  it('refuse a quotation of fewer than three words, or one found twice, unless it names its passage', () => {
    const short = corpus((x) => {
      const n = x.national[0];
      if (n) n.data.quote = 'short breaks';
    });
    expect(firstLines(short)).toEqual([
      'content/national.yaml: quote: expected a quotation of at least 3 words, ' +
        'or one that names its passage; found "short breaks"',
    ]);
    const named = corpus((x) => {
      const n = x.national[0];
      if (n) Object.assign(n.data, { quote: 'short breaks', passage: 'L5' });
    });
    expect(messages(named)).toEqual([]);
    expect(checkCorpus(named).anchors.get(anchorKey.national('life'))).toEqual(['L5']);
  });

  it('count overview words without frontmatter or markup', () => {
    expect(countWords('---\ntitle: x\n---\n# Heading\n\nOne **two** three.')).toBe(4);
  });
});
