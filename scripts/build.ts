// `npm run build`: astro build, and never a partial site. On any failure dist/ is removed,
// so a broken content file can't leave half-written pages behind for a deploy to pick up.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = process.env['OUT_DIR'] ?? 'dist';
rmSync(outDir, { recursive: true, force: true });
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: no site was written (${outDir}/ removed).`);
  process.exit(result.status ?? 1);
}
