// The Frictionless Data Package describing every download in /data/.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/downloads.ts';
import { packageInput } from '../../data/package.ts';
import { dataPackage } from '../../lib/data-package.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(dataPackage(await packageInput(site)));
