import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { csvResponse } from '../../data/downloads.ts';
import { TARGET_COLUMNS, targetRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(targetRows(await getSite(), site), TARGET_COLUMNS);
