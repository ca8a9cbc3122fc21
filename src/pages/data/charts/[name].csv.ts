/** Each chart's data as CSV, linked under the chart as "Download this chart's data (CSV)". */
import type { APIRoute } from 'astro';
import { chartFilePaths, type ChartFileProps } from '../../../data/chart-files.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as ChartFileProps).chart.csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
