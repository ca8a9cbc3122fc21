/** The pages that draw charts: every page under /data/<chart>/ and the home page, which embeds one. */
import { htmlPages } from './site-files.ts';
import { CHARTS } from '../../src/lib/charts/pages.ts';

export function chartPages(dist: string): string[] {
  const ids = CHARTS.map((c) => c.id).join('|');
  return htmlPages(dist).filter((p) => p === '/' || new RegExp(`^/data/(${ids})/`).test(p));
}
