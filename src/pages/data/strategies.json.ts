import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { jsonArrayStreamResponse } from '../../data/downloads.ts';
import { strategyJson } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonArrayStreamResponse((await getSite()).strategies, (s) => strategyJson(s, site));
