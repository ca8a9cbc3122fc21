import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/schemas/item.ts';
import { formatPath } from '../../src/lib/corpus.ts';
import { checkMeasureLinks } from '../../src/lib/measure-links.ts';
import {
  aspectValue,
  countSpecificity,
  specificityOf,
  type Specificity,
} from '../../src/lib/specificity.ts';
import { strategySchema } from '../../src/schemas/strategy.ts';
import { strategyInput } from '../fixtures/factories.ts';

const base = { themes: ['breaks'], summary: 'Plain words for the test.', quote: 'words' };
const commitment = (id: string, extra: Partial<Item> = {}): Item =>
  ({ ...base, id, type: 'commitment', heading: 'h1', ...extra }) as Item;
const outcome = (id: string, measures: string[], extra: Partial<Item> = {}): Item =>
  ({ ...base, id, type: 'outcome', measures, ...extra }) as Item;

const row = [
  commitment('obj', { lead: 'Carers Strategy Group', timescale: 'Year 1' }),
  commitment('obj-a', { leadFrom: 'obj', timescaleFrom: 'obj' }),
  commitment('obj-b', { lead: 'Service managers' }),
  commitment('alone'),
  commitment('own-measure', { heading: 'h2', measure: 'measured via surveys' }),
  outcome('obj-out-1', ['obj', 'obj-a', 'obj-b']),
  outcome('alone-out', ['alone']),
];
const spec = (id: string): Specificity => {
  const found = specificityOf(row).find((c) => c.item.id === id);
  if (!found) throw new Error(id);
  return found.spec;
};

describe('specificity of commitments', () => {
  it('records a lead and timescale stated on the line itself as the item’s own', () => {
    expect(spec('obj').lead).toEqual({ kind: 'item', text: 'Carers Strategy Group', outcomes: [] });
    expect(spec('obj').timescale.kind).toBe('item');
  });

  it('records a lead taken from the line that states it for the whole row as shared, with where from', () => {
    expect(spec('obj-a').lead).toEqual({
      kind: 'shared',
      text: 'Carers Strategy Group',
      from: 'obj',
      outcomes: [],
    });
    expect(spec('obj-b').timescale).toEqual({ kind: 'none' });
  });

  it('counts a commitment as measured alone only when an outcome measures nothing else', () => {
    expect(spec('alone').measure).toEqual({ kind: 'item', outcomes: ['alone-out'] });
    expect(spec('obj-a').measure).toEqual({ kind: 'shared', outcomes: ['obj-out-1'] });
    expect(spec('own-measure').measure.kind).toBe('item');
  });

  it('treats an outcome that measures a heading as measuring each commitment under it, shared', () => {
    const items = [commitment('x'), outcome('o', ['h1'])];
    expect(specificityOf(items)[0]?.spec.measure).toEqual({ kind: 'shared', outcomes: ['o'] });
  });

  it('leaves out a line that only names the lead of its row, though others take their lead from it', () => {
    const leads = commitment('leads', { quote: 'Carers workers', lead: 'Carers workers' });
    const items = [leads, commitment('action', { leadFrom: 'leads' })];
    expect(specificityOf(items).map((c) => c.item.id)).toEqual(['action']);
    expect(specificityOf(items)[0]?.spec.lead).toMatchObject({ kind: 'shared', from: 'leads' });
  });

  it('ignores items that are not commitments', () => {
    expect(specificityOf(row).map((c) => c.item.id)).toEqual([
      'obj',
      'obj-a',
      'obj-b',
      'alone',
      'own-measure',
    ]);
  });

  it('counts leads, dates and measures, how many are shared, and commitments with all three', () => {
    expect(countSpecificity(specificityOf(row).map((c) => c.spec))).toEqual({
      commitments: 5,
      all: 2,
      lead: { named: 3, shared: 1 },
      timescale: { named: 2, shared: 1 },
      measure: { named: 5, shared: 3 },
    });
  });

  it('writes the download value as yes, yes-shared or no', () => {
    const states = [spec('obj').lead, spec('obj-a').lead, spec('alone').lead];
    expect(states.map(aspectValue)).toEqual(['yes', 'yes-shared', 'no']);
  });
});

describe('measure links check', () => {
  const strategy = (items: Item[]) => strategySchema.parse(strategyInput({ items }));

  it('accepts links to commitments and headings', () => {
    expect(checkMeasureLinks(strategy([commitment('a'), outcome('o', ['a', 'h1'])]))).toEqual([]);
  });

  it('reports an outcome that measures an unknown id or a non-commitment', () => {
    const s = strategy([commitment('a'), outcome('o', ['nope']), outcome('p', ['o'])]);
    expect(checkMeasureLinks(s).map((p) => `${formatPath(p.path)} ${p.found}`)).toEqual([
      'items[1].measures[0] "nope"',
      'items[2].measures[0] "o"',
    ]);
  });

  it('reports a leadFrom that points to a line with no lead, or is given beside a lead', () => {
    const s = strategy([
      commitment('a'),
      commitment('b', { leadFrom: 'a' }),
      commitment('c', { lead: 'Someone', leadFrom: 'd' }),
      commitment('d', { lead: 'Another' }),
    ]);
    expect(checkMeasureLinks(s).map((p) => `${formatPath(p.path)}: ${p.expected}`)).toEqual([
      'items[1].leadFrom: the id of another commitment in this strategy that records a lead',
      'items[2].leadFrom: either lead or leadFrom, not both',
    ]);
  });
});

describe('what an outcome measures', () => {
  const strategy = (items: Item[]) => strategySchema.parse(strategyInput({ items }));
  const wrong = (s: ReturnType<typeof strategy>) =>
    checkMeasureLinks(s).map((p) => `${formatPath(p.path)}: ${p.found}`);

  it('accepts an outcome the source states for the whole strategy', () => {
    const whole = { ...outcome('o', []), measures: undefined, appliesTo: 'strategy' } as Item;
    expect(wrong(strategy([commitment('a'), whole]))).toEqual([]);
  });

  it('reports an outcome that says neither what it measures nor that it is for the whole strategy', () => {
    const neither = { ...outcome('o', []), measures: undefined } as Item;
    expect(wrong(strategy([commitment('a'), neither]))).toEqual(['items[1].measures: neither']);
  });

  it('reports an outcome that gives both, since one of them must be a guess', () => {
    const both = outcome('o', ['a'], { appliesTo: 'strategy' });
    expect(wrong(strategy([commitment('a'), both]))).toEqual(['items[1].appliesTo: both']);
  });
});
