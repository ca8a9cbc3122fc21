/**
 * Kinds of bad content, each read and checked exactly as the build does (src/lib/content/check.ts):
 * every kind gives exactly one problem naming the file, the line and column (or the field), what was
 * expected and how to fix it. The same table is in CONTRIBUTING.md ("What the check catches").
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { CASES } from '../fixtures/bad-content-cases.ts';
import { writeContentDir } from '../fixtures/content-dir.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(dirname(d), { recursive: true, force: true })));

describe('bad content', () => {
  it('has at least 40 kinds, each listed in CONTRIBUTING.md', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const guide = readFileSync('CONTRIBUTING.md', 'utf8').replace(/ +/g, ' ');
    expect(CASES.map((c) => c.kind).filter((k) => !guide.includes(`| ${k} |`))).toEqual([]);
  });

  it('starts from a valid folder', () => {
    const dir = writeContentDir();
    dirs.push(dir);
    expect(checkContent(dir).problems.map(formatProblem)).toEqual([]);
  });

  it.each(CASES)(
    '$kind: one problem with the file, the place, what was expected and the fix',
    (c) => {
      const dir = writeContentDir(c.change);
      dirs.push(dir);
      const messages = checkContent(dir).problems.map(formatProblem);
      expect(messages, messages.join('\n')).toHaveLength(1);
      const [first = '', ...rest] = (messages[0] ?? '').split('\n');
      const place = c.noLine ? ': ' : String.raw`:\d+:\d+: `;
      const file = `content/${c.file}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(first).toMatch(new RegExp(`${file}${place}`));
      const rest1 = first.slice(first.indexOf(`content/${c.file}`) + `content/${c.file}`.length);
      expect(rest1.replace(/^(:\d+:\d+)?: (\(file\): )?/, '')).toMatch(c.says);
      expect(rest.find((l) => l.trim().startsWith('Fix: ')) ?? '').toMatch(c.fix);
    },
  );
});
