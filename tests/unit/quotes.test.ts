import { describe, expect, it } from 'vitest';
import { createQuoteIndex } from '../../src/lib/quotes.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import { normaliseForMatch } from '../../src/lib/text.ts';

const passages = parseSource(
  [
    'Carers’ needs – addressed in “hospital discharge”.',
    '',
    "- Support available to reduce carers' stress",
    '',
    'The *Carers Centre* has   grown.',
  ].join('\n'),
).passages;
const index = createQuoteIndex(passages);

describe('quote matching', () => {
  it('treats curly and straight quote marks, and every dash, as the same', () => {
    expect(normaliseForMatch('Carers’ needs – “x”')).toBe(
      normaliseForMatch('Carers\' needs - "x"'),
    );
  });

  it('finds a verbatim quote and returns the anchor of the passage it is in', () => {
    expect(index.find("Support available to reduce carers' stress")?.passageIds).toEqual(['L3']);
  });

  it('ignores differences in white space and Markdown emphasis', () => {
    expect(index.find('The Carers Centre has grown.')?.passageIds).toEqual(['L5']);
  });

  it('does not find a quote whose words were changed', () => {
    expect(index.find('The Carers Centre has expanded.')).toBeNull();
  });

  it('is case-sensitive, because quotes are verbatim', () => {
    expect(index.find('the carers centre has grown.')).toBeNull();
  });

  it('accepts an elided quote only when its parts appear in order within one passage', () => {
    expect(index.find('Carers’ needs [...] hospital discharge')?.passageIds).toEqual(['L1']);
    expect(index.find('hospital discharge [...] Carers’ needs')).toBeNull();
  });

  it('reports every passage a quote spans, anchoring on the first', () => {
    const match = index.find("reduce carers' stress The Carers Centre");
    expect(match?.passageIds).toEqual(['L3', 'L5']);
  });

  it('suggests the closest passage for a quote that is not found', () => {
    expect(index.closest('Support is available to reduce stress for carers')?.id).toBe('L3');
  });

  it('checks that a phrase is within given passages only', () => {
    expect(index.contains('Carers Centre', ['L5'])).toBe(true);
    expect(index.contains('Carers Centre', ['L1'])).toBe(false);
  });

  it('finds every passage a repeated quote is in', () => {
    const twice = createQuoteIndex(parseSource('Carers matter.\n\nCarers matter.\n').passages);
    expect(twice.findAll('Carers matter.').map((m) => m.passageIds)).toEqual([['L1'], ['L3']]);
  });
});
