/** Each chart as a standalone SVG file with its title, finding and source, linked under the chart. */
import type { APIRoute } from 'astro';
import { chartFilePaths, type ChartFileProps } from '../../../data/chart-files.ts';
import { chartFile } from '../../../lib/charts/catalog.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartFile((props as ChartFileProps).chart), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
