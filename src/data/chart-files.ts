/** The chart file routes' paths: one per chart file, shared by the CSV and SVG routes. */
import type { GetStaticPaths } from 'astro';
import { getSite } from './site.ts';
import { chartFiles, type Chart } from '../lib/charts/catalog.ts';

export const chartFilePaths = (async () =>
  chartFiles(await getSite()).map((chart) => ({
    params: { name: chart.file },
    props: { chart },
  }))) satisfies GetStaticPaths;

export type ChartFileProps = { chart: Chart };
