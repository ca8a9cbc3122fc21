/**
 * Registers the collections with Astro. What each holds, where its files live and its schema are in
 * the registry (src/lib/content/registry.ts); every collection loads through the one content reader,
 * so the build and `npm run check:content` read and check content identically.
 */
import { defineCollection } from 'astro:content';
import { COLLECTIONS, contentDir } from './lib/content/registry.ts';
import { contentLoader } from './loaders/content.ts';

const dir = contentDir();
const {
  strategies,
  overviews,
  councils,
  themes,
  national,
  glossary,
  help,
  searchWords,
  sources,
  sourceRecords,
} = COLLECTIONS;

// Written out one by one, so each collection keeps its own schema's type in getCollection().
export const collections = {
  // Ids and digests only, as for the sources: the model reads each strategy through the reader.
  strategies: defineCollection({
    loader: contentLoader('strategies', dir),
    schema: strategies.stored,
  }),
  overviews: defineCollection({
    loader: contentLoader('overviews', dir),
    schema: overviews.schema,
  }),
  councils: defineCollection({ loader: contentLoader('councils', dir), schema: councils.schema }),
  themes: defineCollection({ loader: contentLoader('themes', dir), schema: themes.schema }),
  national: defineCollection({ loader: contentLoader('national', dir), schema: national.schema }),
  glossary: defineCollection({ loader: contentLoader('glossary', dir), schema: glossary.schema }),
  searchWords: defineCollection({
    loader: contentLoader('searchWords', dir),
    schema: searchWords.schema,
  }),
  help: defineCollection({ loader: contentLoader('help', dir), schema: help.schema }),
  // Ids and digests only: the model reads the texts themselves through the content reader.
  sources: defineCollection({ loader: contentLoader('sources', dir), schema: sources.stored }),
  sourceRecords: defineCollection({
    loader: contentLoader('sourceRecords', dir),
    schema: sourceRecords.schema,
  }),
};
