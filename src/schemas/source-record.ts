import { z } from 'astro/zod';

const sha256 = () =>
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 checksum: 64 lower-case hex digits' });
// Astro's YAML reader turns an unquoted 2026-12-01 into a Date, the check's keeps the text: accept both.
const isoDate = () =>
  z.union([
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' }),
    z.date().transform((d) => d.toISOString().slice(0, 10)),
  ]);

/** The formats `npm run import` reads. */
export const SOURCE_FORMATS = ['pdf', 'docx', 'html', 'txt'] as const;

/**
 * Where a source text came from: `content/sources/<id>.yaml`, beside `<id>.txt`. One small file per
 * source, so adding a council adds files and never edits a shared list. A record says what is known
 * and, where the original's address or checksum is not known, says why instead of leaving a gap.
 */
export const sourceRecordSchema = z
  .strictObject({
    /** The document's title as it gives it. */
    title: z.string().min(3),
    /** Who published it (the council, or the council with its partners). */
    publisher: z.string().min(3),
    /** The document's date as it states it, e.g. "12 June 2008" or "2009". */
    date: z.string().min(4),
    /** What the document is and how it is laid out, in a line of our words. */
    about: z.string().min(10).optional(),
    /** The original document. */
    original: z.strictObject({
      /** Its address on the publisher's site, if known. Never guessed. */
      url: z.url({ protocol: /^https?$/ }).optional(),
      format: z.enum(SOURCE_FORMATS).optional(),
      /** Number of pages of a PDF or Word original. */
      pages: z.int().min(1).optional(),
      /** SHA-256 of the original file as downloaded, so a reader can check they have the same file. */
      sha256: sha256().optional(),
      /** When the original was downloaded. */
      retrieved: isoDate().optional(),
      /** Why the address, format, pages or checksum are not recorded. */
      unavailable: z.string().min(10).optional(),
    }),
    /** What we know of the terms the document may be copied and quoted under. */
    licence: z.string().min(10),
    /** How `<id>.txt` was made from the original. */
    made: z.strictObject({
      by: z.enum(['import', 'hand', 'unrecorded']),
      /** The command that made it (`npm run import -- …`), or who typed it and how. */
      how: z.string().min(5),
      date: isoDate().optional(),
    }),
    /** SHA-256 of `<id>.txt` as checked in: a changed word in the site's copy fails the tests. */
    text: z.strictObject({ sha256: sha256() }),
  })
  .superRefine((r, ctx) => {
    const o = r.original;
    const missing = (['url', 'format', 'sha256'] as const).filter((k) => o[k] === undefined);
    const verb = missing.length > 1 ? 'are' : 'is';
    if (missing.length > 0 && o.unavailable === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['original', 'unavailable'],
        message: `expected original.unavailable to say why ${missing.join(', ')} ${verb} not recorded`,
      });
    if (o.format === 'pdf' && o.sha256 && o.pages === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['original', 'pages'],
        message: 'expected the number of pages of the original',
      });
    if (o.sha256 && o.retrieved === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['original', 'retrieved'],
        message: 'expected the date the original was downloaded (retrieved: YYYY-MM-DD)',
      });
  });

export type SourceRecord = z.output<typeof sourceRecordSchema>;
