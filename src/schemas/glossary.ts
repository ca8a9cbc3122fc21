import { z } from 'astro/zod';
import { plainText, shortText, slug } from './common.ts';

export const glossarySchema = z.strictObject({
  id: slug().meta({ description: 'Stable id, e.g. "pct".' }),
  term: shortText(2).meta({
    description: 'The term or acronym as the sources write it, e.g. "PCT".',
  }),
  expansion: shortText(2)
    .optional()
    .meta({ description: 'The expansion of an acronym, e.g. "Primary Care Trust".' }),
  definition: plainText().meta({ description: 'One line in plain English.' }),
  aliases: z
    .array(shortText(1))
    .default([])
    .meta({ description: 'Other spellings found in the sources ("LINK" for "LINk").' }),
});

export type GlossaryTerm = z.output<typeof glossarySchema>;
