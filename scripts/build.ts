// `npm run build`: astro build into a temporary folder, checked, then swapped into dist/ (or OUT_DIR).
// On a failure, a failed check, Ctrl-C or SIGTERM the previous site stays exactly as it was.
import { existsSync } from 'node:fs';
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

const result = await atomicBuild({
  outDir,
  command: ['astro', 'build', ...process.argv.slice(2)],
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
