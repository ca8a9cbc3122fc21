/**
 * Every download parses, and holds exactly what the site shows: nothing lost, nothing duplicated. Each CSV
 * reads the same with two independent parsers, opens cleanly in a spreadsheet (byte-order mark, no cell a
 * spreadsheet would run), and the data package validates against the published Frictionless schema.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { Ajv } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { csvParse } from 'd3-dsv';
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BOM, FORMULA_START } from '../../src/lib/csv.ts';
import { ITEM_COLUMNS, FIGURE_COLUMNS, TARGET_COLUMNS } from '../../src/lib/downloads.ts';

const dist = inject('dist');
const read = (f: string) => readFileSync(join(dist, 'data', f), 'utf8');
type Strategy = {
  id: string;
  council: string;
  framework: { headings: { id: string }[] };
  items: { id: string; type: string; themes: string[]; values?: unknown[] }[];
};
const strategies = JSON.parse(read('strategies.json')) as Strategy[];
const themeIds = (JSON.parse(read('themes.json')) as { themes: { id: string }[] }).themes.map(
  (t) => t.id,
);
const allItems = strategies.flatMap((s) => s.items.map((i) => ({ ...i, strategy: s.id })));

/** The items the site shows: one card per item on its strategy's section pages (a heading's, or context). */
const sectionPages = strategies.flatMap((s) =>
  [...s.framework.headings.map((h) => h.id), 'context']
    .map((part) => join(dist, 'strategies', s.id, part, 'index.html'))
    .filter((f) => existsSync(f)),
);
const shown = sectionPages.flatMap((f) =>
  [
    ...readFileSync(f, 'utf8').matchAll(
      /<article class="item" id="[^"]+" data-item-type="([a-z-]+)"/g,
    ),
  ].map((m) => m[1]),
);

type Rows = Record<string, string>[];
/** A CSV read by d3-dsv and by papaparse, which must agree cell for cell. */
function parseBoth(file: string): { rows: Rows; columns: string[] } {
  const text = read(file);
  expect(text.startsWith(BOM), `${file} starts with a byte-order mark`).toBe(true);
  const body = text.slice(BOM.length);
  const d3 = csvParse(body);
  const papa = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  expect(papa.errors, `${file}: papaparse errors`).toEqual([]);
  expect(papa.meta.fields).toEqual(d3.columns);
  expect(papa.data).toEqual(d3.map((r) => ({ ...r })));
  return { rows: d3.map((r) => ({ ...r })), columns: d3.columns };
}

/** Cells a spreadsheet could run as a formula; a number (e.g. -5 in a numeric column) is a value. */
const formulaCells = (rows: Rows) =>
  rows.flatMap((r) =>
    Object.entries(r).filter(
      ([, v]) => FORMULA_START.test(v) && !(v.startsWith('-') && Number.isFinite(Number(v))),
    ),
  );

const csvFiles = [
  'items.csv',
  'figures.csv',
  'targets.csv',
  ...strategies.map((s) => `strategies/${s.id}.csv`),
  ...themeIds.map((t) => `themes/${t}.csv`),
];

describe('downloads', () => {
  it('strategies.json holds every strategy with its items, and themes.json every theme', () => {
    expect(strategies.length).toBeGreaterThanOrEqual(5);
    expect(allItems.length).toBeGreaterThan(500);
    expect(themeIds.length).toBeGreaterThan(10);
  });

  it('every CSV reads the same in d3-dsv and papaparse, with no cell a spreadsheet would run', () => {
    for (const file of csvFiles) {
      const { rows } = parseBoth(file);
      expect(formulaCells(rows), file).toEqual([]);
    }
  });

  it('items.csv has one row per item the site shows, each once, with the documented columns', () => {
    const { rows, columns } = parseBoth('items.csv');
    expect(columns).toEqual(ITEM_COLUMNS.map((c) => c.name));
    expect(rows.length).toBe(shown.length);
    expect(rows.length).toBe(allItems.length);
    expect(new Set(rows.map((r) => `${r['strategy']}#${r['item_id']}`)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r['council_official_name'], r['item_id']).toMatch(/\w{2}/);
      expect(r['ons_code'], r['item_id']).toMatch(/^[ENSW]\d{8}$/);
      expect(r['type_label'], r['item_id']).not.toBe('');
      expect(r['theme_labels']?.split('; ').length).toBe(r['themes']?.split('; ').length);
      expect(r['document_year']).toMatch(/^\d{4}$/);
    }
  });

  it('each strategy’s and each theme’s CSV holds exactly its items, and its page links to it', () => {
    for (const s of strategies) {
      expect(parseBoth(`strategies/${s.id}.csv`).rows.length).toBe(s.items.length);
      const page = readFileSync(join(dist, 'strategies', s.id, 'index.html'), 'utf8');
      expect(page).toContain(`href="/data/strategies/${s.id}.csv"`);
    }
    for (const t of themeIds) {
      const { rows } = parseBoth(`themes/${t}.csv`);
      expect(rows.length).toBe(allItems.filter((i) => i.themes.includes(t)).length);
      const page = readFileSync(join(dist, 'themes', t, 'index.html'), 'utf8');
      expect(page).toContain(`href="/data/themes/${t}.csv"`);
    }
  });

  it('figures.csv has one row per figure the site shows plus one per council-wide fact', () => {
    const { rows, columns } = parseBoth('figures.csv');
    expect(columns).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(rows.filter((r) => r['strategy'] !== '').length).toBe(
      shown.filter((t) => t === 'figure').length,
    );
    expect(rows.filter((r) => r['strategy'] === '').length).toBeGreaterThan(0);
    for (const r of rows)
      expect(Number.isFinite(Number(r['value'])), `${r['item_id']} value`).toBe(true);
  });

  it('targets.csv has one row per target value', () => {
    const { rows, columns } = parseBoth('targets.csv');
    expect(columns).toEqual(TARGET_COLUMNS.map((c) => c.name));
    expect(rows.length).toBe(
      allItems.filter((i) => i.type === 'target').reduce((n, i) => n + (i.values?.length ?? 0), 0),
    );
    expect(new Set(rows.map((r) => `${r['strategy']}#${r['item_id']}`)).size).toBe(
      shown.filter((t) => t === 'target').length,
    );
  });

  it('the JSON Schema describes a strategy entry', () => {
    const schema = JSON.parse(read('strategy.schema.json')) as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['council', 'title', 'items', 'framework']),
    );
  });
});

describe('the data package', () => {
  type Resource = { name: string; path: string; schema?: string | { fields: { name: string }[] } };
  const pkg = JSON.parse(read('datapackage.json')) as { resources: Resource[] };

  it('validates against the published Frictionless Data Package schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS: required, its export is the plugin itself.
    (createRequire(import.meta.url)('ajv-formats') as FormatsPlugin)(ajv);
    ajv.addFormat('textarea', true); // the profile's hint for form editors, not a check
    const schema = JSON.parse(
      readFileSync('tests/fixtures/datapackage.schema.json', 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The check can fail: a resource without a path or data is refused.
    expect(validate({ resources: [{ name: 'x' }] })).toBe(false);
  });

  it('describes every CSV and JSON file in /data/, each column in its order', () => {
    const paths = pkg.resources.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining([...csvFiles, 'strategies.json', 'themes.json']));
    for (const r of pkg.resources) {
      expect(existsSync(join(dist, 'data', r.path)), r.path).toBe(true);
      if (!r.path.endsWith('.csv')) continue;
      const schema =
        typeof r.schema === 'string'
          ? (JSON.parse(read(r.schema)) as { fields: { name: string }[] })
          : r.schema;
      expect(
        schema?.fields.map((f) => f.name),
        r.path,
      ).toEqual(parseBoth(r.path).columns);
    }
    expect(read('README.txt')).toMatch(/Columns of items\.csv, in order/);
  });
});

/** Text of an element's inner HTML, as a reader copies it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

type CslBack = {
  author: { literal?: string; family?: string }[];
  title: string;
  issued: { 'date-parts': number[][] };
  URL: string;
};

describe('citations', () => {
  it('every item on its page has one, which the RIS and BibTeX downloads match', () => {
    let checked = 0;
    for (const file of sectionPages) {
      const html = readFileSync(file, 'utf8');
      const cites = [...html.matchAll(/<p class="citation" id="[^"]+" data-cite>(.*?)<\/p>/g)].map(
        (m) => textOf(m[1] ?? ''),
      );
      const items = [...html.matchAll(/<article class="item"/g)].length;
      expect(cites.length, file).toBe(items);
      const href = /href="(\/cite\/strategies\/[^"]+)\.ris"/.exec(html)?.[1] ?? '';
      for (const ext of ['ris', 'bib']) {
        const back = new Cite(readFileSync(join(dist, `${href}.${ext}`), 'utf8')).data as CslBack[];
        expect(back.length, `${href}.${ext}`).toBe(cites.length);
        // The page lists items by type, the downloads in the document's order: match them by address.
        back.forEach((entry) => {
          const text = cites.find((c) => c.includes(`Available at: ${entry.URL}.`)) ?? '';
          const author = entry.author[0]?.literal ?? entry.author[0]?.family ?? '';
          expect(
            text.startsWith(`${author} (${entry.issued['date-parts'][0]?.[0]}) ${entry.title}.`),
          ).toBe(true);
          expect(text).toContain(`Available at: ${entry.URL}`);
          checked++;
        });
      }
    }
    expect(checked).toBe(allItems.length * 2);
  });

  it('cites the council by its official name and a title as published, never "[date accessed]"', () => {
    const page = readFileSync(join(dist, 'strategies', 'surrey-2008', 'index.html'), 'utf8');
    const text = textOf(
      /<p class="citation" id="cite-document" data-cite>(.*?)<\/p>/.exec(page)?.[1] ?? '',
    );
    expect(text).toMatch(
      new RegExp(
        [
          String.raw`^Surrey County Council \(2008\) `,
          String.raw`Balanced Scorecard Local Authority Carers Performance: Carers Strategies\. `,
          String.raw`Action plan, first draft\.`,
        ].join(''),
      ),
    );
    for (const f of sectionPages) expect(readFileSync(f, 'utf8')).not.toContain('[date accessed]');
  });
});
