import { describe, expect, it } from 'vitest';
import { anchorKey, checkCorpus, formatProblem } from '../../src/lib/corpus.ts';
import { corpus } from '../fixtures/factories.ts';

const withWords = (title: string, sourceWords: string) =>
  corpus((x) => {
    const h = x.strategies[0]?.data.framework.headings[0];
    if (h) Object.assign(h, { title, sourceWords });
  });

describe('a heading found by its source words', () => {
  it('anchors the heading where its source words are, while its title drops the list mark', () => {
    const { problems, anchors } = checkCorpus(
      withWords('Breaks for carers', '1. Breaks for carers'),
    );
    expect(problems).toEqual([]);
    expect(anchors.get(anchorKey.heading('exampleshire-2009', 'h1'))).toEqual(['L3']);
  });

  it('reports source words that do not contain the title', () => {
    const messages = checkCorpus(withWords('Short breaks', '1. Breaks for carers')).problems.map(
      formatProblem,
    );
    expect(messages).toEqual([
      'content/strategies/exampleshire-2009.yaml: framework.headings[0].sourceWords: ' +
        'expected words that contain the title; found "1. Breaks for carers"\n' +
        '    Fix: copy the heading from the source with the words around it that the title leaves out',
    ]);
  });
});
