// The search script's word list (src/lib/search-vocabulary.ts): stop words, everyday words, themes.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../data/site.ts';
import { url } from '../../lib/paths.ts';
import { buildVocabulary } from '../../lib/search-vocabulary.ts';

export const GET: APIRoute = async () => {
  const words = (await getCollection('searchWords')).map((e) => e.data);
  const site = await getSite();
  return new Response(JSON.stringify(buildVocabulary(words, site.themes, (id) => url.theme(id))));
};
