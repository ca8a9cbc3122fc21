/**
 * A static file server for the built site, as a static host would serve it: directory indexes,
 * the 404 page, and the headers from dist/_headers (so the browser tests see the real CSP).
 * With `compress`, text is gzipped for a browser that accepts it, as hosts send it; Pagefind's own
 * files are left as they are (already compressed), as a host leaves binary files.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeaders } from '../../src/lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The types a static host compresses: text, never files that are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/**
 * The file a request path names inside root, or why not: 400 for a path that cannot be decoded,
 * 403 for one that leads outside root (`/..%2F` included: the check is against root plus a separator,
 * so a sibling folder whose name starts with root's, such as dist1-secret, is outside too).
 */
export function resolveRequest(
  root: string,
  url: string,
): { file: string; path: string } | { status: 400 | 403 } {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  if (file !== base && !file.startsWith(base + sep)) return { status: 403 };
  return { file, path };
}

export function serve(
  root: string,
  port = 0,
  { compress = false } = {},
): Promise<{ server: Server; origin: string }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const found = resolveRequest(root, req.url ?? '/');
    if ('status' in found) {
      res.writeHead(found.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
      return;
    }
    let { file } = found;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
    }
    for (const rule of rules)
      if (matches(rule.pattern, found.path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    const gzip =
      compress && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (compress) res.setHeader('Vary', 'Accept-Encoding');
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.writeHead(status);
    const body = createReadStream(file).on('error', () => res.destroy());
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}
