/** What the data package and README need from the build: the model's ids, the date, the site's address. */
import { BUILD_DATE } from './citations.ts';
import { getSite } from './site.ts';
import type { PackageInput } from '../lib/data-package.ts';
import { url } from '../lib/paths.ts';

export async function packageInput(site: URL | undefined): Promise<PackageInput> {
  const model = await getSite();
  return {
    strategies: model.strategies,
    themes: model.themes,
    created: BUILD_DATE,
    homepage: site ? new URL(url.home(), site).href : undefined,
  };
}
