// `npm run nginx-headers`: writes public/_headers as nginx configuration, to docs/nginx-headers.conf
// and into the README's nginx example. `--check` writes nothing and fails if either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxHeaders, parseHeaders, replaceBetween } from '../src/lib/headers.ts';

export const NGINX_FILE = 'docs/nginx-headers.conf';
export const README_MARKERS = [
  '<!-- nginx-headers: start -->\n```nginx',
  '```\n<!-- nginx-headers: end -->',
] as const;

export function expected(): { conf: string; readme: string } {
  const conf = nginxHeaders(parseHeaders(readFileSync('public/_headers', 'utf8')));
  const readme = replaceBetween(readFileSync('README.md', 'utf8'), ...README_MARKERS, conf);
  return { conf, readme };
}

if (import.meta.main) {
  const { conf, readme } = expected();
  const stale = [
    [NGINX_FILE, conf],
    ['README.md', readme],
  ].filter(([path = '', text]) => {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file is out of date
    }
    return current !== text;
  });
  if (process.argv.includes('--check')) {
    for (const [path] of stale)
      console.error(`${path} is out of date with public/_headers: run npm run nginx-headers`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [path = '', text = ''] of stale) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
