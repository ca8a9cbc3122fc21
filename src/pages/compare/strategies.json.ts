import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { jsonResponse } from '../../data/downloads.ts';
import { chooserIndex, compareOrder } from '../../lib/compare.ts';
import { url } from '../../lib/paths.ts';

/** Every strategy with its label, region and compare page: the compare chooser lists them all from this one file. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return jsonResponse(chooserIndex(compareOrder(site.strategies, site.councils), url.compare), 0);
};
