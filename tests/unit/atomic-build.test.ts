import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicBuild, recoverLeftovers, workFolders } from '../../scripts/atomic-build.ts';
import { checkSite, readBuildOutput } from '../../scripts/build-check.ts';
import { treeHashes } from '../support/site-files.ts';

let root: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'csc-atomic-'));
  out = join(root, 'dist');
  mkdirSync(join(out, 'old'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the previous site');
  writeFileSync(join(out, 'old', 'index.html'), 'a previous page');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const fake = (mode: string, signal?: AbortSignal) =>
  atomicBuild({
    outDir: out,
    command: [process.execPath, 'tests/support/fake-build.ts'],
    check: checkSite,
    env: { ...process.env, FAKE_BUILD: mode },
    write: () => {},
    ...(signal ? { signal } : {}),
  });
const leftovers = () => readdirSync(root).filter((e) => e !== 'dist');
/** Running, as opposed to gone or a zombie waiting for whoever adopted it to reap it. */
const running = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
};

describe('a finished build', () => {
  it('replaces the previous site with a complete build and leaves no temporary folder', async () => {
    const result = await fake('ok');
    expect(result.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual([
      '404.html',
      'a',
      'index.html',
      'pagefind',
      'pagefind-documents',
    ]);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the previous site byte for byte when the build fails, and removes the half-written one', async () => {
    const before = treeHashes(out);
    const result = await fake('fail');
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('does not publish a build that lacks a page it must have, and says which', async () => {
    const before = treeHashes(out);
    const result = await fake('no-404');
    expect(result).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(result.ok ? [] : result.problems).toContain('the 404 page is missing (404.html)');
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});

describe('an interrupted or killed build', () => {
  it('stops the build and every process it started when interrupted, keeping the previous site', async () => {
    const before = treeHashes(out);
    const controller = new AbortController();
    let helper = 0;
    const run = atomicBuild({
      outDir: out,
      command: [process.execPath, 'tests/support/fake-build.ts'],
      check: checkSite,
      env: { ...process.env, FAKE_BUILD: 'hang' },
      signal: controller.signal,
      write: (chunk) => {
        helper ||= Number(/helper (\d+)/.exec(chunk)?.[1] ?? 0);
        if (chunk.includes('[search-index]')) controller.abort();
      },
    });
    const result = await run;
    expect(result).toMatchObject({ ok: false, reason: 'interrupted' });
    expect(helper).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    const left = running(helper);
    if (left) process.kill(helper); // so a failing run leaves nothing behind
    expect(left, 'the helper process was stopped with the build').toBe(false);
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('writes no site at all when the very first build fails', async () => {
    rmSync(out, { recursive: true });
    expect((await fake('fail')).ok).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('puts back a site set aside by a build killed mid-swap, and removes dead builds’ folders', () => {
    const dead = 2 ** 22 + 1; // above Linux's largest pid_max, so no live process has this id
    const { building, aside } = workFolders(out, dead);
    const before = treeHashes(out);
    renameSync(out, aside); // killed between "previous site aside" and "new site in"
    mkdirSync(building);
    writeFileSync(join(building, 'index.html'), 'half a site');
    recoverLeftovers(out);
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});

describe('the completeness check', () => {
  it('reads the routes and the page count from astro’s output, colours and all', () => {
    const output =
      '12:00 \u001b[2m  ├─\u001b[22m /a/index.html (+2ms)\n12:00   └─ /b.csv (+1.5ms)\n[build] 7 page(s) built in 3s';
    expect(readBuildOutput(output)).toEqual({ routes: ['/a/index.html', '/b.csv'], pages: 7 });
  });

  it('finds an endpoint astro lists with a trailing slash, and names a route that was not written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-check-'));
    try {
      writeFileSync(join(dir, 'a.ris'), '');
      const listed = (path: string) => `  ├─ ${path} (+1ms)\n[build] 0 page(s) built in 1s`;
      expect(checkSite(dir, listed('/a.ris/')).filter((p) => p.includes('routes'))).toEqual([]);
      expect(checkSite(dir, listed('/b.ris/'))).toContain(
        '1 of 1 routes were not written, e.g. /b.ris/',
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reports a page count that does not match the HTML files on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csc-check-'));
    try {
      writeFileSync(join(dir, 'index.html'), '');
      expect(checkSite(dir, '[build] 2 page(s) built in 1s')).toContain(
        'astro built 2 pages but 1 HTML files are on disk',
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
