/**
 * Reads and checks a content folder exactly as the build does, without Astro (the same reader and
 * checks, src/lib/content/). Used by `npm run check:content` and by the benchmark to prove its
 * synthetic corpus is valid.
 */
import { checkContent } from '../src/lib/content/check.ts';
import type { Problem } from '../src/lib/content/problem.ts';

export { checkContent };

export function checkContentDir(dir: string): Problem[] {
  return checkContent(dir).problems;
}
