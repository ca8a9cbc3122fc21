import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxHeaders, parseHeaders, replaceBetween } from '../../src/lib/headers.ts';
import { expected, NGINX_FILE } from '../../scripts/nginx-headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const all = new Map(rules.find((r) => r.pattern === '/*')?.headers ?? []);

describe('the site’s headers', () => {
  it('give a policy with nothing the site does not need: no blob: workers, no data: images', () => {
    const csp = all.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/worker-src 'self'(;|$)/);
    expect(csp).toMatch(/img-src 'self'(;|$)/);
    expect(csp).not.toMatch(/blob:|data:|'unsafe-/);
  });

  it('name only current permissions, and keep the site’s files to the site', () => {
    expect(all.get('Permissions-Policy')).not.toMatch(/interest-cohort/);
    expect(all.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });
});

describe('the nginx copy of the headers', () => {
  it('is what npm run nginx-headers writes, in docs/ and in the README', () => {
    const { conf, readme } = expected();
    expect(readFileSync(NGINX_FILE, 'utf8')).toBe(conf);
    expect(readFileSync('README.md', 'utf8')).toBe(readme);
  });

  it('carries every header of _headers, quoted, with always so error pages get them too', () => {
    const conf = nginxHeaders(rules);
    for (const [name, value] of all)
      expect(conf).toContain(`add_header ${name} "${value}" always;`);
    expect(conf).toContain('error_page 404 /404.html;');
  });

  it('repeats the site-wide headers in a location block, as nginx drops inherited ones there', () => {
    const conf = nginxHeaders(
      parseHeaders('/*\n  X-A: 1\n  X-B: 2\n/_astro/*\n  Cache-Control: immutable\n  X-B: 3\n'),
    );
    expect(conf).toContain(
      [
        'location ^~ /_astro/ {',
        '  add_header X-A "1" always;',
        '  add_header Cache-Control "immutable" always;',
        '  add_header X-B "3" always;',
        '}',
      ].join('\n'),
    );
  });

  it('refuses to update a README whose markers are gone', () => {
    expect(() => replaceBetween('no markers here', '<a>', '<b>', 'x')).toThrow(/markers not found/);
  });
});
