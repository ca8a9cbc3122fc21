import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../support/server.ts';
import { chromiumPath } from '../support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    dist: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
  chromiumPath(); // fail early, with install advice, if there is no browser
  const { server, origin } = await serve(dist);
  project.provide('origin', origin);
  project.provide('dist', dist);
  return () => new Promise<void>((done) => server.close(() => done()));
}
