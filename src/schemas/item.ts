import { z } from 'astro/zod';
import { figureFields, passageRef, plainText, quote, slug } from './common.ts';

/** Fields every item has, whatever its type. */
const itemBase = {
  /** Stable id, unique within the strategy; prefer the source's own numbering ("1.2"). */
  id: slug(),
  /** Id of the framework heading this item sits under (see `framework.headings`). */
  heading: slug().optional(),
  /** Ids of the shared themes this item is about (see content/themes.yaml). At least one. */
  themes: z.array(slug()).min(1, { error: 'expected at least one theme id' }),
  /** One or two sentences in plain English, in our own words. */
  summary: plainText(),
  /** The source's words, verbatim. Use " [...] " to leave words out within one passage. */
  quote: quote(),
  /** The passage the quote is in, when the words alone could be in more than one place (`L123`). */
  passage: passageRef(),
  /** Anything a reader should be warned of: ambiguity, a definition that differs, a figure's basis. */
  note: z.string().optional(),
};

export const commitmentSchema = z.strictObject({
  ...itemBase,
  type: z.literal('commitment'),
  /** Who leads, as the source names them (must appear in the same passage as the quote). */
  lead: z.string().optional(),
  /** By when, as the source states it (must appear in the same passage as the quote). */
  timescale: z.string().optional(),
  /** How success will be measured, as the source states it for this item (same passage as the quote). */
  measure: z.string().optional(),
  /**
   * Where the source names the lead once for a whole row, delivery area or table ("As above"): the id
   * of the item in this strategy that records that lead. Recorded only where the source says so.
   */
  leadFrom: slug().optional(),
  /** Likewise for a timescale stated once for several lines: the id of the item that records it. */
  timescaleFrom: slug().optional(),
});

export const achievementSchema = z.strictObject({
  ...itemBase,
  type: z.literal('achievement'),
});

export const figureSchema = z.strictObject({
  ...itemBase,
  type: z.literal('figure'),
  ...figureFields,
});

export const targetSchema = z.strictObject({
  ...itemBase,
  type: z.literal('target'),
  /** What is measured, in our words. */
  measure: z.string().min(3),
  unit: z.string().min(1),
  /** One value per period, in the source's order. Each `stated` must appear in the quote. */
  values: z
    .array(
      z.strictObject({
        period: z.string().min(1),
        year: z.int().min(1990).max(2040),
        stated: z.string().min(1),
        value: z.number(),
        valueNote: z.string().optional(),
      }),
    )
    .min(1, { error: 'expected at least one target value' }),
  /** Ids of the commitments (or framework headings) this target measures, where the source links them. */
  measures: z.array(slug()).optional(),
});

export const goodPracticeSchema = z.strictObject({
  ...itemBase,
  type: z.literal('good-practice'),
  /** The initiative's name, as the source gives it where it gives one. */
  name: z.string().min(3),
  /** External recognition the source reports (an award, Beacon status), verbatim. */
  recognition: quote().optional(),
  /** Ids of figure items in this strategy that evidence this practice. */
  evidence: z.array(slug()).optional(),
});

/**
 * How the council said it would know it had succeeded: an intended outcome or evidence of outcome,
 * linked to what it measures.
 */
export const outcomeSchema = z.strictObject({
  ...itemBase,
  type: z.literal('outcome'),
  /** Ids of the commitments (or framework headings) in this strategy that this outcome measures. */
  measures: z
    .array(slug())
    .min(1, { error: 'expected the id of at least one item or heading it measures' }),
  /** How the source says it will be measured ("measured via surveys"), verbatim from the quote's passage. */
  measuredBy: z.string().optional(),
});

export const feedbackSchema = z.strictObject({
  ...itemBase,
  type: z.literal('feedback'),
});

export const gapSchema = z.strictObject({
  ...itemBase,
  type: z.literal('gap'),
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
