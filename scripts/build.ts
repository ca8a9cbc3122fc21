// `npm run build`: astro build into a temporary folder, checked, then swapped into dist/ (or OUT_DIR).
// On a failure, a failed check, Ctrl-C or SIGTERM the previous site stays exactly as it was.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { atomicBuild } from './atomic-build.ts';
import { checkSite } from './build-check.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const controller = new AbortController();
let stoppedBy: NodeJS.Signals | undefined;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(sig, () => {
    stoppedBy ??= sig;
    controller.abort();
  });

const astro = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);
// V8 lets the heap grow to up to four times what is live before a full collection; rendering
// thousands of pages leaves that much garbage. At 1.5 times, a 500-strategy build peaked at about
// 1.5 GB instead of 2.0 to 2.5 GB, for about a tenth more rendering time (docs/benchmarks.md).
const HEAP_GROWTH = '--heap-growing-percent=50';

const result = await atomicBuild({
  outDir,
  command: [process.execPath, HEAP_GROWTH, astro, 'build', ...process.argv.slice(2)],
  check: checkSite,
  signal: controller.signal,
  // Astro colours its output only for a terminal; ours is a pipe, so say when it is one.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});
if (!result.ok) {
  const kept = existsSync(outDir)
    ? `the previous site in ${outDir}/ is unchanged`
    : `no site was written (there was none in ${outDir}/ before)`;
  const message = {
    failed: `Build failed: ${kept}.`,
    incomplete: `Build incomplete, not published (${kept}):\n${result.problems.map((p) => `  - ${p}`).join('\n')}`,
    interrupted: `Build interrupted by ${stoppedBy ?? 'a signal'}: ${kept}.`,
  }[result.reason];
  console.error(`\n${message}`);
  process.exit(result.reason === 'interrupted' ? (stoppedBy === 'SIGINT' ? 130 : 143) : 1);
}
