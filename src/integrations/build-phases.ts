/**
 * Marks the build's phases for `npm run bench` (src/lib/phases.ts; silent unless CSC_PHASES is set):
 * content synced (Astro loads every collection before build:start), pages generated, and the end of
 * build:done. Listed last, so its build:done runs after the search indexes are written.
 */
import type { AstroIntegration } from 'astro';
import { phase } from '../lib/phases.ts';

export function buildPhases(): AstroIntegration {
  return {
    name: 'build-phases',
    hooks: {
      'astro:config:setup': () => phase('config'),
      'astro:build:start': () => phase('content synced'),
      'astro:build:generated': () => phase('pages generated'),
      'astro:build:done': () => phase('done'),
    },
  };
}
