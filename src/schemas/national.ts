import { z } from 'astro/zod';
import { passageRef, quote, shortText, slug, sourceId } from './common.ts';

export const NATIONAL_KINDS = ['outcome-2008', 'element-1999', 'legislation', 'guidance'] as const;

/** A piece of the national framework the councils work within, as a source states it. */
export const nationalSchema = z.strictObject({
  id: slug().meta({ description: 'Stable id; themes name outcomes by it.' }),
  kind: z.enum(NATIONAL_KINDS).meta({ description: 'Which part of the national framework it is.' }),
  title: shortText(3).meta({
    description:
      'Short name, e.g. "A life of their own" or "Carers (Equal Opportunities) Act 2004".',
  }),
  order: z.int().min(1).optional().meta({ description: 'Order within its kind (outcomes 1-5).' }),
  source: sourceId().meta({ description: 'Source text id and the verbatim words there.' }),
  quote: quote().meta({ description: 'The words of the source, verbatim.' }),
  passage: passageRef().meta({
    description: 'The passage the quote is in (`L123`), when its words are in more than one place.',
  }),
});

export type National = z.output<typeof nationalSchema>;
