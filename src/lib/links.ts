/**
 * Absolute or relative links for downloads and citations. Pages always link root-relative; files read
 * away from the site (CSV, citations, the data package) use SITE_URL when the build knows it.
 */

/** How a download's links are written: absolute with SITE_URL, otherwise paths on the site's address. */
export type LinkForm = 'absolute' | 'relative';

export const linkForm = (site: URL | undefined): LinkForm => (site ? 'absolute' : 'relative');

/** A root-relative path (base path included) made absolute on the site's address, or left as it is. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
