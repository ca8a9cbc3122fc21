/**
 * The real build, interrupted at each phase (Ctrl-C or SIGTERM, as a terminal or a CI runner sends
 * them) and broken by bad content: every time, the previous site is byte for byte as it was and no
 * temporary folder is left. Phases are recognised from astro's own output lines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeHashes } from '../support/site-files.ts';

const root = mkdtempSync(join(tmpdir(), 'csc-interrupt-'));
const out = join(root, 'dist');
let before: Record<string, string>;

beforeAll(() => {
  const r = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: out },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`first build failed:\n${r.stderr.slice(-2000)}`);
  before = treeHashes(out);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs the build and sends it a signal on the first output line matching `at`. Colour codes are
 * stripped before matching: CI runners often force colour, which puts escapes inside astro's lines.
 */
function interrupt(at: RegExp, signal: NodeJS.Signals) {
  const child = spawn('node', ['scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: out, FORCE_COLOR: '1' },
  });
  let output = '';
  let sent = false;
  const onData = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString('utf8'));
    if (!sent && at.test(output)) {
      sent = true;
      child.kill(signal);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise<{ code: number | null; sent: boolean; output: string }>((done) =>
    child.on('close', (code) => done({ code, sent, output })),
  );
}

const leftovers = () => readdirSync(root).filter((e) => /building|previous/.test(e));

describe('an interrupted build', () => {
  it.each([
    ['bundling', /Building static entrypoints/, 'SIGTERM', 143],
    // the twentieth page written: a good part of the site is on disk, the home page maybe not
    ['writing pages', /(├─ \/.*\n[^]*){20}/, 'SIGINT', 130],
    // the first index is written, the second is being built
    ['indexing', /\[search-index\] Indexed \d+ items/, 'SIGINT', 130],
  ] as const)(
    'during %s (%s) leaves the previous site byte-identical',
    async (_, at, signal, code) => {
      const r = await interrupt(at, signal);
      expect(r.sent, `the build never reached the phase:\n${r.output.slice(-1500)}`).toBe(true);
      expect(r.code, r.output.slice(-1500)).toBe(code);
      expect(r.output).toContain(
        `Build interrupted by ${signal}: the previous site in ${out}/ is unchanged.`,
      );
      expect(treeHashes(out)).toEqual(before);
      expect(leftovers()).toEqual([]);
    },
  );
});

describe('a failing build', () => {
  it('leaves the previous site byte-identical and says so', () => {
    const content = join(root, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'strategies', 'surrey-2008.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^shortTitle: .*$/m, ''));
    const r = spawnSync('node', ['scripts/build.ts'], {
      env: { ...process.env, OUT_DIR: out, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Build failed: the previous site in ${out}/ is unchanged.`);
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});
