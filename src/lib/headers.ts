/**
 * The site's HTTP headers are written once, in public/_headers (the format Netlify and Cloudflare
 * Pages read). This reads that file and writes the same headers as nginx configuration, so the
 * nginx example in the README and docs/nginx-headers.conf cannot drift from it.
 */
export type HeaderRule = { pattern: string; headers: [string, string][] };

/** Parses a `_headers` file: path patterns, each followed by indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const addHeader = ([name, value]: [string, string], indent = '') =>
  `${indent}add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`;

/**
 * nginx lines for a server block serving dist/. The `/*` rule becomes server-wide add_header lines;
 * any other rule becomes a location block, which repeats the server-wide headers because nginx
 * drops inherited add_header lines in a location that has its own.
 */
export function nginxHeaders(rules: HeaderRule[]): string {
  const global = rules.find((r) => r.pattern === '/*')?.headers ?? [];
  const lines = [
    '# Generated from public/_headers by `npm run nginx-headers`: change that file, then run it.',
    ...global.map((h) => addHeader(h)),
  ];
  for (const rule of rules.filter((r) => r.pattern !== '/*')) {
    const location = rule.pattern.endsWith('*')
      ? `location ^~ ${rule.pattern.slice(0, -1)}`
      : `location = ${rule.pattern}`;
    const own = new Set(rule.headers.map(([name]) => name.toLowerCase()));
    const merged = [...global.filter(([name]) => !own.has(name.toLowerCase())), ...rule.headers];
    lines.push(`${location} {`, ...merged.map((h) => addHeader(h, '  ')), '}');
  }
  lines.push('error_page 404 /404.html;');
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between two marker lines (kept) with `body`; fails loudly if a marker is missing. */
export function replaceBetween(text: string, start: string, end: string, body: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers not found: ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${body}${text.slice(to)}`;
}
