import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { csvResponse } from '../../data/downloads.ts';
import { FIGURE_COLUMNS, figureRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(figureRows(await getSite(), site), FIGURE_COLUMNS);
