import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { jsonResponse } from '../../data/downloads.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  // The passage id is published; the link to it is the site's own, not part of the entry.
  const nationalFramework = site.national.map(({ sourceHref, ...n }) => n);
  return jsonResponse({ themes: site.themes, nationalFramework });
};
