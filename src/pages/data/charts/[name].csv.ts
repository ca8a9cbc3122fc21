/** Each chart's data as CSV, linked under the chart as "Download this chart's data (CSV)". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { chartFiles, type Chart } from '../../../lib/charts/catalog.ts';

export const getStaticPaths = (async () =>
  chartFiles(await getSite()).map((chart) => ({
    params: { name: chart.file },
    props: { chart },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { chart: Chart }).chart.csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
