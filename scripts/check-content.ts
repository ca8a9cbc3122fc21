// Checks content/ as the build would, in about a second: `npm run check:content [folder]`.
import { formatProblem } from '../src/lib/corpus.ts';
import { checkContentDir } from './content.ts';

const dir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const problems = checkContentDir(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dir}/`);
  process.exit(1);
}
console.log(`${dir}/ is valid.`);
