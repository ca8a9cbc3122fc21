// The Table Schema items.csv and each strategy's and theme's CSV share, referenced by datapackage.json.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/downloads.ts';
import { tableSchema } from '../../lib/data-package.ts';
import { itemRowSchema } from '../../lib/downloads.ts';

export const GET: APIRoute = () => jsonResponse(tableSchema(itemRowSchema));
