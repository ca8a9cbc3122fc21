import { z } from 'astro/zod';
import { figureFields, passageRef, quote } from './common.ts';

export const COUNCIL_TYPES = [
  'county',
  'london-borough',
  'metropolitan-borough',
  'unitary',
] as const;

/** A fact a source gives about the council (population, number of carers), with its quote. */
export const councilFactSchema = z.strictObject({
  ...figureFields,
  /** Source text id the quote comes from. */
  source: z.string().regex(/^[a-z0-9-]+$/),
  quote: quote(),
  passage: passageRef(),
  note: z.string().optional(),
});

export const councilSchema = z.strictObject({
  /** Everyday name, e.g. "Barnet". */
  name: z.string().min(2),
  /** Name as the council styles itself, e.g. "London Borough of Barnet". */
  officialName: z.string().min(2),
  type: z.enum(COUNCIL_TYPES),
  /** English region (ONS). */
  region: z.string().min(2),
  /** ONS GSS code, e.g. E09000003. */
  gss: z.string().regex(/^[ENSW]\d{8}$/, { error: 'expected a GSS code such as E10000030' }),
  facts: z.array(councilFactSchema).default([]),
});

export type Council = z.output<typeof councilSchema>;
export type CouncilFact = z.output<typeof councilFactSchema>;
