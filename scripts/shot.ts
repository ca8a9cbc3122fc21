// Developer aid: screenshots of built pages. `node scripts/shot.ts /path/ [width] [out.png]`
import { serve } from '../tests/support/server.ts';
import { launch } from '../tests/support/browser.ts';
import { resolve } from 'node:path';

const [path = '/', width = '1200', out = '.tmp/shot.png', full = 'full'] = process.argv.slice(2);
const { server, origin } = await serve(resolve('dist'));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(origin + path);
// The search page's results arrive after load: wait for them, or for its status to say why not.
if (path.startsWith('/search/?'))
  await page
    .locator('#search-results > li, .search-failed')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
server.close();
console.log(out);
