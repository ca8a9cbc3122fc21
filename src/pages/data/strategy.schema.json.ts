// The JSON Schema of one strategy entry, generated from the Zod schema the build validates with.
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { jsonResponse } from '../../data/downloads.ts';
import { strategySchema } from '../../schemas/strategy.ts';

export const GET: APIRoute = () =>
  jsonResponse(z.toJSONSchema(strategySchema, { io: 'input', unrepresentable: 'any' }));
