// Finds a quote in a source as the content check does, or shows the closest passage in full with the
// differences marked: `npm run find-quote -- <source-id> "<words>"`.
import { existsSync, readFileSync } from 'node:fs';
import { createQuoteIndex } from '../src/lib/quotes.ts';
import { markDifferences } from '../src/lib/quote-diff.ts';
import { parseSource } from '../src/lib/source-text.ts';
import { contentDir } from '../src/lib/content/dir.ts';

const [id, ...rest] = process.argv.slice(2);
const quote = rest.join(' ').trim();
const file = `${contentDir()}/sources/${id ?? ''}.txt`;
if (!id || !quote) {
  console.error('usage: npm run find-quote -- <source-id> "<words>"');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file} does not exist.`);
  process.exit(2);
}
const { passages } = parseSource(readFileSync(file, 'utf8'));
const index = createQuoteIndex(passages);
const where = (p: (typeof passages)[number]) =>
  `${p.id} [${p.kind}]${p.page === undefined ? '' : `, page ${p.page} of the original`}`;
const match = index.find(quote);
if (match) {
  const found = passages.filter((p) => match.passageIds.includes(p.id));
  console.log(`Found, in ${found.map(where).join(' + ')}:`);
  for (const p of found) console.log(`\n${p.text}`);
  process.exit(0);
}
const closest = index.closest(quote);
if (!closest) {
  console.log('Not found, and no passage shares a word with it.');
  process.exit(1);
}
console.log(
  `Not found. Closest passage, ${where(closest)}, in full; [-quote-] {+source+} mark differences:\n`,
);
console.log(markDifferences(quote, closest.text));
process.exit(1);
