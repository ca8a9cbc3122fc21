import { describe, expect, it } from 'vitest';
import { firstSentence, itemTitle, shorten, TITLE_MAX } from '../../src/lib/names.ts';

describe('item titles', () => {
  it('use the first sentence of the summary, without Markdown emphasis', () => {
    expect(itemTitle({ summary: 'Barnet set up a *carers* forum. It meets monthly.' })).toBe(
      'Barnet set up a carers forum',
    );
  });

  it('prefer a recorded title, then a good-practice name', () => {
    expect(itemTitle({ summary: 'Long text.', title: 'Own title' })).toBe('Own title');
    expect(itemTitle({ summary: 'Long text.', name: 'Caring with Confidence' })).toBe(
      'Caring with Confidence',
    );
  });

  it('do not end a sentence at an abbreviation followed by a lower-case word', () => {
    expect(firstSentence('Support for carers e.g. sitting services. More.')).toBe(
      'Support for carers e.g. sitting services',
    );
  });

  it('shorten long sentences at a clause boundary, or at a whole word with an ellipsis', () => {
    const clause =
      'Barnet brought in an improved carers assessment in February 2008, which includes planning for emergencies and unmet needs';
    expect(shorten(clause)).toBe(
      'Barnet brought in an improved carers assessment in February 2008',
    );
    const words = 'word '.repeat(40).trim();
    const short = shorten(words);
    expect(short.length).toBeLessThanOrEqual(TITLE_MAX + 1);
    expect(short.endsWith('word…')).toBe(true);
  });
});
