import { z } from 'astro/zod';
import { figureFields, noteText, passageRef, quote, shortText, sourceId } from './common.ts';

/** The ONS regions of England and the UK's other nations: a council's region is one of these. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;

export const COUNCIL_TYPES = [
  'county',
  'london-borough',
  'metropolitan-borough',
  'unitary',
] as const;

/** A fact a source gives about the council (population, number of carers), with its quote. */
export const councilFactSchema = z.strictObject({
  ...figureFields,
  source: sourceId().meta({ description: 'Source text id the quote comes from.' }),
  quote: quote().meta({ description: 'The words of the source, verbatim, containing `stated`.' }),
  passage: passageRef().meta({
    description: 'The passage the quote is in (`L123`), when its words are in more than one place.',
  }),
  note: noteText().optional(),
});

export const councilSchema = z.strictObject({
  name: shortText(2).meta({ description: 'Everyday name, e.g. "Barnet".' }),
  officialName: shortText(2).meta({
    description: 'Name as the council styles itself, e.g. "London Borough of Barnet".',
  }),
  type: z.enum(COUNCIL_TYPES).meta({ description: 'The kind of council, as ONS classes it.' }),
  region: z.enum(REGIONS).meta({
    description:
      'The ONS region of England, or the nation, the council is in (compare pages group by it).',
  }),
  gss: z
    .string()
    .regex(/^[ENSW]\d{8}$/, { error: 'expected a GSS code such as E10000030' })
    .meta({ description: 'ONS GSS code, e.g. E09000003.' }),
  facts: z.array(councilFactSchema).default([]).meta({
    description:
      'Figures a source gives about the council (population, carers), each with its quote.',
  }),
});

export type Council = z.output<typeof councilSchema>;
export type CouncilFact = z.output<typeof councilFactSchema>;
