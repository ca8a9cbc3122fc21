/**
 * The collection registry: every collection, where its files live under `content/` and the schema
 * it is checked against. The Astro build (src/content.config.ts) and `npm run check:content` both
 * read content through this list, so they can never disagree about what exists.
 */
import { z } from 'astro/zod';
import { councilSchema } from '../../schemas/council.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { helpLinkSchema } from '../../schemas/help.ts';
import { nationalSchema } from '../../schemas/national.ts';
import { searchWordsSchema } from '../../schemas/search-words.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { sourceRecordSchema } from '../../schemas/source-record.ts';
import { strategySchema } from '../../schemas/strategy.ts';
import { themeSchema } from '../../schemas/theme.ts';

/**
 * `files`: one entry per file in `dir` ending `ext`, its id the file name.
 * `list`: one YAML file holding a list of entries, each with an `id` field.
 */
export type Layout =
  | { kind: 'files'; dir: string; ext: '.yaml' | '.md' | '.txt'; format: 'yaml' | 'markdown' | 'source' }
  | { kind: 'list'; file: string };

const yamlFiles = (dir: string): Layout => ({ kind: 'files', dir, ext: '.yaml', format: 'yaml' });
const list = (file: string): Layout => ({ kind: 'list', file });

/** An overview's data is empty: its Markdown body is rendered, and checked in src/lib/content/overview.ts. */
export const overviewSchema = z.strictObject({});

/** What Astro's store keeps of a collection read by reference: its ids and digests, no data. */
export const referenceSchema = z.strictObject({});

export const COLLECTIONS = {
  /**
   * One typed entry per strategy document: read by every page, chart, download and search record.
   * Stored by reference, like the sources (`readEntry`): they were nearly all of what was left.
   */
  strategies: { layout: yamlFiles('strategies'), schema: strategySchema, stored: referenceSchema },
  /** The editorial overview of each strategy (Markdown, no HTML), rendered on strategy pages. */
  overviews: {
    layout: { kind: 'files', dir: 'strategies', ext: '.md', format: 'markdown' },
    schema: overviewSchema,
  },
  /** Councils: council pages, summary lists, filters. */
  councils: { layout: yamlFiles('councils'), schema: councilSchema },
  /** The shared themes: theme pages, compare, coverage charts, search synonyms. */
  themes: { layout: list('themes.yaml'), schema: themeSchema },
  /** The national framework: outcomes chart, theme pages, about page. */
  national: { layout: list('national.yaml'), schema: nationalSchema },
  /** Glossary page, first-use term markup, search synonyms. */
  glossary: { layout: list('glossary.yaml'), schema: glossarySchema },
  /** Stop words and everyday words for search (src/lib/search-vocabulary.ts, /search/vocabulary.json). */
  searchWords: { layout: list('search-words.yaml'), schema: searchWordsSchema },
  /** Addresses for "Get help now", each with where and when it was confirmed (src/schemas/help.ts). */
  help: { layout: list('help.yaml'), schema: helpLinkSchema },
  /**
   * Source documents (plain text, UTF-8): the source reader and quote checking. Astro's store keeps
   * only their ids and digests (`stored`) and the site model reads each text through the reader
   * (`readEntry`): the build bundles the whole store as one module, and the texts were 40% of it.
   */
  sources: {
    layout: { kind: 'files', dir: 'sources', ext: '.txt', format: 'source' },
    schema: sourceSchema,
    stored: referenceSchema,
  },
  /** Where each source text came from (`sources/<id>.yaml` beside `<id>.txt`): links to the original. */
  sourceRecords: { layout: yamlFiles('sources'), schema: sourceRecordSchema },
} satisfies Record<string, { layout: Layout; schema: z.ZodType; stored?: z.ZodType }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type CollectionData<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

export { contentDir } from './dir.ts';
