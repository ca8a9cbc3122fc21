import { z } from 'astro/zod';
import { noteText, passageRef, quote, shortText, slug, sourceId } from './common.ts';

/** What a help address is: a council's own website, a local carers' website, or a national source. */
export const HELP_KINDS = ['council-website', 'local', 'national'] as const;

/** Where an address was confirmed: the words of a source document that give it. */
export const helpConfirmedSchema = z.strictObject({
  source: sourceId().meta({
    description: 'Source text id (content/sources/<id>.txt) that gives the address.',
  }),
  words: quote().meta({
    description:
      'The words of the source, verbatim, that give the address (the address among them).',
  }),
  passage: passageRef().meta({
    description: 'The passage the words are in (`L123`), when they are in more than one place.',
  }),
});

const missing = (field: string, fix: string) => ({
  code: 'custom' as const,
  path: [field],
  message: `expected \`${field}\`: a help address is shown only with where and when it was confirmed`,
  params: { fix },
});

/**
 * One address the "Get help now" block links to. No address is shown that no source supports: each
 * names the source document and words that give it (`confirmed`) and when we checked them (`confirmedOn`).
 */
export const helpLinkSchema = z
  .strictObject({
    id: slug().meta({ description: 'Stable id, e.g. "barnet-council-website".' }),
    kind: z.enum(HELP_KINDS).meta({
      description:
        "`council-website` (the council's own site), `local` (a local carers' site) or `national`.",
    }),
    council: slug()
      .optional()
      .meta({ description: 'The council id (content/councils/) for a council or local address.' }),
    name: shortText(2).meta({
      description: 'What the link says, e.g. "Barnet Council\'s website".',
    }),
    url: z
      .url({ protocol: /^https?$/, error: 'expected a web address starting https:// or http://' })
      .meta({
        description:
          'The address to link to: the one the source gives, with https:// if it gives none.',
      }),
    about: noteText().meta({
      description: 'What the reader finds there, in our words, from the source.',
    }),
    confirmed: helpConfirmedSchema.optional().meta({
      description: 'Where the address was confirmed: the source document and its words. Required.',
    }),
    confirmedOn: z.iso
      .date({ error: 'expected the date it was confirmed as YYYY-MM-DD' })
      .optional()
      .meta({
        description: 'When the address was confirmed in that source, as an ISO date. Required.',
      }),
  })
  .superRefine((h, ctx) => {
    if (!h.confirmed)
      ctx.addIssue(
        missing(
          'confirmed',
          'add `confirmed:` with the `source` id and the `words` that give this address, or remove the link',
        ),
      );
    if (!h.confirmedOn)
      ctx.addIssue(
        missing('confirmedOn', 'add `confirmedOn: "YYYY-MM-DD"`, the day you found it there'),
      );
  });

export type HelpLink = z.output<typeof helpLinkSchema>;
