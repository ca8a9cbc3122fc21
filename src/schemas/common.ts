import { z } from 'astro/zod';

/**
 * Length limits for every text field, in characters: generous (several times the longest real value),
 * so they never get in the way of real content but stop a pasted document from building huge pages.
 * Documented in CONTRIBUTING.md.
 */
export const LIMITS = {
  /** Ids: file names, item ids, theme ids. */
  id: 80,
  /** Names, titles, labels, units, measures, figures as stated. */
  short: 300,
  /** A summary: one or two sentences. */
  summary: 600,
  /** Notes, caveats, descriptions, definitions, comparison paragraphs. */
  paragraph: 2000,
  /** A quotation: part of one passage, or a few passages. */
  quote: 3000,
} as const;

const limit = (max: number) => ({ error: `expected at most ${max} characters` });

/** Short text: a name, title, label or unit (at least `min` characters, at most LIMITS.short). */
export const shortText = (min = 1) => z.string().min(min).max(LIMITS.short, limit(LIMITS.short));

/** Longer text in our words: a note or caveat (at most LIMITS.paragraph). */
export const noteText = () => z.string().max(LIMITS.paragraph, limit(LIMITS.paragraph));

/** A readable id used in URLs and citations: letters, digits, and single dots or hyphens between them. */
export const slug = () =>
  z
    .string()
    .max(LIMITS.id, limit(LIMITS.id))
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
      error:
        'expected a lower-case id of letters, digits, dots and hyphens, e.g. "1.2" or "std-4-action"',
    });

/** Words copied exactly from the source document; the build finds them there. */
export const quote = () =>
  z
    .string()
    .trim()
    .min(3, { error: 'expected a verbatim quote from the source document' })
    .max(LIMITS.quote, limit(LIMITS.quote));

/** Our own words, in plain English, for someone new to the subject. */
export const plainText = (min = 10, max: number = LIMITS.paragraph) =>
  z
    .string()
    .trim()
    .min(min, { error: `expected at least ${min} characters of plain English in our own words` })
    .max(max, limit(max));

const year = () => z.int().min(1990).max(2040);

/** A span of years. Either end may be unknown, but when both are given the end is not before the start. */
export const period = () =>
  z
    .object({
      start: year().optional().meta({ description: 'First year covered, e.g. 2009.' }),
      end: year().optional().meta({ description: 'Last year covered, e.g. 2012.' }),
      label: shortText().meta({
        description:
          'The period as the document states it, e.g. "2009-2012" or "as at 1 March 2006".',
      }),
      note: noteText()
        .optional()
        .meta({ description: 'What is unclear about the period, in our words.' }),
    })
    .refine((p) => p.start === undefined || p.end === undefined || p.end >= p.start, {
      error: 'expected the end year to be the same as or after the start year',
      path: ['end'],
      params: { fix: 'swap `start` and `end`, or correct the one that is wrong' },
    });

/**
 * A number the source states. `stated` is how the document writes it ("over 5500", "£1.4 billion")
 * and must appear in the quote; `value` is that number as a plain figure, never rounded.
 */
export const figureFields = {
  stated: shortText().meta({
    description: 'The number exactly as the source writes it; checked against the quote.',
  }),
  value: z.number().meta({
    description: 'The number itself (for "£1.4 billion", 1400000000). For a range, the lower end.',
  }),
  valueTo: z
    .number()
    .optional()
    .meta({ description: 'For a range ("between 113,800 to 126,000"), the upper end.' }),

  qualifier: z
    .enum(['over', 'nearly', 'at least', 'up to', 'about', 'less than', 'almost'])
    .optional()
    .meta({
      description:
        'Words such as "over", "nearly", "at least", "up to" that the source puts before the number.',
    }),
  measure: shortText(3).meta({
    description:
      'What the number counts or measures, in our words, e.g. "carers given a break service".',
  }),
  unit: z
    .string()
    .min(1)
    .meta({ description: 'Unit: people, carers, GBP, percent, or another plain word.' }),
  kind: z
    .enum(['population', 'reach', 'money', 'performance', 'other'])
    .meta({ description: 'What sort of figure it is; charts group by this.' }),
  period: noteText().optional().meta({
    description:
      'The period the figure covers as the source states it, e.g. "2007/8". Omit if the source gives none.',
  }),
  year: year().optional().meta({
    description:
      'The year the figure belongs to (the first year of its period), for ordering and charts.',
  }),
  valueNote: noteText().optional().meta({
    description:
      'Why `value` is not simply the number `stated` gives, in our words; without it the two must agree.',
  }),
};

/** A source text id: a file name in content/sources/, without .txt. */
export const sourceId = () =>
  z
    .string()
    .max(LIMITS.id, limit(LIMITS.id))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'expected a source id: a file name in content/sources/ without .txt',
    });

/** The passage a quotation is in (`L123`, the line it starts on): needed only when it is short or repeated. */
export const passageRef = () =>
  z
    .string()
    .regex(/^L[1-9]\d*$/, { error: 'expected a passage anchor such as "L123"' })
    .optional();
