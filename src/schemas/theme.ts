import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';

export const themeSchema = z.strictObject({
  id: slug(),
  title: z.string().min(3),
  /** What the theme covers, in plain English. */
  description: plainText(20),
  /** Other words people search with: "respite" for breaks, "short breaks" for respite. */
  synonyms: z.array(z.string().min(2)).default([]),
  /** Ids of the 2008 National Carers Strategy outcomes this theme serves (content/national.yaml). */
  outcomes: z.array(slug()).min(1),
  /** How the councils' approaches to this theme differ, in our own words, with caveats. */
  comparison: plainText(20).optional(),
  /**
   * Strategies the comparison covers without naming their council, as checked by a person: the
   * check asks every strategy with items on the theme to be named in the comparison or listed here.
   */
  reviewedFor: z.array(slug()).default([]),
});

export type Theme = z.output<typeof themeSchema>;
