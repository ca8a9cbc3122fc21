/**
 * Registers the collections. Shapes live in src/schemas/; checks across entries in src/lib/corpus.ts.
 * CONTENT_DIR points the build at another content folder (the benchmark's synthetic corpus, test fixtures).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceTexts } from './loaders/sources.ts';
import { councilSchema } from './schemas/council.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { nationalSchema } from './schemas/national.ts';
import { sourceSchema } from './schemas/source.ts';
import { strategySchema } from './schemas/strategy.ts';
import { themeSchema } from './schemas/theme.ts';

const root = process.env['CONTENT_DIR'] ?? './content';

export const collections = {
  /** One typed entry per strategy document: read by every page, chart, download and search record. */
  strategies: defineCollection({
    loader: glob({ base: `${root}/strategies`, pattern: '*.yaml' }),
    schema: strategySchema,
  }),
  /** The editorial overview of each strategy (MDX body only), rendered on strategy pages. */
  overviews: defineCollection({
    loader: glob({ base: `${root}/strategies`, pattern: '*.mdx' }),
    schema: z.strictObject({}),
  }),
  /** Councils: council pages, summary lists, filters. */
  councils: defineCollection({
    loader: glob({ base: `${root}/councils`, pattern: '*.yaml' }),
    schema: councilSchema,
  }),
  /** The shared themes: theme pages, compare, coverage charts, search synonyms. */
  themes: defineCollection({ loader: file(`${root}/themes.yaml`), schema: themeSchema }),
  /** The national framework: outcomes chart, theme pages, about page. */
  national: defineCollection({ loader: file(`${root}/national.yaml`), schema: nationalSchema }),
  /** Glossary page, first-use term markup, search synonyms. */
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossarySchema }),
  /** Source documents: the source reader and quote checking. */
  sources: defineCollection({ loader: sourceTexts(`${root}/sources`), schema: sourceSchema }),
};
