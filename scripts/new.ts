/**
 * `npm run new -- <council-id> <year> [--source <source-id>]` scaffolds a draft strategy (and, with
 * --name, --official-name, --type, --region and --gss, a new council) from docs/templates/ and the
 * source's own headings, then prints what is left to do. Writes nothing that exists already.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { createQuoteIndex } from '../src/lib/quotes.ts';
import {
  draftStrategyYaml,
  leftToDo,
  proposeHeadings,
  type ThemeTerms,
} from '../src/lib/scaffold.ts';
import { parseSource } from '../src/lib/source-text.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { stripEmphasis } from '../src/lib/text.ts';
import { councilSchema } from '../src/schemas/council.ts';

const fail = (message: string): never => {
  console.error(
    `${message}\nusage: npm run new -- <council-id> <year> [--source <source-id>] ` +
      '[--name <name> --official-name <name> --type <type> --region <region> --gss <code>]',
  );
  process.exit(2);
};
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    name: { type: 'string' },
    'official-name': { type: 'string' },
    type: { type: 'string' },
    region: { type: 'string' },
    gss: { type: 'string' },
  },
});
const [council = fail('Which council? e.g. npm run new -- plymouth 2014'), yearArg = ''] =
  positionals;
const year = Number(yearArg);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(council))
  fail(`${council}: use lower-case letters, digits and hyphens`);
if (!Number.isInteger(year) || year < 1990 || year > 2040)
  fail(`${yearArg || '(none)'}: expected the year, e.g. 2014`);

const root = contentDir();
const sourceIds = readdirSync(`${root}/sources`)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const guesses = sourceIds.filter((id) => id.startsWith(`${council}-${year}`));
const candidates = guesses.length
  ? `candidates: ${guesses.join(', ')}`
  : 'import it first: npm run import';
const source =
  values.source ??
  (guesses.length === 1
    ? (guesses[0] ?? '')
    : fail(`Which source? Add --source <id>; ${candidates}`));
if (!source || !sourceIds.includes(source))
  fail(`No content/sources/${source ?? ''}.txt: import it first (npm run import)`);

const id = `${council}-${year}`;
const strategyFile = `${root}/strategies/${id}.yaml`;
const overviewFile = `${root}/strategies/${id}.md`;
if (existsSync(strategyFile) || existsSync(overviewFile)) fail(`${strategyFile} exists already`);

const councilFile = `${root}/councils/${council}.yaml`;
let councilName: string;
let wroteCouncil = false;
if (existsSync(councilFile)) {
  councilName = (parse(readFileSync(councilFile, 'utf8')) as { name: string }).name;
} else {
  const result = councilSchema.safeParse({
    name: values.name,
    officialName: values['official-name'],
    type: values.type,
    region: values.region,
    gss: values.gss,
  });
  if (!result.success) {
    const option = (path: PropertyKey[]) =>
      `--${path.join('.').replace('officialName', 'official-name')}`;
    const details = result.error.issues.map((i) => `${option(i.path)}: ${i.message}`).join('; ');
    fail(`${council} is a new council: give its details (${details})`);
  }
  const data = result.data ?? fail('unreachable');
  councilName = data.name;
  // Facts come later, each with its quote: the new file starts without them.
  const fields: Partial<typeof data> = { ...data };
  delete fields.facts;
  writeFileSync(
    councilFile,
    `# yaml-language-server: $schema=../../.astro/collections/councils.schema.json\n${stringify(fields)}`,
  );
  wroteCouncil = true;
}

const text = readFileSync(`${root}/sources/${source}.txt`, 'utf8');
const { blocks, passages } = parseSource(text);
const recordFile = `${root}/sources/${source}.yaml`;
const recorded = existsSync(recordFile)
  ? (parse(readFileSync(recordFile, 'utf8')) as { title?: string }).title
  : undefined;
const index = createQuoteIndex(passages);
// The title must be the document's words: the recorded title if the text has it, else its first heading.
const firstHeading = blocks.find((b) => b.kind === 'heading');
const title =
  recorded && index.contains(recorded)
    ? recorded
    : firstHeading?.kind === 'heading'
      ? stripEmphasis(firstHeading.text)
      : (passages[0]?.text ?? fail(`${source}.txt has no text`));
const themes = (parse(readFileSync(`${root}/themes.yaml`, 'utf8')) as ThemeTerms[]).map((t) => ({
  id: t.id,
  title: t.title,
  synonyms: t.synonyms ?? [],
}));
const draft = {
  council,
  councilName,
  source,
  title,
  year,
  headings: proposeHeadings(blocks, themes),
};
const today = new Date().toISOString().slice(0, 10);
writeFileSync(strategyFile, draftStrategyYaml(draft, today));
writeFileSync(overviewFile, readFileSync('docs/templates/strategy.md', 'utf8'));

const mapped = [...new Set(draft.headings.flatMap((h) => h.themes))];
console.log(
  `Wrote ${[wroteCouncil ? councilFile : null, strategyFile, overviewFile].filter(Boolean).join(', ')}.`,
);
console.log(
  `Proposed ${draft.headings.length} framework headings from the source's own headings.\n\nLeft to do:`,
);
leftToDo(
  draft,
  {
    strategy: strategyFile,
    overview: overviewFile,
    ...(wroteCouncil ? { council: councilFile } : {}),
  },
  mapped,
).forEach((line, i) => console.log(`${i + 1}. ${line}`));
