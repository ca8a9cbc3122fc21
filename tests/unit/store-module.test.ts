import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStoreModule } from '../../src/lib/store-module.ts';

/** The module as Astro writes it, and the value a module's `export default` gives. */
const astroModule = (data: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
const evaluate = (code: string): unknown =>
  runInNewContext(code.replace(/^export default /, '')) as unknown;
/** The pieces of a split module, read as the JSON array of strings they are written as. */
const piecesOf = (code: string) =>
  JSON.parse(code.slice('export default JSON.parse('.length, -".join(''))".length)) as string[];

describe('the content store module', () => {
  const data = [['Map', 1], 'strategies', { quote: 'Carers’ “breaks” 😀 \\ "respite"\n', n: 3 }];

  it('is split into pieces no longer than asked, which give back the same data', () => {
    const code = astroModule(data);
    const split = splitStoreModule(code, 8);
    expect(split).toBeDefined();
    const literals = piecesOf(split ?? '');
    expect(literals.length).toBeGreaterThan(5);
    for (const l of literals) expect(l.length).toBeLessThanOrEqual(9);
    expect(literals.join('')).toBe(JSON.stringify(data));
    expect(evaluate(split ?? '')).toEqual(evaluate(code));
  });

  it('never cuts a character outside the basic plane in two', () => {
    const text = '😀'.repeat(20);
    for (const size of [3, 4, 5]) {
      const split = splitStoreModule(astroModule(text), size) ?? '';
      for (const piece of piecesOf(split)) expect(piece.isWellFormed()).toBe(true);
      expect(evaluate(split)).toBe(text);
    }
  });

  it('is left as Astro wrote it when small, or in any other form', () => {
    expect(splitStoreModule(astroModule(data))).toBeUndefined();
    expect(splitStoreModule('export default new Map()', 2)).toBeUndefined();
    expect(
      splitStoreModule('export default{"strategies":[(await import("x"))]}', 2),
    ).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse(not json)', 2)).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse([1,2])', 1)).toBeUndefined();
  });
});
