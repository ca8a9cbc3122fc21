import { z } from 'astro/zod';

/** A readable id used in URLs and citations: letters, digits, and single dots or hyphens between them. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
    error:
      'expected a lower-case id of letters, digits, dots and hyphens, e.g. "1.2" or "std-4-action"',
  });

/** Words copied exactly from the source document; the build finds them there. */
export const quote = () =>
  z.string().trim().min(3, { error: 'expected a verbatim quote from the source document' });

/** Our own words, in plain English, for someone new to the subject. */
export const plainText = (min = 10) =>
  z
    .string()
    .trim()
    .min(min, { error: `expected at least ${min} characters of plain English in our own words` });

const year = () => z.int().min(1990).max(2040);

/** A span of years. Either end may be unknown, but when both are given the end is not before the start. */
export const period = () =>
  z
    .object({
      /** First year covered, e.g. 2009. */
      start: year().optional(),
      /** Last year covered, e.g. 2012. */
      end: year().optional(),
      /** The period as the document states it, e.g. "2009-2012" or "as at 1 March 2006". */
      label: z.string().min(1),
      /** What is unclear about the period, in our words. */
      note: z.string().optional(),
    })
    .refine((p) => p.start === undefined || p.end === undefined || p.end >= p.start, {
      error: 'expected the end year to be the same as or after the start year',
      path: ['end'],
    });

/**
 * A number the source states. `stated` is how the document writes it ("over 5500", "£1.4 billion")
 * and must appear in the quote; `value` is that number as a plain figure, never rounded.
 */
export const figureFields = {
  /** The number exactly as the source writes it; checked against the quote. */
  stated: z.string().min(1),
  /** The number itself (for "£1.4 billion", 1400000000). For a range, the lower end. */
  value: z.number(),
  /** For a range ("between 113,800 to 126,000"), the upper end. */
  valueTo: z.number().optional(),
  /** Words such as "over", "nearly", "at least", "up to" that the source puts before the number. */
  qualifier: z
    .enum(['over', 'nearly', 'at least', 'up to', 'about', 'less than', 'almost'])
    .optional(),
  /** What the number counts or measures, in our words, e.g. "carers given a break service". */
  measure: z.string().min(3),
  /** Unit: people, carers, GBP, percent, or another plain word. */
  unit: z.string().min(1),
  /** What sort of figure it is; charts group by this. */
  kind: z.enum(['population', 'reach', 'money', 'performance', 'other']),
  /** The period the figure covers as the source states it, e.g. "2007/8". Omit if the source gives none. */
  period: z.string().optional(),
  /** The year the figure belongs to (the first year of its period), for ordering and charts. */
  year: year().optional(),
  /** Why `value` is not simply the number `stated` gives, in our words; without it the two must agree. */
  valueNote: z.string().optional(),
};

/** The passage a quotation is in (`L123`, the line it starts on): needed only when it is short or repeated. */
export const passageRef = () =>
  z
    .string()
    .regex(/^L[1-9]\d*$/, { error: 'expected a passage anchor such as "L123"' })
    .optional();
