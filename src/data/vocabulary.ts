/** The search vocabulary, built once per build from content, for pages that show its words. */
import { getCollection } from 'astro:content';
import { buildVocabulary, type Vocabulary } from '../lib/search-vocabulary.ts';
import { url } from '../lib/paths.ts';
import { getSite } from './site.ts';

let vocabulary: Promise<Vocabulary> | undefined;

export function getVocabulary(): Promise<Vocabulary> {
  vocabulary ??= (async () => {
    const [site, words] = await Promise.all([getSite(), getCollection('searchWords')]);
    return buildVocabulary(
      words.map((e) => e.data),
      site.themes,
      (id) => url.theme(id),
    );
  })();
  return vocabulary;
}
