import { z } from 'astro/zod';

/** One quotable unit of a source document, anchored by the line it starts on. */
export const passageSchema = z.strictObject({
  id: z
    .string()
    .regex(/^L\d+$/)
    .meta({ description: 'Anchor id, `L` + 1-based line number in the source file.' }),
  line: z.int().min(1),
  kind: z.enum(['heading', 'paragraph', 'list-item', 'row']),
  text: z.string().meta({ description: 'Plain text used for quote matching and search.' }),
  page: z.int().min(1).optional().meta({
    description:
      'The page of the original document it starts on, where the text has page markers (`[page 12]`).',
  }),
});

const rowSchema = z.strictObject({
  id: z.string(),
  line: z.int(),
  cells: z.array(z.array(z.string())),
});

export const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    id: z.string(),
    line: z.int(),
    level: z.union([z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  z.strictObject({ kind: z.literal('paragraph'), id: z.string(), line: z.int(), text: z.string() }),
  z.strictObject({
    kind: z.literal('list'),
    items: z.array(z.strictObject({ id: z.string(), line: z.int(), text: z.string() })),
  }),
  /** A table; its first row is read as column headings and is a passage too. */
  z.strictObject({ kind: z.literal('table'), header: rowSchema, rows: z.array(rowSchema) }),
]);

/** A source document as the site reads it: blocks to render, passages to quote. */
export const sourceSchema = z.strictObject({
  blocks: z.array(blockSchema),
  passages: z.array(passageSchema),
});

export type Passage = z.output<typeof passageSchema>;
export type Block = z.output<typeof blockSchema>;
export type ParsedSource = z.output<typeof sourceSchema>;
