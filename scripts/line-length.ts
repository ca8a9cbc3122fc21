// `npm run lint` (with ESLint): no source line over 120 characters, strings and URLs included, in every
// kind of source file git knows of. Content (data written by its authors), generated files and prose
// (Markdown) are left out. Prettier wraps code at 100; what it cannot wrap has to be split by hand.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const MAX = 120;
/** Lines over MAX still allowed: none are left; a new long line fails the check. */
export const KNOWN_LONG_LINES = 0;
const SOURCE = /\.(ts|tsx|js|mjs|cjs|astro|css|json|ya?ml|sh)$|^\.ci\/run$/;
const LEFT_OUT = [
  /^content\//,
  /^tests\/unit\/__snapshots__\//,
  /(^|\/)package-lock\.json$/,
  /^tests\/fixtures\/.*\.schema\.json$/, // published schemas, kept exactly as published
];

export function longLines(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const length = [...line].length; // characters, not UTF-16 units
    return length > MAX ? [`${path}:${i + 1}: ${length} characters (at most ${MAX})`] : [];
  });
}

if (import.meta.main) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => SOURCE.test(f) && !LEFT_OUT.some((re) => re.test(f)));
  const problems = files.flatMap((f) => {
    try {
      return longLines(f, readFileSync(f, 'utf8'));
    } catch {
      return []; // listed by git but deleted in the work tree
    }
  });
  for (const p of problems) console.error(p);
  console.log(`${files.length} files checked: ${problems.length} lines over ${MAX} characters.`);
  // A ratchet while the lines that predate the check are shortened: the count may fall, never rise.
  process.exit(problems.length > KNOWN_LONG_LINES ? 1 : 0);
}
