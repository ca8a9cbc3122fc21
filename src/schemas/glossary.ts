import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';

export const glossarySchema = z.strictObject({
  id: slug(),
  /** The term or acronym as the sources write it, e.g. "PCT". */
  term: z.string().min(2),
  /** The expansion of an acronym, e.g. "Primary Care Trust". */
  expansion: z.string().optional(),
  /** One line in plain English. */
  definition: plainText(),
  /** Other spellings found in the sources ("LINK" for "LINk"). */
  aliases: z.array(z.string()).default([]),
});

export type GlossaryTerm = z.output<typeof glossarySchema>;
