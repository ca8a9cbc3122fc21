import { z } from 'astro/zod';
import { period, plainText, quote, slug } from './common.ts';
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
  id: slug(),
  /** The heading exactly as the document words it; checked against the source. */
  title: quote(),
  /**
   * The words to find the heading by, verbatim, where the source puts list marks or more words
   * around the title ("- Young Carers"); they must contain the title. Defaults to the title.
   */
  sourceWords: quote().optional(),
  /** Which set of headings it belongs to, where a document has more than one (e.g. "Carers Compass"). */
  group: z.string().optional(),
  /** Shared theme ids this heading maps onto (at least one, except in a draft). */
  themes: z.array(slug()),
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
    });
  }
  if (!s.citationTitle && inCapitals(s.title)) {
    ctx.addIssue({
      code: 'custom',
      path: ['citationTitle'],
      message:
        'expected `citationTitle: { text: <the title in sentence or title case>, changed: case }`, as `title` is in capitals',
    });
  }
}

/** One editorial check of the whole entry against its source text. */
export const reviewSchema = z.strictObject({
  /** Who checked it. */
  by: z.string().min(2),
  /** When, as an ISO date. */
  date: z.iso.date(),
  /** SHA-256 of content/sources/<source>.txt as checked (`sha256sum`), so a changed source shows. */
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in lower-case hex' }),
  /** What the check changed, in plain words; empty if nothing. */
  changes: z.array(plainText()).default([]),
});

export const strategySchema = z
  .strictObject({
    /**
     * A strategy being written (`npm run new` scaffolds one): checked like any other, but it may have
     * no items yet, headings without themes and no overview, and it is not published until removed.
     */
    draft: z.literal(true).optional(),
    /** Council id (a file name in content/councils/, without .yaml). */
    council: slug(),
    /** Source text id (a file name in content/sources/, without .txt). */
    source: z.string().regex(/^[a-z0-9-]+$/),
    /** The title as published; checked against the source. */
    title: quote(),
    /**
     * The title for citations when `title` keeps the extraction's capitals: the same words in sentence or
     * title case, as the document's cover would be cited. `changed` records that only the case differs.
     */
    citationTitle: z
      .strictObject({ text: z.string().min(3), changed: z.literal('case') })
      .optional(),
    /** A short name for tables and charts, e.g. "Barnet 2009-2012". */
    shortTitle: z.string().min(3),
    documentType: z.enum(DOCUMENT_TYPES),
    status: z.enum(STATUSES),
    /** What the status means for a reader comparing this document with others, in our words. */
    statusNote: plainText(),
    period: period(),
    /** The document's date as it gives it, and the year used for ordering. */
    date: z.strictObject({
      label: z.string().min(1),
      year: z.int().min(1990).max(2040),
      iso: z.iso.date().optional(),
    }),
    /** Organisations named as partners in the document. */
    partners: z.array(z.string().min(2)).default([]),
    /** The council's own framework. */
    framework: z.strictObject({
      /** What the framework is, in our words, e.g. "Eight standards of a balanced scorecard". */
      name: z.string().min(3),
      headings: z.array(frameworkHeadingSchema),
    }),
    /** Caveats a reader needs when comparing this document with others, in our words. */
    caveats: z.array(plainText()).default([]),
    items: z.array(itemSchema),
    /** Editorial checks against the source, oldest first. */
    reviews: z.array(reviewSchema).default([]),
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
        });
      } else seen.set(item.id, i);
    });
    const headings = new Set(s.framework.headings.map((h) => h.id));
    s.items.forEach((item, i) => {
      if (item.heading !== undefined && !headings.has(item.heading)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'heading'],
          message: `expected one of this strategy's framework heading ids (${[...headings].join(', ')}), got "${item.heading}"`,
        });
      }
    });
  })
  .superRefine(checkCitationTitle);

export type Strategy = z.output<typeof strategySchema>;
export type StrategyInput = z.input<typeof strategySchema>;
export type FrameworkHeading = z.output<typeof frameworkHeadingSchema>;
export type Review = z.output<typeof reviewSchema>;
