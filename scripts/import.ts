/**
 * `npm run import -- <file.pdf|.docx|.html|.txt> --id <source-id> [--url <original address>]
 *   [--title <title>] [--publisher <publisher>] [--date <document date>] [--licence <note>]`
 * writes content/sources/<id>.txt (with [page N] markers for a PDF) and its record <id>.yaml.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { importFile } from '../src/lib/import/read.ts';
import { sha256 } from '../src/lib/source-records.ts';
import { parseSource } from '../src/lib/source-text.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { sourceRecordSchema, type SourceRecord } from '../src/schemas/source-record.ts';

const usage =
  'usage: npm run import -- <file.pdf|.docx|.html|.txt> --id <source-id> [--url <address>] ' +
  '[--title <title>] [--publisher <publisher>] [--date <date>] [--licence <note>] [--force]';
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
    licence: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const file = positionals[0] ?? fail('Which file? Give the council document to import.');
const id =
  values.id ?? fail('--id is missing: name the source, e.g. --id plymouth-2014-2017-strategy');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  fail(`--id ${id}: use lower-case letters, digits and hyphens`);
if (!existsSync(file)) fail(`${file} does not exist`);
const dir = `${contentDir()}/sources`;
const out = `${dir}/${id}.txt`;
if (existsSync(out) && !values.force) fail(`${out} exists already; add --force to replace it`);

const imported = await importFile(file);
const today = new Date().toISOString().slice(0, 10);
const title =
  values.title ?? imported.title ?? fail('The file states no title: add --title "<its title>"');
const publisher =
  values.publisher ?? fail('--publisher is missing, e.g. --publisher "Plymouth City Council"');
const date =
  values.date ??
  fail('--date is missing: the document date as it states it, e.g. --date "March 2014"');
const command = `npm run import -- ${basename(file)} --id ${id}${values.url ? ` --url ${values.url}` : ''}`;
const missing = [
  values.url ? null : 'address (no --url given)',
  imported.pages === undefined && imported.format !== 'html' && imported.format !== 'txt'
    ? 'number of pages (the file does not record it)'
    : null,
].filter(Boolean);
const record: SourceRecord = {
  title,
  publisher,
  date,
  original: {
    ...(values.url ? { url: values.url } : {}),
    format: imported.format,
    ...(imported.pages === undefined ? {} : { pages: imported.pages }),
    sha256: imported.sha256,
    retrieved: today,
    ...(missing.length > 0
      ? { unavailable: `Not recorded at import: ${missing.join('; ')}.` }
      : {}),
  },
  licence:
    values.licence ??
    "Not recorded at import: check the publisher's terms. The site quotes the document word for word as evidence.",
  made: { by: 'import', how: command, date: today },
  text: { sha256: sha256(imported.text) },
};
const checked = sourceRecordSchema.safeParse(record);
if (!checked.success)
  fail(checked.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
mkdirSync(dir, { recursive: true });
writeFileSync(out, imported.text);
const header = [
  '# yaml-language-server: $schema=../../.astro/collections/sourceRecords.schema.json',
  `# Where ${id}.txt came from, written by npm run import. Never edit the text: import again instead.`,
  '',
].join('\n');
writeFileSync(`${dir}/${id}.yaml`, header + stringify(record, { lineWidth: 100 }));
const { passages } = parseSource(readFileSync(out, 'utf8'));
const pages = imported.pages === undefined ? '' : `, ${imported.pages} pages`;
console.log(`Wrote ${out} (${passages.length} passages${pages}) and ${dir}/${id}.yaml.`);
console.log(
  `Next: npm run passages -- ${id}   then   npm run new -- <council-id> <year> --source ${id}`,
);
