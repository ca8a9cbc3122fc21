import { z } from 'astro/zod';
import {
  figureFields,
  LIMITS,
  noteText,
  passageRef,
  plainText,
  quote,
  shortText,
  slug,
} from './common.ts';

/** Fields every item has, whatever its type. */
const itemBase = {
  id: slug().meta({
    description:
      'Stable id, unique within the strategy; prefer the source\'s own numbering ("1.2").',
  }),
  heading: slug().optional().meta({
    description: 'Id of the framework heading this item sits under (see `framework.headings`).',
  }),
  themes: z.array(slug()).min(1, { error: 'expected at least one theme id' }).meta({
    description:
      'Ids of the shared themes this item is about (see content/themes.yaml). At least one.',
  }),
  summary: plainText(10, LIMITS.summary).meta({
    description: 'One or two sentences in plain English, in our own words.',
  }),
  quote: quote().meta({
    description:
      'The source\'s words, verbatim. Use " [...] " to leave words out within one passage.',
  }),
  passage: passageRef().meta({
    description:
      'The passage the quote is in, when the words alone could be in more than one place (`L123`).',
  }),
  note: noteText().optional().meta({
    description:
      "Anything a reader should be warned of: ambiguity, a definition that differs, a figure's basis.",
  }),
};

export const commitmentSchema = z.strictObject({
  ...itemBase,
  type: z.literal('commitment').meta({ description: 'Something the council says it will do.' }),
  lead: noteText().optional().meta({
    description:
      'Who leads, as the source names them (must appear in the same passage as the quote).',
  }),
  timescale: noteText().optional().meta({
    description: 'By when, as the source states it (must appear in the same passage as the quote).',
  }),
  measure: noteText().optional().meta({
    description:
      'How success will be measured, as the source states it for this item (same passage as the quote).',
  }),
  leadFrom: slug()
    .optional()
    .meta({
      description:
        'Where the source names the lead once for a whole row, delivery area or table ' +
        '("As above"): the id of the item in this strategy that records that lead. ' +
        'Recorded only where the source says so.',
    }),
  timescaleFrom: slug().optional().meta({
    description:
      'Likewise for a timescale stated once for several lines: the id of the item that records it.',
  }),
});

export const achievementSchema = z.strictObject({
  ...itemBase,
  type: z.literal('achievement').meta({ description: 'Something the document reports as done.' }),
});

export const figureSchema = z.strictObject({
  ...itemBase,
  type: z.literal('figure').meta({ description: 'A number the source states.' }),
  ...figureFields,
});

export const targetSchema = z.strictObject({
  ...itemBase,
  type: z
    .literal('target')
    .meta({ description: 'A measure with a value to reach in one or more years.' }),
  measure: shortText(3).meta({ description: 'What is measured, in our words.' }),
  unit: shortText(1).meta({ description: 'Unit: percent, carers, or another plain word.' }),
  values: z
    .array(
      z.strictObject({
        period: shortText(1).meta({
          description: 'The period as the source states it, e.g. "2011/12".',
        }),
        year: z.int().min(1990).max(2040).meta({ description: 'The first year of the period.' }),
        stated: shortText(1).meta({ description: 'The value exactly as the source writes it.' }),
        value: z.number().meta({ description: 'The value as a plain number, never rounded.' }),
        valueNote: noteText().optional().meta({
          description: 'Why `value` is not simply the number `stated` gives, in our words.',
        }),
      }),
    )
    .min(1, { error: 'expected at least one target value' })
    .meta({
      description:
        "One value per period, in the source's order. Each `stated` must appear in the quote.",
    }),
  measures: z.array(slug()).optional().meta({
    description:
      'Ids of the commitments (or framework headings) this target measures, where the source links them.',
  }),
});

export const goodPracticeSchema = z.strictObject({
  ...itemBase,
  type: z
    .literal('good-practice')
    .meta({ description: 'An initiative the document presents as working well.' }),
  name: shortText(3).meta({
    description: "The initiative's name, as the source gives it where it gives one.",
  }),
  recognition: quote().optional().meta({
    description: 'External recognition the source reports (an award, Beacon status), verbatim.',
  }),
  evidence: z
    .array(slug())
    .optional()
    .meta({ description: 'Ids of figure items in this strategy that evidence this practice.' }),
});

/**
 * How the council said it would know it had succeeded: an intended outcome or evidence of outcome,
 * linked to what it measures.
 */
export const outcomeSchema = z.strictObject({
  ...itemBase,
  type: z
    .literal('outcome')
    .meta({ description: 'How the council said it would know it had succeeded.' }),
  measures: z
    .array(slug())
    .min(1, { error: 'expected the id of at least one item or heading it measures' })
    .optional()
    .meta({
      description:
        'Ids of the commitments (or framework headings) in this strategy that this outcome measures. ' +
        'Give exactly one of `measures` and `appliesTo`.',
    }),
  appliesTo: z
    .literal('strategy')
    .optional()
    .meta({
      description:
        'Instead of `measures`: "strategy" where the source states the outcome for the strategy as a ' +
        'whole and links it to no priority or action. Never a guess at a link.',
    }),
  measuredBy: noteText().optional().meta({
    description:
      'How the source says it will be measured ("measured via surveys"), verbatim from the quote\'s passage.',
  }),
});

export const feedbackSchema = z.strictObject({
  ...itemBase,
  type: z.literal('feedback').meta({ description: 'What carers told the council.' }),
});

export const gapSchema = z.strictObject({
  ...itemBase,
  type: z
    .literal('gap')
    .meta({ description: 'Something the document says is missing or not working.' }),
});

export const itemSchema = z.discriminatedUnion('type', [
  commitmentSchema,
  achievementSchema,
  figureSchema,
  targetSchema,
  goodPracticeSchema,
  feedbackSchema,
  gapSchema,
  outcomeSchema,
]);

export type Item = z.output<typeof itemSchema>;
export type ItemType = Item['type'];
export type FigureItem = z.output<typeof figureSchema>;
export type TargetItem = z.output<typeof targetSchema>;
export type GoodPracticeItem = z.output<typeof goodPracticeSchema>;
export type OutcomeItem = z.output<typeof outcomeSchema>;
export type CommitmentItem = z.output<typeof commitmentSchema>;

export const ITEM_TYPES = itemSchema.options.map((o) => o.shape.type.value);
