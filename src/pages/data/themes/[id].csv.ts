// Every strategy's items on one theme, as items.csv has them: what the theme's pages show, to download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { csvStreamResponse } from '../../../data/downloads.ts';
import { ITEM_COLUMNS, itemRows } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () =>
  (await getSite()).themes.map((theme) => ({ params: { id: theme.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const theme = params['id'] ?? '';
  const model = await getSite();
  return csvStreamResponse(
    model.strategies,
    (s) =>
      itemRows({ strategies: [s], themes: model.themes }, site, (i) => i.themes.includes(theme)),
    ITEM_COLUMNS,
  );
};
