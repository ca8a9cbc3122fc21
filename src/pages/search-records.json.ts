// Build-time only: the search integration turns this into the Pagefind index, then deletes it.
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { searchRecords } from '../lib/search-records.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchRecords(await getSite())));
