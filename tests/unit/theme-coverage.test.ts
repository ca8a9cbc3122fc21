import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import {
  corpusUnmentioned,
  formatUnmentioned,
  unmentionedStrategies,
} from '../../src/lib/theme-coverage.ts';

const themes = [
  { id: 'breaks', comparison: "Surrey's plan counts breaks; Barnet plans more.", reviewedFor: [] },
  {
    id: 'young-carers',
    comparison: 'Every council funds a young carers project.',
    reviewedFor: ['leeds-2014'],
  },
];
// Read once: it parses every content file, which takes seconds on a busy machine.
let input: ReturnType<typeof checkContent>['input'];
beforeAll(() => {
  input = checkContent('content').input;
}, 60_000);
const strategy = (id: string, councilName: string, themes: string[]) => ({
  id,
  councilName,
  themes,
});

describe("the themes' comparison paragraphs", () => {
  it('must mention each strategy with items on the theme by its council, unless reviewed for it', () => {
    const found = unmentionedStrategies(themes, [
      strategy('surrey-2008', 'Surrey', ['breaks']),
      strategy('leeds-2014', 'Leeds', ['breaks', 'breaks', 'young-carers']),
      strategy('barnet-2009', 'Barnet', ['young-carers']),
    ]);
    expect(found.map((u) => `${u.theme} ${u.strategy} ${u.items}`)).toEqual([
      'breaks leeds-2014 2',
      'young-carers barnet-2009 1',
    ]);
    expect(formatUnmentioned(found[0]!)).toContain('add leeds-2014 to the theme');
  });

  it('do not count a name inside a longer word as a mention', () => {
    expect(unmentionedStrategies(themes, [strategy('bar-2001', 'Bar', ['breaks'])])).toHaveLength(
      1,
    );
  });

  it('in content/ mention every strategy with items on their theme, or are marked reviewed for it', () => {
    expect(corpusUnmentioned(input).map((u) => formatUnmentioned(u))).toEqual([]);
  });
});

describe('the README', () => {
  it("states the site's strategies and item count as content/ has them", () => {
    const published = input.strategies.filter((s) => !s.data.draft);
    const items = published.reduce((n, s) => n + s.data.items.length, 0);
    const words = [
      'no',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
    ];
    const line = /Today the site holds (\w+) documents? \(([^)]+)\): ([\d,]+) items in all\./.exec(
      readFileSync('README.md', 'utf8').replace(/\s+/g, ' '),
    );
    expect(line, 'README: the sentence "Today the site holds … items in all."').not.toBeNull();
    expect(line?.[1]).toBe(words[published.length] ?? String(published.length));
    expect(line?.[2]?.split(', ').sort()).toEqual(published.map((s) => s.data.shortTitle).sort());
    expect(Number(line?.[3]?.replace(/,/g, ''))).toBe(items);
  });
});
