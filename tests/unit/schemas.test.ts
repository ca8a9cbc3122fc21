import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/corpus.ts';
import { strategySchema } from '../../src/schemas/strategy.ts';
import { councilSchema } from '../../src/schemas/council.ts';
import { strategyInput, council } from '../fixtures/factories.ts';

/** The path and message of every problem, as the build reports them. */
function problems(input: unknown): string[] {
  const result = strategySchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('strategy schema', () => {
  it('accepts the minimal valid strategy', () => {
    expect(problems(strategyInput())).toEqual([]);
  });

  it('names the missing field when a required field is absent', () => {
    const { title: _title, ...rest } = strategyInput();
    expect(problems(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });

  it('rejects a period that ends before it starts, at period.end', () => {
    expect(
      problems(strategyInput({ period: { start: 2012, end: 2009, label: '2012-2009' } })),
    ).toEqual(['period.end: expected the end year to be the same as or after the start year']);
  });

  it('rejects a duplicate item id, naming both items', () => {
    const input = strategyInput();
    const first = input.items[0];
    if (!first) throw new Error('fixture has items');
    expect(problems({ ...input, items: [...input.items, { ...first }] })).toEqual([
      'items[2].id: expected a unique item id, but "1.1" is also used by items[0]',
    ]);
  });

  it('rejects an item under a heading the framework does not have', () => {
    const input = strategyInput();
    const items = input.items.map((i, n) => (n === 0 ? { ...i, heading: 'h9' } : i));
    expect(problems({ ...input, items })).toEqual([
      expect.stringMatching(
        /^items\[0\]\.heading: expected one of this strategy's framework heading ids \(h1\)/,
      ),
    ]);
  });

  it('rejects an unknown field rather than silently dropping it', () => {
    expect(problems({ ...strategyInput(), colour: 'red' })).toEqual([
      expect.stringMatching(/^\(entry\): /),
    ]);
  });

  it('requires at least one theme on every item', () => {
    const input = strategyInput();
    const items = input.items.map((i, n) => (n === 1 ? { ...i, themes: [] } : i));
    expect(problems({ ...input, items })).toEqual([
      'items[1].themes: expected at least one theme id',
    ]);
  });

  it('requires figures to say how the source states them', () => {
    const input = strategyInput();
    const items = input.items.map((i) => {
      if (i.type !== 'figure') return i;
      const { stated: _stated, ...rest } = i;
      return rest;
    });
    expect(problems({ ...input, items })).toEqual([expect.stringMatching(/^items\[1\]\.stated: /)]);
  });
});

describe('council schema', () => {
  it('accepts a valid council and rejects a malformed ONS code', () => {
    expect(councilSchema.safeParse(council()).success).toBe(true);
    const bad = councilSchema.safeParse(council({ gss: 'X123' }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['gss']);
  });
});
