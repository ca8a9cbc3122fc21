import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links.ts';
import { url } from '../lib/paths.ts';

// The sitemap is built only when SITE_URL says where the site lives, and robots.txt names it only then.
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${absoluteUrl(url.page('sitemap-index.xml'), site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
