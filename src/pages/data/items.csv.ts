import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { csvResponse } from '../../data/downloads.ts';
import { ITEM_COLUMNS, itemRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(itemRows(await getSite(), site), ITEM_COLUMNS);
