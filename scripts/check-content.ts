// Checks content/ as the build would, in about a second: `npm run check:content [folder]`.
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/problem.ts';
import { contentDir } from '../src/lib/content/registry.ts';
import { summaryLine } from '../src/lib/content/summary.ts';
import { corpusUnmentioned, formatUnmentioned } from '../src/lib/theme-coverage.ts';

const dir = (process.argv[2] ?? contentDir()).replace(/\/+$/, '');
const { problems, input } = checkContent(dir);

/** Strategy files in the last commit, to say which strategies are new; undefined outside a git checkout. */
function committed(): Set<string> | undefined {
  const git = spawnSync(
    'git',
    ['ls-tree', '-r', '--name-only', '--full-name', 'HEAD', '--', `${dir}/strategies`],
    {
      encoding: 'utf8',
    },
  );
  return git.status === 0 ? new Set(git.stdout.split('\n').filter(Boolean)) : undefined;
}

// Not an error here (a new strategy needs its items first); the build warns and npm test fails on these.
for (const u of corpusUnmentioned(input))
  console.warn(`warning: ${formatUnmentioned(u, `${dir}/themes.yaml`)}`);
if (problems.length > 0) {
  console.error(formatReport(problems, dir));
  process.exit(1);
}
console.log(`${dir}/ is valid: ${summaryLine(input, committed())}.`);
