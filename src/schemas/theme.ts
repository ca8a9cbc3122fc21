import { z } from 'astro/zod';
import { plainText, shortText, slug } from './common.ts';

export const themeSchema = z.strictObject({
  id: slug().meta({ description: 'Stable id, used in URLs and by items (`themes:`).' }),
  title: shortText(3).meta({ description: 'The theme’s name, e.g. "Breaks and respite".' }),
  description: plainText(20).meta({ description: 'What the theme covers, in plain English.' }),
  synonyms: z.array(shortText(2)).default([]).meta({
    description:
      'Other words people search with: "respite" for breaks, "short breaks" for respite.',
  }),
  outcomes: z.array(slug()).min(1).meta({
    description:
      'Ids of the 2008 National Carers Strategy outcomes this theme serves (content/national.yaml).',
  }),
  comparison: plainText(20).optional().meta({
    description:
      "How the councils' approaches to this theme differ, in our own words, with caveats.",
  }),
  reviewedFor: z
    .array(slug())
    .default([])
    .meta({
      description:
        'Strategies the comparison covers without naming their council, as checked by a person: the ' +
        'check asks every strategy with items on the theme to be named in the comparison or listed here.',
    }),
});

export type Theme = z.output<typeof themeSchema>;
