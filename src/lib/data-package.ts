/**
 * The Frictionless Data Package (datapackage.json) and the README that go with the downloads. Field
 * types and descriptions come from the CSVs' Zod schemas through z.toJSONSchema: one source of truth.
 */
import { z } from 'astro/zod';
import { NEUTRALISER } from './csv.ts';
import { columnsOf, figureRowSchema, itemRowSchema, targetRowSchema } from './downloads.ts';
import { DATA_LICENCE, SITE_NAME } from './site-meta.ts';

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  description?: string;
  properties?: Record<string, JsonSchema>;
};

/** A Table Schema field from one JSON Schema property; a number that may be blank is a number. */
function field(name: string, p: JsonSchema) {
  const typed = p.anyOf?.find((a) => a.const !== '') ?? p;
  const type = typed.type === 'integer' || typed.type === 'number' ? typed.type : 'string';
  return {
    name,
    type,
    description: p.description ?? '',
    ...(typed.enum ? { constraints: { enum: typed.enum } } : {}),
  };
}

/** The Table Schema of one CSV, from its Zod schema. */
export function tableSchema(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return {
    fields: Object.entries(json.properties ?? {}).map(([name, p]) => field(name, p)),
    missingValues: [''],
  };
}

export const TABLES = {
  items: { schema: itemRowSchema, title: 'Items', what: 'One row per item, all strategies.' },
  figures: {
    schema: figureRowSchema,
    title: 'Figures',
    what: 'One row per figure, including council-wide facts.',
  },
  targets: {
    schema: targetRowSchema,
    title: 'Targets',
    what: 'One row per target value per period.',
  },
} as const;

export type PackageInput = {
  strategies: { id: string; shortTitle: string }[];
  themes: { id: string; title: string }[];
  /** The build's date, ISO. */
  created: string;
  /** The site's home page, absolute, when SITE_URL is set. */
  homepage?: string | undefined;
};

const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' } as const;
const json = { format: 'json', mediatype: 'application/json', encoding: 'utf-8' } as const;

/** One resource per table of TABLES, with its Table Schema inline. */
const tableResources = () =>
  Object.entries(TABLES).map(([name, t]) => ({
    name,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    title: t.title,
    description: t.what,
    ...csv,
    schema: tableSchema(t.schema),
  }));

/** The items of one strategy or one theme: items.csv's rows, in a file of their own. */
const subsetResource = (kind: 'strategy' | 'theme', id: string, title: string) => ({
  name: `${kind}-${id}`,
  path: `${kind === 'strategy' ? 'strategies' : 'themes'}/${id}.csv`,
  profile: 'tabular-data-resource',
  title: `Items: ${title}`,
  description: `The rows of items.csv for this ${kind}, same columns.`,
  ...csv,
  schema: 'items.tableschema.json',
});

/** The JSON files of /data/. */
const JSON_RESOURCES = [
  {
    name: 'strategies',
    path: 'strategies.json',
    title: 'Strategies in full',
    description:
      'Every strategy entry: council, title, period, status, framework and items, with links. ' +
      'Its JSON Schema is strategy.schema.json.',
  },
  {
    name: 'strategy-schema',
    path: 'strategy.schema.json',
    title: 'JSON Schema of a strategy entry',
    description: 'Generated from the schema the site is built with.',
  },
  {
    name: 'themes',
    path: 'themes.json',
    title: 'Themes and national framework',
    description: 'The shared themes and the national framework they map to.',
  },
  {
    name: 'items-tableschema',
    path: 'items.tableschema.json',
    title: 'Table Schema of items.csv',
    description: 'The columns of items.csv and of every strategy’s and theme’s CSV.',
  },
];

/** datapackage.json: every CSV and JSON file of /data/, with paths relative to it. */
export function dataPackage(input: PackageInput) {
  return {
    profile: 'data-package',
    name: 'carers-strategies-compared',
    title: SITE_NAME,
    description:
      'Commitments, figures, targets and good practice from UK councils’ strategies for unpaid carers, ' +
      'each with the council’s words and a link to the passage. See README.txt.',
    ...(input.homepage ? { homepage: input.homepage } : {}),
    created: `${input.created}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    resources: [
      ...tableResources(),
      ...input.strategies.map((s) => subsetResource('strategy', s.id, s.shortTitle)),
      ...input.themes.map((t) => subsetResource('theme', t.id, t.title)),
      ...JSON_RESOURCES.map((r) => ({ ...r, ...json })),
    ],
  };
}

/** Notes every CSV user needs, said once for the data page and the README. */
export const CSV_NOTES = [
  'CSV files are UTF-8 with a byte-order mark, so Excel shows “£” and “–” as they are; ' +
    'pandas and R read them as UTF-8.',
  'A text cell that would begin with = + - @, a tab or a carriage return ' +
    `(which a spreadsheet may run as a formula) starts with an apostrophe (${NEUTRALISER}), ` +
    'as OWASP advises against CSV injection. Remove that one apostrophe to get the exact text.',
  'Codes sit next to their labels: themes and theme_labels, type and type_label, status and status_label.',
  'Links are absolute when link_form is "absolute"; ' +
    '"relative" means the file was built without the site’s address, and links are paths on it.',
  'Columns keep the order listed here; new columns are only ever added at the end.',
];

/** README.txt for the downloads, like Our World in Data's: what each file is, its columns, the licence, how to cite. */
export function dataReadme(input: PackageInput): string {
  const at = input.homepage ? `, ${input.homepage}` : '';
  const lines = [
    `${SITE_NAME}: open data`,
    '',
    'What UK councils’ strategies for unpaid carers say, item by item: commitments, achievements, figures,',
    'targets, good practice, carers’ feedback and gaps. Summaries are our words; quotations are the councils’,',
    'checked word for word against the source documents when the site is built.',
    '',
    `Built: ${input.created}${input.homepage ? `. Site: ${input.homepage}` : ''}`,
    `Licence: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}. Credit "${SITE_NAME}". Quotations remain the councils’ words.`,
    '',
    'Files',
    '- datapackage.json: a Frictionless Data Package describing every file here, with column types.',
    ...Object.entries(TABLES).map(([name, t]) => `- ${name}.csv: ${t.what}`),
    '- strategies/<strategy>.csv, themes/<theme>.csv: the rows of items.csv for one strategy or one theme.',
    '- strategies.json: every strategy entry in full; strategy.schema.json is its JSON Schema.',
    '- themes.json: the shared themes and the national framework.',
    '',
    'Reading the CSV files',
    ...CSV_NOTES.map((n) => `- ${n}`),
    ...Object.entries(TABLES).flatMap(([name, t]) => [
      '',
      `Columns of ${name}.csv, in order`,
      ...columnsOf(t.schema).map((c) => `- ${c.name}: ${c.description}`),
    ]),
    '',
    'Citing',
    'Every item, strategy and chart page has a citation to copy and RIS, BibTeX and CSL-JSON files to download.',
    'Downloaded from a page, a citation file gives that day as the date accessed and links on the address you',
    'are reading; fetched directly (under /cite/), it gives the day the site was built.',
    `For the data as a whole: ${SITE_NAME} (${input.created.slice(0, 4)}) Open data${at}` +
      ' (accessed on the day you downloaded it).',
    '',
  ];
  return lines.join('\r\n');
}
