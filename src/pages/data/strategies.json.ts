import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { jsonResponse } from '../../data/downloads.ts';
import { strategiesJson } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(strategiesJson(await getSite(), site));
