import { describe, expect, it } from 'vitest';
import { diffWords, markDifferences, wordsInOrder } from '../../src/lib/quote-diff.ts';

describe('word differences', () => {
  it('lists the words removed and added, in order', () => {
    expect(diffWords(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { op: 'same', words: ['a'] },
      { op: 'added', words: ['x'] },
      { op: 'removed', words: ['b'] },
      { op: 'same', words: ['c'] },
    ]);
  });

  it('shows the whole passage and marks only the differences inside the quoted stretch', () => {
    const passage = 'Carers told us that they want breaks which are flexible and local to them.';
    expect(markDifferences('they want brakes which are flexible', passage)).toBe(
      'Carers told us that they want {+breaks+} [-brakes-] which are flexible and local to them.',
    );
  });

  it('leaves out the passage around the quoted stretch when asked for no context', () => {
    expect(
      markDifferences(
        'Innovative Back Care Projects for carers were commissioned',
        '- Advice available. Innovative Back Care Projects for carers have been commissioned, working with Surrey PCT.',
        { context: false },
      ),
    ).toBe('Innovative Back Care Projects for carers {+have been+} [-were-] commissioned,');
  });

  it('treats curly and straight quote marks and dashes as the same word', () => {
    expect(markDifferences('carers’ needs – now', "carers' needs - now")).toBe(
      "carers' needs - now",
    );
  });
});

describe('words kept in order', () => {
  it('counts the longest common run of words in order, not a bag of words', () => {
    expect(wordsInOrder(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(4);
    expect(wordsInOrder(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(1);
    expect(wordsInOrder(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toBe(3);
    expect(wordsInOrder([], ['a'])).toBe(0);
  });

  // Myers' method: a quadratic table for 20,000 words each would not fit the test's time limit.
  it('compares two long, nearly equal documents', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `w${i % 997}`);
    const b = [...a.slice(0, 10_000), 'inserted', ...a.slice(10_001)];
    expect(wordsInOrder(a, b)).toBe(19_999);
  });
});
