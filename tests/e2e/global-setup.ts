import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../support/server.ts';
import { chromiumPath } from '../support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    dist: string;
    /** Where this run's synthetic sites are built, once each (tests/support/synthetic-site.ts). */
    sites: string;
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
  const sites = mkdtempSync(join(tmpdir(), 'csc-sites-'));
  project.provide('sites', sites);
  return () =>
    new Promise<void>((done) =>
      server.close(() => {
        rmSync(sites, { recursive: true, force: true });
        done();
      }),
    );
}
