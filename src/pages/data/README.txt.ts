// README.txt for the downloads: the files, their columns, how to read and cite them.
import type { APIRoute } from 'astro';
import { packageInput } from '../../data/package.ts';
import { dataReadme } from '../../lib/data-package.ts';
import { BOM } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  // A byte-order mark, so a browser or editor reads the curly quotes as UTF-8 whatever the server says.
  new Response(`${BOM}${dataReadme(await packageInput(site))}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
