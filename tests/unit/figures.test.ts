import { describe, expect, it } from 'vitest';
import { statedNumbers, valueMismatch } from '../../src/lib/content/figures.ts';

describe('figures as stated', () => {
  it.each([
    ['474', 474],
    ['over 5,500', 5500],
    ['£1.4 billion', 1_400_000_000],
    ['in excess of £1.1 million', 1_100_000],
    ['more than a million', 1_000_000],
    ['11.6%', 11.6],
    ['Three-fifths', 60],
    ['two thirds', 0.666666667],
    ['up to 48h', 48],
    ['three to four hundred', 300],
  ])('read "%s" as %d', (stated, value) => {
    expect(valueMismatch(stated, value)).toBeNull();
  });

  it('read "two thirds" as 2 when the unit counts thirds', () => {
    expect(statedNumbers('Two thirds', 'thirds')).toContain(2);
  });

  it('refuse a value the words do not give, saying what they do give', () => {
    expect(valueMismatch('474', 999999)).toBe('999999, but "474" says 474');
    expect(valueMismatch('£1.4 billion', 1_400_000)).toMatch(/says 1400000000/);
  });

  it('ask for the upper end of a range, and check it', () => {
    expect(valueMismatch('between 113,800 to 126,000', 113800)).toMatch(
      /give the upper end as valueTo/,
    );
    expect(valueMismatch('between 113,800 to 126,000', 113800, 126000)).toBeNull();
    expect(valueMismatch('between 113,800 to 126,000', 113800, 130000)).toMatch(/^valueTo 130000/);
  });

  it('say when no number can be read at all', () => {
    expect(valueMismatch('many', 3)).toBe('no number could be read from "many"');
  });
});
