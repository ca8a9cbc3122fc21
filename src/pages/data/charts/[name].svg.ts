/** Each chart as a standalone SVG file with its title, finding and source, linked under the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { chartFile, chartFiles, type Chart } from '../../../lib/charts/catalog.ts';

export const getStaticPaths = (async () =>
  chartFiles(await getSite()).map((chart) => ({
    params: { name: chart.file },
    props: { chart },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartFile((props as { chart: Chart }).chart), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
