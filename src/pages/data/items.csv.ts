import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { csvStreamResponse } from '../../data/downloads.ts';
import { ITEM_COLUMNS, itemRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getSite();
  return csvStreamResponse(
    model.strategies,
    (s) => itemRows({ strategies: [s], themes: model.themes }, site),
    ITEM_COLUMNS,
  );
};
