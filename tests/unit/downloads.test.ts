import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus.ts';
import { BOM, csvChunks, FORMULA_START, neutralise, toCsv } from '../../src/lib/csv.ts';
import {
  FIGURE_COLUMNS,
  ITEM_COLUMNS,
  figureRows,
  itemRows,
  itemRowSchema,
  jsonArrayChunks,
  strategyJson,
  targetRows,
} from '../../src/lib/downloads.ts';
import { buildModel } from '../../src/lib/model.ts';
import { parseSource } from '../../src/lib/source-text.ts';
import { corpus, SOURCE_TEXT } from '../fixtures/factories.ts';

function model() {
  const input = corpus();
  return buildModel(
    { ...input, sources: [{ id: 'example-source', data: parseSource(SOURCE_TEXT) }] },
    checkCorpus(input).anchors,
  );
}

describe('CSV cells', () => {
  it('that a spreadsheet could run as a formula start with an apostrophe, as OWASP advises', () => {
    for (const cell of ['=1+2', '+44 20', '- Young Carers', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('that are plain text or numbers are left as they are', () => {
    expect(neutralise('Young Carers - a project')).toBe('Young Carers - a project');
    expect(neutralise("'quoted")).toBe("'quoted");
    expect(neutralise(-5)).toBe('-5');
    expect(neutralise(1400000000)).toBe('1400000000');
  });
});

describe('CSV files', () => {
  const rows = [
    { a: 'comma, "quote"', b: '- Young Carers' },
    { a: 'line\nbreak £ – ’', b: 3 },
  ];
  const csv = toCsv(rows, ['a', 'b']);

  it('start with a byte-order mark and a header row in the given order', () => {
    expect(csv.startsWith(`${BOM}a,b\n`)).toBe(true);
  });

  it('quote what needs quoting, so a parser reads back every cell', () => {
    const back = csvParse(csv.slice(BOM.length));
    expect(back.columns).toEqual(['a', 'b']);
    expect(back.map((r) => [r['a'], r['b']])).toEqual([
      ['comma, "quote"', "'- Young Carers"],
      ['line\nbreak £ – ’', '3'],
    ]);
    expect(
      back.flatMap((r) => Object.values(r)).filter((v) => FORMULA_START.test(v ?? '')),
    ).toEqual([]);
  });

  it('are the same text made a part at a time, parts without rows included', () => {
    const parts = [[rows[0]], [], [rows[1]]];
    expect(
      [...csvChunks(parts, (p) => p.filter((r) => r !== undefined), ['a', 'b'])].join(''),
    ).toBe(csv);
    expect([...csvChunks([[]], () => [], ['a', 'b'])].join('')).toBe(toCsv([], ['a', 'b']));
  });
});

describe('JSON downloads made an entry at a time', () => {
  it('are the text JSON.stringify makes of the whole array, indented, empty arrays included', () => {
    const site = model();
    const one = site.strategies[0];
    const entries = one ? [one, { ...one, id: 'second' }] : [];
    const whole = JSON.stringify(
      entries.map((s) => strategyJson(s, undefined)),
      null,
      2,
    );
    expect(entries).toHaveLength(2);
    expect([...jsonArrayChunks(entries, (s) => strategyJson(s, undefined))].join('')).toBe(whole);
    expect([...jsonArrayChunks([], () => 1)].join('')).toBe(JSON.stringify([], null, 2));
  });
});

describe('download rows', () => {
  it('put labels next to codes, the official name, ONS code, year and period', () => {
    const [row] = itemRows(model(), new URL('https://example.org/'));
    expect(row).toMatchObject({
      council: 'Exampleshire',
      council_official_name: 'Exampleshire County Council',
      ons_code: 'E10000099',
      document_year: 2009,
      document_period: '2009-2012',
      type: 'commitment',
      type_label: 'Commitment',
      themes: 'breaks',
      theme_labels: 'Breaks and respite',
      status_label: 'Final',
      link_form: 'absolute',
    });
    expect(itemRowSchema.parse(row)).toEqual(row);
  });

  it('keep the documented column order, with every column described', () => {
    const [row] = itemRows(model(), undefined);
    expect(Object.keys(row ?? {})).toEqual(ITEM_COLUMNS.map((c) => c.name));
    expect(ITEM_COLUMNS.filter((c) => c.description.length < 5)).toEqual([]);
    expect(Object.keys(figureRows(model(), undefined)[0] ?? {})).toEqual(
      FIGURE_COLUMNS.map((c) => c.name),
    );
  });

  it('write relative links, and say so, when the build has no SITE_URL', () => {
    const [row] = itemRows(model(), undefined);
    expect(row?.permalink).toBe('/strategies/exampleshire-2009/h1/#item-1.1');
    expect(row?.link_form).toBe('relative');
    expect(targetRows(model(), undefined)).toEqual([]);
  });
});
