// Prints a source's passages with their anchors, to help authors quote:
// `node scripts/passages.ts barnet-2009-2012-strategy`.
import { readFileSync } from 'node:fs';
import { parseSource } from '../src/lib/source-text.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: node scripts/passages.ts <source-id> [from-line] [to-line]');
  process.exit(2);
}
const from = Number(process.argv[3] ?? 0);
const to = Number(process.argv[4] ?? Infinity);
for (const p of parseSource(readFileSync(`content/sources/${id}.txt`, 'utf8')).passages) {
  if (p.line >= from && p.line <= to) console.log(`${p.id}\t[${p.kind}]\t${p.text}`);
}
