/**
 * Citations for items, strategies and charts. One `Citation` record is written out three ways: as the
 * text a reader copies (author-date, in our words), as CSL-JSON typed by a Zod schema, and through
 * citation-js as RIS and BibTeX, so no format is escaped by hand and all four say the same thing.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { z } from 'astro/zod';
import type { ItemView, StrategyView } from './model.ts';
import { DOCUMENT_TYPE_LABELS } from './model.ts';
import { itemTitle } from './names.ts';
import { accessedWords, longDate } from './citation-shared.ts';
import { url } from './paths.ts';
import { SITE_NAME } from './site-meta.ts';

/** What one citation says, before it is written in any format. */
export type Citation = {
  /** Citation key for BibTeX and CSL: letters, digits and underscores. */
  key: string;
  /** Who wrote the cited work: the council's official name, or this site for a chart. */
  author: string;
  /** The work's title as published (sentence or title case, never the extraction's capitals). */
  title: string;
  year: number;
  /** ISO date of the work, where the document gives a day. */
  iso?: string | undefined;
  /** What kind of document, and its status: "Action plan, first draft". */
  genre: string;
  publisher: string;
  /** What within the work is cited: an item's human title. */
  cited?: string | undefined;
  /** The permalink, as a root-relative path (base path included). */
  path: string;
  /** The council's own passage (or the document) in the source reader, as a path. */
  passagePath?: string | undefined;
  /** The site's address (SITE_URL), when the build knows it: links are then written absolute. */
  site?: URL | undefined;
  /** Whether the work is recorded by this site (council documents) or made by it (charts). */
  recorded: boolean;
};

export { CITE_ATTR, accessedWords, longDate } from './citation-shared.ts';

const year = z.int().min(1990).max(2100);
const cslDate = z.strictObject({
  'date-parts': z.tuple([z.tuple([year]).rest(z.int().min(1).max(31))]),
});

/** The CSL-JSON the downloads carry: the subset of CSL 1.0.2 these citations use. */
export const cslItemSchema = z.strictObject({
  id: z.string().regex(/^\w+$/),
  'citation-key': z.string().regex(/^\w+$/),
  type: z.enum(['report', 'figure']),
  author: z.array(z.strictObject({ literal: z.string().min(2) })).length(1),
  title: z.string().min(3),
  issued: cslDate,
  accessed: cslDate,
  genre: z.string().min(3),
  publisher: z.string().min(2),
  URL: z.string().min(1),
  note: z.string().min(1),
});
export type CslItem = z.output<typeof cslItemSchema>;

/** A citation key from ids: "surrey-2008", "1.2" → "surrey_2008_1_2". */
export const citationKey = (...ids: string[]) => ids.join('_').replace(/\W+/g, '_');

/** The document's title for citing: the recorded case-corrected title, or the title as extracted. */
export const documentTitle = (s: Pick<StrategyView, 'title' | 'citationTitle'>) =>
  s.citationTitle?.text ?? s.title;

/** "Action plan, first draft"; a status that only repeats the document type is not said twice. */
export function documentGenre(s: Pick<StrategyView, 'documentType' | 'status'>): string {
  const type = DOCUMENT_TYPE_LABELS[s.documentType];
  const status: Partial<Record<StrategyView['status'], string>> = {
    'first-draft': 'first draft',
    'draft-for-consultation': 'draft for consultation',
  };
  return status[s.status] ? `${type}, ${status[s.status]}` : type;
}

/** The download formats, each file holding the citations of one page (a section's items, a strategy, a chart). */
export const CITE_FORMATS = [
  { ext: 'ris', label: 'RIS' },
  { ext: 'bib', label: 'BibTeX' },
  { ext: 'json', label: 'CSL-JSON' },
] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number]['ext'];

/** Where each page's citation files live, before the extension. */
export const citeFile = {
  strategy: (strategy: string) => url.page(`cite/strategies/${strategy}`),
  part: (strategy: string, part: string) => url.page(`cite/strategies/${strategy}/${part}`),
  chart: (chart: string) => url.page(`cite/charts/${chart}`),
};

type Links = { path: string; passagePath: string; site: URL | undefined };

export function strategyCitation(
  s: StrategyView,
  site: URL | undefined,
  links: Links = { path: url.strategy(s.id), passagePath: url.source(s.source), site },
): Citation {
  if (!s.councilOfficialName)
    throw new Error(`${s.id}: no official name for council "${s.council}"`);
  return {
    key: citationKey(s.id),
    author: s.councilOfficialName,
    title: documentTitle(s),
    year: s.date.year,
    iso: s.date.iso,
    genre: documentGenre(s),
    publisher: s.councilOfficialName,
    path: links.path,
    passagePath: links.passagePath,
    site: links.site,
    recorded: true,
  };
}

export function itemCitation(s: StrategyView, item: ItemView, site: URL | undefined): Citation {
  const links = { path: url.item(item), passagePath: item.sourceHref, site };
  return {
    ...strategyCitation(s, site, links),
    key: citationKey(s.id, 'item', item.id),
    cited: itemTitle(item),
  };
}

export function chartCitation(
  chart: { id: string; title: string },
  year: number,
  site: URL | undefined,
): Citation {
  return {
    key: citationKey('chart', chart.id),
    author: SITE_NAME,
    title: chart.title,
    year,
    genre: 'Chart, drawn from the councils’ carers strategies',
    publisher: SITE_NAME,
    path: url.page(`data/${chart.id}/`),
    site,
    recorded: false,
  };
}

/** A citation as runs of text, so a page can mark the title and links while the copy says the same. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'url'; href: string; text: string }
  | { kind: 'accessed' };

/** A path written as the citation gives it: absolute on the site's address when known. */
const written = (c: Citation, path: string) => (c.site ? new URL(path, c.site).href : path);

export function citationParts(c: Citation): Part[] {
  const t = (text: string): Part => ({ kind: 'text', text });
  const link = (path: string): Part => ({ kind: 'url', href: path, text: written(c, path) });
  const day = c.iso ? `, ${longDate(c.iso)}` : '';
  return [
    t(`${c.author} (${c.year}) `),
    { kind: 'title', text: c.title },
    t(`. ${c.genre}${day}. `),
    t(
      c.cited
        ? `Cited: “${c.cited}”, as recorded by ${SITE_NAME}. `
        : c.recorded
          ? `As recorded by ${SITE_NAME}. `
          : '',
    ),
    t('Available at: '),
    link(c.path),
    { kind: 'accessed' },
    ...(c.passagePath ? [t(`. ${passageLabel(c)}: `), link(c.passagePath)] : []),
    t('.'),
  ];
}

const passageLabel = (c: Citation) =>
  c.cited ? 'The council’s passage' : 'The council’s document';

/** The citation as plain text; `accessed` is an ISO date (the reader's today when copied). */
export function citationText(c: Citation, accessed: string): string {
  return citationParts(c)
    .map((p) => (p.kind === 'accessed' ? accessedWords(accessed) : p.text))
    .join('');
}

const dateParts = (iso: string) => iso.split('-').map(Number);

export function toCsl(c: Citation, accessed: string): CslItem {
  const note = [
    c.cited ? `Cited: “${c.cited}”.` : '',
    c.recorded ? `As recorded by ${SITE_NAME}.` : '',
    c.passagePath ? `${passageLabel(c)}: ${written(c, c.passagePath)}` : '',
  ].filter(Boolean);
  return cslItemSchema.parse({
    id: c.key,
    'citation-key': c.key,
    type: c.recorded ? 'report' : 'figure',
    author: [{ literal: c.author }],
    title: c.title,
    issued: { 'date-parts': [c.iso ? dateParts(c.iso) : [c.year]] },
    accessed: { 'date-parts': [dateParts(accessed)] },
    genre: c.genre,
    publisher: c.publisher,
    URL: written(c, c.path),
    note: note.join(' ') || c.genre,
  });
}

/** CSL-JSON, as reference managers (Zotero, Mendeley) import it. */
export const formatCslJson = (items: CslItem[]) => `${JSON.stringify(items, null, 2)}\n`;

/**
 * RIS through citation-js. Its text output folds lines at 70 characters, which its own reader (and
 * others) join with a space, splitting words; so the tag lines are written from its object output.
 */
export function formatRis(items: CslItem[]): string {
  const entries = new Cite(items).format('ris', { format: 'object' });
  return entries
    .map((entry) => {
      const { TY, ...tags } = entry;
      const lines = Object.entries(tags).flatMap(([tag, v]) =>
        [v].flat().map((value) => `${tag}  - ${value.replace(/\s+/g, ' ')}`),
      );
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** BibTeX through citation-js, which escapes every special character. */
export const formatBibtex = (items: CslItem[]) => new Cite(items).format('bibtex');

export function formatCitations(items: CslItem[], format: CiteFormat): string {
  if (format === 'ris') return formatRis(items);
  if (format === 'bib') return formatBibtex(items);
  return formatCslJson(items);
}
