import { z } from 'astro/zod';
import { passageRef, quote, slug } from './common.ts';

export const NATIONAL_KINDS = ['outcome-2008', 'element-1999', 'legislation', 'guidance'] as const;

/** A piece of the national framework the councils work within, as a source states it. */
export const nationalSchema = z.strictObject({
  id: slug(),
  kind: z.enum(NATIONAL_KINDS),
  /** Short name, e.g. "A life of their own" or "Carers (Equal Opportunities) Act 2004". */
  title: z.string().min(3),
  /** Order within its kind (outcomes 1-5). */
  order: z.int().min(1).optional(),
  /** Source text id and the verbatim words there. */
  source: z.string().regex(/^[a-z0-9-]+$/),
  quote: quote(),
  passage: passageRef(),
});

export type National = z.output<typeof nationalSchema>;
