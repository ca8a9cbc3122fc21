import { z } from 'astro/zod';
import { noteText, period, plainText, quote, shortText, slug, sourceId } from './common.ts';
import { itemSchema } from './item.ts';

export const DOCUMENT_TYPES = [
  'strategy',
  'action-plan',
  'strategy-update',
  'progress-review',
] as const;
export const STATUSES = [
  'first-draft',
  'draft-for-consultation',
  'update',
  'progress-review',
  'final',
] as const;

/** One heading of the council's own framework (a standard, theme, priority or direction). */
export const frameworkHeadingSchema = z.strictObject({
  id: slug().meta({
    description: 'Stable id, unique within the strategy; items name it as `heading`.',
  }),
  title: quote().meta({
    description: 'The heading exactly as the document words it; checked against the source.',
  }),
  sourceWords: quote()
    .optional()
    .meta({
      description:
        'The words to find the heading by, verbatim, where the source puts list marks or ' +
        'more words around the title ("- Young Carers"); they must contain the title. ' +
        'Defaults to the title.',
    }),
  group: noteText().optional().meta({
    description:
      'Which set of headings it belongs to, where a document has more than one (e.g. "Carers Compass").',
  }),
  themes: z.array(slug()).meta({
    description: 'Shared theme ids this heading maps onto (at least one, except in a draft).',
  }),
});

/** A title mostly in capital letters, as PDF extraction gives a cover's title. */
export const inCapitals = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return (
    letters.length >= 8 && letters.filter((l) => /\p{Lu}/u.test(l)).length > letters.length / 2
  );
};

/** A citation never prints a title in capitals, and a case-corrected title keeps the title's words. */
function checkCitationTitle(
  s: { title: string; citationTitle?: { text: string } | undefined },
  ctx: z.RefinementCtx,
) {
  if (s.citationTitle && s.citationTitle.text.toLowerCase() !== s.title.toLowerCase()) {
    ctx.addIssue({
      code: 'custom',
      path: ['citationTitle', 'text'],
      message: `expected the same words as \`title\` with only the letter case changed ("${s.title}")`,
      params: { fix: 'copy `title` and change only capital and small letters' },
    });
  }
  if (!s.citationTitle && inCapitals(s.title)) {
    ctx.addIssue({
      code: 'custom',
      path: ['citationTitle'],
      message:
        'expected `citationTitle: { text: <the title in sentence or title case>, changed: ' +
        'case }`, as `title` is in capitals',
      params: { fix: 'add `citationTitle` with the title in sentence or title case' },
    });
  }
}

/** One editorial check of the whole entry against its source text. */
export const reviewSchema = z.strictObject({
  by: shortText(2).meta({ description: 'Who checked it.' }),
  date: z.iso.date().meta({ description: 'When, as an ISO date.' }),
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in lower-case hex' })
    .meta({
      description:
        'SHA-256 of content/sources/<source>.txt as checked (`sha256sum`), so a changed source shows.',
    }),
  changes: z
    .array(plainText())
    .default([])
    .meta({ description: 'What the check changed, in plain words; empty if nothing.' }),
});

export const strategySchema = z
  .strictObject({
    draft: z
      .literal(true)
      .optional()
      .meta({
        description:
          'A strategy being written (`npm run new` scaffolds one): checked like any other, but it may ' +
          'have no items yet, headings without themes and no overview, and it is not published.',
      }),
    council: slug().meta({
      description: 'Council id (a file name in content/councils/, without .yaml).',
    }),
    source: sourceId().meta({
      description: 'Source text id (a file name in content/sources/, without .txt).',
    }),
    title: quote().meta({ description: 'The title as published; checked against the source.' }),
    citationTitle: z
      .strictObject({ text: shortText(3), changed: z.literal('case') })
      .optional()
      .meta({
        description:
          "The title for citations when `title` keeps the extraction's capitals: the same " +
          "words in sentence or title case, as the document's cover would be cited. " +
          '`changed` records that only the case differs.',
      }),
    shortTitle: shortText(3).meta({
      description: 'A short name for tables and charts, e.g. "Barnet 2009-2012".',
    }),
    documentType: z.enum(DOCUMENT_TYPES).meta({ description: 'What kind of document it is.' }),
    status: z.enum(STATUSES).meta({ description: 'How final the document is, as it says itself.' }),
    statusNote: plainText().meta({
      description:
        'What the status means for a reader comparing this document with others, in our words.',
    }),
    period: period().meta({ description: 'The years the document covers.' }),
    date: z
      .strictObject({
        label: shortText(1).meta({
          description: 'The date as the document gives it, e.g. "June 2008".',
        }),
        year: z.int().min(1990).max(2040).meta({ description: 'The year, for ordering.' }),
        iso: z.iso
          .date()
          .optional()
          .meta({ description: 'The exact date (YYYY-MM-DD), where given.' }),
      })
      .meta({ description: "The document's date as it gives it, and the year used for ordering." }),
    partners: z
      .array(shortText(2))
      .default([])
      .meta({ description: 'Organisations named as partners in the document.' }),
    framework: z
      .strictObject({
        name: shortText(3).meta({
          description:
            'What the framework is, in our words, e.g. "Eight standards of a balanced scorecard".',
        }),
        headings: z
          .array(frameworkHeadingSchema)
          .meta({ description: 'The headings, in the document’s order.' }),
      })
      .meta({ description: "The council's own framework." }),
    caveats: z.array(plainText()).default([]).meta({
      description: 'Caveats a reader needs when comparing this document with others, in our words.',
    }),
    items: z.array(itemSchema).meta({
      description:
        'Every commitment, achievement, figure, target, good practice, feedback, gap and outcome.',
    }),
    reviews: z
      .array(reviewSchema)
      .default([])
      .meta({ description: 'Editorial checks against the source, oldest first.' }),
  })
  .superRefine((s, ctx) => {
    if (!s.draft) {
      const need = (ok: boolean, path: (string | number)[], message: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path, message });
      };
      need(
        s.items.length > 0,
        ['items'],
        'expected at least one item (or `draft: true` while you write them)',
      );
      need(
        s.framework.headings.length > 0,
        ['framework', 'headings'],
        'expected at least one heading',
      );
      s.framework.headings.forEach((h, i) =>
        need(
          h.themes.length > 0,
          ['framework', 'headings', i, 'themes'],
          'expected at least one theme id',
        ),
      );
    }
    const seen = new Map<string, number>();
    s.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `expected a unique item id, but "${item.id}" is also used by items[${first}]`,
          params: {
            fix: 'give one of the two items another id (the source’s numbering, with a suffix)',
          },
        });
      } else seen.set(item.id, i);
    });
    const headings = new Set(s.framework.headings.map((h) => h.id));
    const listed = [...headings].join(', ');
    s.items.forEach((item, i) => {
      if (item.heading !== undefined && !headings.has(item.heading)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'heading'],
          message: `expected one of this strategy's framework heading ids (${listed}), got "${item.heading}"`,
          params: {
            fix: 'use one of the heading ids listed, or add the heading to `framework.headings`',
          },
        });
      }
    });
  })
  .superRefine(checkCitationTitle);

export type Strategy = z.output<typeof strategySchema>;
export type StrategyInput = z.input<typeof strategySchema>;
export type FrameworkHeading = z.output<typeof frameworkHeadingSchema>;
export type Review = z.output<typeof reviewSchema>;
