import { describe, expect, it } from 'vitest';
import { itemText } from '../../src/lib/item-text.ts';

describe('an item card saying its fact once', () => {
  it('heads a one-sentence summary with that sentence and adds nothing below it', () => {
    expect(itemText({ summary: 'Carers said they need more breaks.' })).toEqual({
      headline: 'Carers said they need more breaks',
      rest: '',
    });
  });

  it('keeps the sentences after the first below the headline', () => {
    expect(
      itemText({ summary: 'The council will fund breaks. It will review them in 2010.' }),
    ).toEqual({
      headline: 'The council will fund breaks',
      rest: 'It will review them in 2010.',
    });
  });

  it('heads good practice with its name and keeps the whole summary below', () => {
    expect(itemText({ name: 'Carers card', summary: 'A card that carers carry.' })).toEqual({
      headline: 'Carers card',
      rest: 'A card that carers carry.',
    });
  });
});
