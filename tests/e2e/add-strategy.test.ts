/**
 * The contributor's path, timed: from a council's PDF to a passing `npm run check:content` with a
 * scaffolded, empty draft strategy, in a temporary copy of content/, with no manual editing.
 * The steps are those of CONTRIBUTING.md "Add a council strategy".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/source-text.ts';
import { launch } from '../support/browser.ts';
import { toPdf } from '../support/documents.ts';

const work = mkdtempSync(join(tmpdir(), 'add-strategy-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (...args: string[]) => {
  const r = spawnSync('npm', ['run', '-s', ...args], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('adding a council strategy from its PDF', () => {
  it('takes well under 5 minutes of commands to reach a passing content check', async () => {
    cpSync('content', content, { recursive: true });
    // A council's PDF: here one made from a real document's text, as the fidelity tests make them.
    const browser = await launch();
    const original = parseSource(
      readFileSync('content/sources/hampshire-2011-progress-review.txt', 'utf8'),
    );
    const { pdf } = await toPdf(browser, original.blocks);
    await browser.close();
    const file = join(work, 'Exampleshire-Carers-Strategy.pdf');
    writeFileSync(file, pdf);

    const start = performance.now();
    const steps = [
      npm(
        'import',
        '--',
        file,
        '--id',
        'exampleshire-2011-strategy',
        '--url',
        'https://www.example.org/Exampleshire-Carers-Strategy.pdf',
        '--publisher',
        'Exampleshire County Council',
        '--date',
        '2011',
      ),
      npm('passages', '--', 'exampleshire-2011-strategy', '1', '20'),
      npm('find-quote', '--', 'exampleshire-2011-strategy', 'Carers are people first.'),
      npm(
        'new',
        '--',
        'exampleshire',
        '2011',
        '--name',
        'Exampleshire',
        '--official-name',
        'Exampleshire County Council',
        '--type',
        'county',
        '--region',
        'South West',
        '--gss',
        'E10000099',
      ),
      npm('check:content', '--', content),
    ];
    const seconds = (performance.now() - start) / 1000;
    console.log(`import to passing check: ${seconds.toFixed(1)} s of commands`);
    steps.forEach((s, i) => expect(s.code, `step ${i + 1}: ${s.out}`).toBe(0));
    expect(steps[0]?.out).toMatch(/\d+ passages, 7 pages/);
    expect(steps[2]?.out).toContain('page 1 of the original');
    expect(steps[3]?.out).toContain('Left to do:');
    expect(steps[4]?.out).toContain('is valid');
    expect(seconds).toBeLessThan(300);

    // The draft line is what lets an empty strategy pass: without it the check names what is missing.
    const strategy = join(content, 'strategies', 'exampleshire-2011.yaml');
    writeFileSync(strategy, readFileSync(strategy, 'utf8').replace('draft: true\n', ''));
    const published = npm('check:content', '--', content);
    expect(published.code).toBe(1);
    expect(published.out).toMatch(
      /exampleshire-2011\.yaml:\d+:\d+: items: expected at least one item/,
    );
  });
});
