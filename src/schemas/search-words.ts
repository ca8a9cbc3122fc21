import { z } from 'astro/zod';
import { slug } from './common.ts';

/** A word or short phrase as people type it: lower case, letters, digits, spaces and hyphens. */
const phrase = () =>
  z.string().regex(/^[a-z0-9][a-z0-9 -]*$/, {
    error: 'expected lower-case words (letters, digits, spaces)',
  });

/** Words dropped from a query because they carry no meaning on their own ("what", "if", "my"). */
export const stopWordsSchema = z.strictObject({
  id: slug(),
  kind: z.literal('stop'),
  words: z.array(phrase()).min(1),
});

/** Everyday words ("skint", "a rest") standing for the site's themes and searched as its terms. */
export const everydayWordsSchema = z.strictObject({
  id: slug(),
  kind: z.literal('everyday'),
  words: z.array(phrase()).min(1),
  /** Theme ids (content/themes.yaml) these words are about. */
  themes: z.array(slug()).min(1),
  /** The words the councils' documents use for the same thing, searched as well. */
  terms: z.array(z.string().min(2)).default([]),
});

export const searchWordsSchema = z.discriminatedUnion('kind', [
  stopWordsSchema,
  everydayWordsSchema,
]);

export type SearchWords = z.output<typeof searchWordsSchema>;
