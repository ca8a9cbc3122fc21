// Developer aid: screenshots of every chart, at phone and desk widths, to look at before a change
// goes in. `node scripts/chart-shots.ts [dist] [out-dir]` writes <page>-<chart>-<width>.png (not committed).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../tests/support/server.ts';
import { launch } from '../tests/support/browser.ts';
import { chartPages } from '../tests/support/charts.ts';

const [dist = 'dist', out = '.tmp/charts'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { server, origin } = await serve(resolve(dist));
const browser = await launch();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of chartPages(resolve(dist))) {
    await page.goto(origin + path);
    const figures = page.locator('figure.chart');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      const id = (await figure.getAttribute('id')) ?? String(i);
      const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${id}-${width}.png`;
      await figure.screenshot({ path: join(out, name) });
      console.log(join(out, name));
    }
  }
  await page.close();
}
await browser.close();
server.close();
