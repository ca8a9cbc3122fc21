import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { jsonResponse } from '../../data/downloads.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return jsonResponse({ themes: site.themes, nationalFramework: site.national });
};
