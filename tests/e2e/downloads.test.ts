/** Every download parses, and holds exactly the items in the collections: nothing lost, nothing duplicated. */
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ITEM_COLUMNS, FIGURE_COLUMNS, TARGET_COLUMNS } from '../../src/lib/downloads.ts';

const dist = inject('dist');
const read = (f: string) => readFileSync(join(dist, 'data', f), 'utf8');
type Strategy = {
  id: string;
  council: string;
  items: { id: string; type: string; values?: unknown[] }[];
};
const strategies = JSON.parse(read('strategies.json')) as Strategy[];
const themeCount = (JSON.parse(read('themes.json')) as { themes: unknown[] }).themes.length;
const allItems = strategies.flatMap((s) => s.items.map((i) => ({ ...i, strategy: s.id })));

describe('downloads', () => {
  it('strategies.json holds every strategy with its items, and themes.json every theme', () => {
    expect(strategies.length).toBeGreaterThanOrEqual(5);
    expect(allItems.length).toBeGreaterThan(500);
    expect(themeCount).toBeGreaterThan(10);
  });

  it('items.csv has one row per item, each once, with the documented columns', () => {
    const rows = csvParse(read('items.csv'));
    expect(rows.columns).toEqual(ITEM_COLUMNS.map((c) => c.name));
    expect(rows.length).toBe(allItems.length);
    expect(new Set(rows.map((r) => `${r['strategy']}#${r['item_id']}`)).size).toBe(rows.length);
  });

  it('figures.csv has one row per figure item plus one per council-wide fact', () => {
    const rows = csvParse(read('figures.csv'));
    expect(rows.columns).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    const figureItems = allItems.filter((i) => i.type === 'figure').length;
    expect(rows.filter((r) => r['strategy'] !== '').length).toBe(figureItems);
    expect(rows.filter((r) => r['strategy'] === '').length).toBeGreaterThan(0);
    for (const r of rows)
      expect(Number.isFinite(Number(r['value'])), `${r['item_id']} value`).toBe(true);
  });

  it('targets.csv has one row per target value', () => {
    const rows = csvParse(read('targets.csv'));
    expect(rows.columns).toEqual(TARGET_COLUMNS.map((c) => c.name));
    expect(rows.length).toBe(
      allItems.filter((i) => i.type === 'target').reduce((n, i) => n + (i.values?.length ?? 0), 0),
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
