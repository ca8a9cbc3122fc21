import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, serve } from '../support/server.ts';

// A built site in parent/dist, and beside it a folder whose name starts the same: parent/dist1-secret.
const parent = mkdtempSync(join(tmpdir(), 'csc-server-'));
const root = join(parent, 'dist');
mkdirSync(join(root, 'themes'), { recursive: true });
mkdirSync(join(parent, 'dist1-secret'));
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'themes', 'index.html'), 'themes');
writeFileSync(join(root, '404.html'), 'not found page');
writeFileSync(join(root, 'data.json'), JSON.stringify({ words: 'respite '.repeat(100) }));
writeFileSync(join(root, 'wasm.en.pagefind'), 'already compressed');
writeFileSync(join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n');
writeFileSync(join(parent, 'dist1-secret', 'x.txt'), 'secret');

let server: Server;
let port: number;
beforeAll(async () => {
  const started = await serve(root);
  server = started.server;
  port = Number(new URL(started.origin).port);
});
afterAll(() => {
  server.close();
  rmSync(parent, { recursive: true, force: true });
});

type Got = { status: number; body: string; bytes: Buffer; headers: Record<string, unknown> };
/** A request with the path sent exactly as written (fetch would normalise it). */
const get = (path: string, to = port, headers: Record<string, string> = {}) =>
  new Promise<Got>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: to, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, body: bytes.toString(), bytes, headers: res.headers });
      });
    });
    req.on('error', fail);
    req.end();
  });

describe('the test server', () => {
  it('serves pages and directory indexes with the headers from _headers', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: 'home' });
    const themes = await get('/themes/');
    expect(themes).toMatchObject({ status: 200, body: 'themes' });
    expect(themes.headers['x-frame-options']).toBe('DENY');
  });

  it('answers an address that does not exist with the 404 page and status 404', async () => {
    expect(await get('/no-such-page/')).toMatchObject({ status: 404, body: 'not found page' });
  });

  it.each(['/..%2Fdist1-secret%2Fx.txt', '/themes/..%2F..%2Fdist1-secret%2Fx.txt'])(
    'refuses %s, which leads to a sibling folder whose name starts like the root',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(403);
      expect(r.body).not.toContain('secret');
    },
  );

  it('resolves dot segments the URL way, inside the root', async () => {
    // /%2E%2E/ is "..", which URL parsing removes at the root: the file looked for is /dist1-secret/x.txt.
    expect(await get('/%2E%2E/dist1-secret/x.txt')).toMatchObject({
      status: 404,
      body: 'not found page',
    });
  });

  it.each(['/%E0%A4%A', '/%', '/a%00b'])(
    'answers the undecodable or unsafe path %s with 400, and keeps serving',
    async (path) => {
      expect((await get(path)).status).toBe(400);
      expect((await get('/')).status).toBe(200);
    },
  );
});

describe('resolving a request path', () => {
  it('maps a path inside the root to its file', () => {
    expect(resolveRequest(root, '/themes/?q=1')).toEqual({
      file: join(root, 'themes'),
      path: '/themes/',
    });
  });

  it('refuses the root’s own parent and a sibling with the same prefix', () => {
    expect(resolveRequest(root, '/..%2F')).toEqual({ status: 403 });
    expect(resolveRequest(root, '/..%2Fdist1-secret')).toEqual({ status: 403 });
  });

  it('gzips text when asked to compress, as a host does, and leaves Pagefind files as they are', async () => {
    const { server: zipping, origin } = await serve(root, 0, { compress: true });
    const to = Number(new URL(origin).port);
    const accepts = { 'Accept-Encoding': 'gzip, deflate, br' };
    try {
      const json = await get('/data.json', to, accepts);
      expect(json.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(json.bytes).toString())).toEqual({
        words: 'respite '.repeat(100),
      });
      expect(json.bytes.length).toBeLessThan(100);
      const page = await get('/themes/', to, accepts);
      expect(gunzipSync(page.bytes).toString()).toBe('themes');
      expect(page.headers['x-frame-options']).toBe('DENY');
      const wasm = await get('/wasm.en.pagefind', to, accepts);
      expect(wasm.headers['content-encoding']).toBeUndefined();
      expect(wasm.body).toBe('already compressed');
      // A browser that does not say it accepts gzip gets the file as it is.
      expect((await get('/data.json', to)).headers['content-encoding']).toBeUndefined();
    } finally {
      zipping.close();
    }
  });

  it('sends every file as it is unless asked to compress', async () => {
    const r = await get('/data.json', port, { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
  });
});
