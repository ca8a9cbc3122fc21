import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { themeFilterCss } from '../../lib/compare.ts';

/** The compare pages' theme filter, one rule per theme: it works by CSS alone, so without JavaScript too. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(themeFilterCss(site.themes.map((t) => t.id)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
