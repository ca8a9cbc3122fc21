// Build-time only: the search integration turns these into the Pagefind indexes, then deletes them.
// One file per strategy and bundle, numbered in the site's order: a single file of every record was
// the build's largest allocation (a string, then a buffer, of 300 MB at 500 strategies).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { recordsFile, SEARCH_BUNDLES, strategySearchRecords } from '../../../lib/search-records.ts';
import type { StrategyView } from '../../../lib/model.ts';
import type { SearchBundle } from '../../../lib/search-query.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return (Object.keys(SEARCH_BUNDLES) as SearchBundle[]).flatMap((bundle) =>
    site.strategies.map((s, i) => ({
      params: { bundle, n: recordsFile(i) },
      props: { strategy: s, bundle },
    })),
  );
}) satisfies GetStaticPaths;

type Props = { strategy: StrategyView; bundle: SearchBundle };

export const GET: APIRoute<Props> = async ({ props }) => {
  const site = await getSite();
  return new Response(JSON.stringify(strategySearchRecords(site, props.strategy, props.bundle)));
};
