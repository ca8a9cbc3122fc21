// The passages of a source as the site reads them, to help authors quote:
// `npm run passages -- <source-id> [from-line] [to-line]`.
import { existsSync, readFileSync } from 'node:fs';
import { parseSource } from '../src/lib/source-text.ts';
import { contentDir } from '../src/lib/content/dir.ts';

const [id, fromArg, toArg] = process.argv.slice(2);
const dir = `${contentDir()}/sources`;
if (!id) {
  console.error('usage: npm run passages -- <source-id> [from-line] [to-line]');
  process.exit(2);
}
const file = `${dir}/${id}.txt`;
if (!existsSync(file)) {
  console.error(
    `${file} does not exist. Import the document first: npm run import -- <file> --id ${id}`,
  );
  process.exit(2);
}
const from = Number(fromArg ?? 0);
const to = Number(toArg ?? Infinity);
for (const p of parseSource(readFileSync(file, 'utf8')).passages) {
  const page = p.page === undefined ? '' : `\tpage ${p.page}`;
  if (p.line >= from && p.line <= to) console.log(`${p.id}\t[${p.kind}]${page}\t${p.text}`);
}
