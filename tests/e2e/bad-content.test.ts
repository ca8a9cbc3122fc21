/**
 * Bad content fails `npm run build` with one message naming the file, the field and what was
 * expected, and no site is written. Each case copies the real content, breaks one thing, builds.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildWith(
  breakIt: (file: string, text: string) => string | Buffer,
  file = 'strategies/surrey-2008.yaml',
  prepare?: (content: string) => void,
) {
  const root = mkdtempSync(join(tmpdir(), 'csc-bad-'));
  dirs.push(root);
  const content = join(root, 'content');
  const out = join(root, 'dist');
  cpSync('content', content, { recursive: true });
  const path = join(content, file);
  writeFileSync(path, breakIt(path, readFileSync(path, 'utf8')));
  prepare?.(content);
  const check = spawnSync('node', ['scripts/check-content.ts', content], { encoding: 'utf8' });
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  // The problems as `npm run check:content` prints them, without its closing count line.
  const checked = check.stderr.split('\n\n')[0]?.trim() ?? '';
  return { status: result.status, output, wroteSite: existsSync(out), checked };
}

describe('a build with bad content', () => {
  it('stops on a missing required field, naming the file and the field', () => {
    const r = buildWith((_, t) => t.replace(/^shortTitle: .*$/m, ''));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/strategies\/surrey-2008\.yaml:\d+:\d+: shortTitle: required field `shortTitle` is missing/,
    );
    expect(r.output).toContain('Fix: add `shortTitle:` here');
    expect(r.wroteSite).toBe(false);
  });

  it('stops on an unknown theme id, listing the ids expected', () => {
    const r = buildWith((_, t) =>
      t.replace(/themes: \[health-wellbeing/, 'themes: [health-and-wellness'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      new RegExp(
        [
          String.raw`content/strategies/surrey-2008\.yaml:\d+:\d+: `,
          String.raw`framework\.headings\["[^"]+"\]\.themes\[0\]: `,
          String.raw`expected a theme id from content/themes\.yaml \(assessments, breaks-respite`,
        ].join(''),
      ),
    );
    expect(r.output).toContain('found "health-and-wellness"');
    expect(r.wroteSite).toBe(false);
  });

  it('stops on a quote that is not in the source, showing the closest passage', () => {
    const r = buildWith((_, t) =>
      t.replace(
        'Innovative Back Care Projects for carers have been commissioned',
        'Innovative Back Care Projects for carers were commissioned',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      new RegExp(
        [
          String.raw`surrey-2008\.yaml:\d+:\d+: items\["[^"]+"\]\.quote: `,
          String.raw`expected words found verbatim in content/sources/surrey-2008-action-plan\.txt`,
        ].join(''),
      ),
    );
    expect(r.output).toMatch(
      /Closest passage \(L\d+\), in full: "- Advice available on moving and handling\. Innovative Back Care Projects/,
    );
    expect(r.output).toContain(
      'Innovative Back Care Projects for carers {+have been+} [-were-] commissioned',
    );
    expect(r.wroteSite).toBe(false);
  });

  it('stops on a period that ends before it starts', () => {
    const r = buildWith(
      (_, t) => t.replace('period: { start: 2009, end: 2012,', 'period: { start: 2012, end: 2009,'),
      'strategies/barnet-2009.yaml',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/period\.end/);
    expect(r.output).toMatch(/expected the end year to be the same as or after the start year/);
    expect(r.wroteSite).toBe(false);
  });

  it('refuses an overview that tries to run code, with the same message as check:content', () => {
    const r = buildWith(
      (_, t) => `${t}\nThe build machine's home is {globalThis.process.env.HOME}.\n`,
      'strategies/surrey-2008.md',
    );
    expect(r.status).not.toBe(0);
    expect(r.checked).toMatch(
      /content\/strategies\/surrey-2008\.md:\d+:\d+: \(file\): expected text without `\{` or `\}`/,
    );
    expect(r.output).toContain(r.checked);
    expect(r.output).not.toContain(process.env['HOME'] ?? '/root');
    expect(r.wroteSite).toBe(false);
  });

  it('refuses an overview left as MDX, once, without a follow-on about the strategy', () => {
    const r = buildWith(
      (_, t) => `import { readFileSync } from 'node:fs';\n\n${t}`,
      'strategies/surrey-2008.md',
      (c) =>
        renameSync(join(c, 'strategies/surrey-2008.md'), join(c, 'strategies/surrey-2008.mdx')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/1 problem in .*content\//);
    expect(r.output).toContain(r.checked);
    expect(r.checked).toMatch(/surrey-2008\.mdx: \(file\): expected an overview in Markdown/);
    expect(r.wroteSite).toBe(false);
  });

  it('refuses a hidden strategy file rather than checking it and never building it', () => {
    const r = buildWith(
      (_, t) => t,
      'strategies/surrey-2008.yaml',
      (c) =>
        cpSync(join(c, 'strategies/surrey-2008.yaml'), join(c, 'strategies/.surrey-2009.yaml')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(r.checked);
    expect(r.checked).toMatch(
      /strategies\/\.surrey-2009\.yaml: \(file\): expected no hidden files/,
    );
  });

  it('names the encoding of a source saved as Windows-1252, not six missing quotes', () => {
    const r = buildWith(
      (_, t) => Buffer.from(t.replace(/\u2019/g, "'").replace('Surrey', 'Surrey \x92'), 'latin1'),
      'sources/surrey-2008-action-plan.txt',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(r.checked);
    expect(r.checked).toMatch(
      new RegExp(
        [
          String.raw`surrey-2008-action-plan\.txt:\d+:\d+: \(file\): expected a file saved as UTF-8; `,
          'found byte 0x92, which is not UTF-8; the file looks like Windows-1252',
        ].join(''),
      ),
    );
    expect(r.output).toMatch(/1 problem in /);
  });

  it('refuses two council files differing only in case', () => {
    const r = buildWith(
      (_, t) => t,
      'councils/surrey.yaml',
      (c) => cpSync(join(c, 'councils/surrey.yaml'), join(c, 'councils/Surrey.yaml')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(r.checked);
    expect(r.checked).toMatch(
      new RegExp(
        [
          String.raw`councils/Surrey\.yaml: \(file\): `,
          String.raw`expected a file name that is a lowercase ASCII slug .*; found "Surrey"\n\s+`,
          String.raw`Fix: rename it: as "surrey" it differs only in case or punctuation from councils/surrey\.yaml`,
        ].join(''),
      ),
    );
    expect(r.wroteSite).toBe(false);
  });
});

describe('a build with content a citation needs missing', () => {
  it.each([
    ['officialName', 'councils/surrey.yaml', /^officialName: .*$/m],
    ['gss', 'councils/surrey.yaml', /^gss: .*$/m],
    ['title', 'strategies/surrey-2008.yaml', /^title: .*$/m],
  ])(
    'stops without a council’s or document’s %s, naming the file and the field',
    (field, file, line) => {
      const r = buildWith((_, t) => t.replace(line, ''), file);
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(file.replace('.yaml', ''));
      expect(r.output).toMatch(new RegExp(`\\b${field}\\b`));
      expect(r.wroteSite).toBe(false);
    },
  );

  it('stops on a title in capitals with no citation title, naming the field', () => {
    const r = buildWith((_, t) => t.replace(/^citationTitle: .*$/m, ''));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/surrey-2008/);
    expect(r.output).toMatch(/citationTitle/);
    expect(r.output).toMatch(/as `title` is in capitals/);
    expect(r.wroteSite).toBe(false);
  });
});
