// One strategy's items, as items.csv has them: what its page shows, to download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { csvResponse } from '../../../data/downloads.ts';
import { ITEM_COLUMNS, itemRows } from '../../../lib/downloads.ts';
import type { StrategyView } from '../../../lib/model.ts';

export const getStaticPaths = (async () =>
  (await getSite()).strategies.map((strategy) => ({
    params: { id: strategy.id },
    props: { strategy },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { strategy } = props as { strategy: StrategyView };
  const model = await getSite();
  return csvResponse(
    itemRows({ strategies: [strategy], themes: model.themes }, site),
    ITEM_COLUMNS,
  );
};
