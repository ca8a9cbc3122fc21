/**
 * `npm test`: every check, in order, then one summary line.
 *   1. format  2. astro check (types)  3. ESLint  4. line length  5. duplicate code (jscpd)
 *   6. unit tests  7. production build  8. browser tests
 * Stops at the first failing stage; the last line is always "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

type Stage = { name: string; cmd: string; args: string[]; report?: string };
const reports = '.tmp/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const stages: Stage[] = [
  { name: 'format (prettier --check)', cmd: 'prettier', args: ['--check', '.'] },
  { name: 'types (astro check)', cmd: 'astro', args: ['check'] },
  // after astro check, which writes the .astro/ types ESLint's type-aware rules read
  { name: 'lint (eslint)', cmd: 'eslint', args: ['.'] },
  { name: 'line length (120)', cmd: 'node', args: ['scripts/line-length.ts'] },
  // .jscpd.json sets exitCode 1: any clone of 6 lines and 50 tokens fails, not a share of the code.
  { name: 'duplicate code (jscpd, .jscpd.json: no clone)', cmd: 'jscpd', args: [] },
  {
    name: 'unit tests',
    cmd: 'vitest',
    args: [
      'run',
      '--config',
      'vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/unit.json`,
    ],
    report: `${reports}/unit.json`,
  },
  { name: 'production build', cmd: 'node', args: ['scripts/build.ts'] },
  {
    name: 'browser tests',
    cmd: 'vitest',
    args: [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/e2e.json`,
    ],
    report: `${reports}/e2e.json`,
  },
];

let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const result = spawnSync(stage.cmd, stage.args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  let counted = false;
  if (stage.report) {
    try {
      const json = JSON.parse(readFileSync(stage.report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
      };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      lines.push(`${stage.name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
      counted = true;
    } catch {
      // no report: the runner itself failed before testing
    }
  }
  if (!counted) {
    if (result.status === 0) passed += 1;
    else failed += 1;
    lines.push(`${stage.name}: ${result.status === 0 ? 'passed' : 'FAILED'}`);
  }
  if (result.status !== 0) {
    if (counted && failed === 0) failed += 1; // the runner failed without a failing test (e.g. a setup error)
    lines.push(`stopped: ${stage.name} failed`);
    break;
  }
}
console.log(`\n=== summary ===\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
