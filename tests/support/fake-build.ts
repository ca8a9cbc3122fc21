/**
 * A stand-in for `astro build` in the atomic-build unit tests: writes a tiny site into OUT_DIR in
 * the same phases and with the same output lines as astro, and starts a helper process of its own
 * (as Pagefind does). FAKE_BUILD picks the ending: ok, fail, no-404, or hang (waits to be stopped).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env['OUT_DIR'] ?? 'fake-dist';
const mode = process.env['FAKE_BUILD'] ?? 'ok';
const page = (rel: string) => {
  mkdirSync(join(out, rel, '..'), { recursive: true });
  writeFileSync(join(out, rel), `<h1>${rel}</h1>`);
  console.log(`12:00:00   ├─ /${rel} (+1ms)`);
};

mkdirSync(out, { recursive: true });
console.log(' generating static routes ');
page('index.html');
page('a/index.html');
if (mode !== 'no-404') page('404.html');
if (mode === 'fail') {
  console.error('[ERROR] something in the content is wrong');
  process.exit(1);
}
const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log(`helper ${helper.pid}`);
for (const dir of ['pagefind', 'pagefind-documents']) {
  mkdirSync(join(out, dir), { recursive: true });
  writeFileSync(join(out, dir, 'pagefind.js'), '');
  writeFileSync(join(out, dir, 'pagefind-entry.json'), '{}');
  writeFileSync(join(out, dir, 'wasm.en.pagefind'), '');
}
console.log('12:00:01 [search-index] Indexed 2 items search records into pagefind/.');
if (mode === 'hang') setInterval(() => {}, 1000);
else {
  console.log(`12:00:01 [build] ${mode === 'no-404' ? 2 : 3} page(s) built in 0.01s`);
  helper.kill();
}
