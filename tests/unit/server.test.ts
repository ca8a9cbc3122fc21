import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
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

/** A request with the path sent exactly as written (fetch would normalise it). */
const get = (path: string) =>
  new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
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
});
