import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, forbiddenCharacters } from '../../src/lib/content/hygiene.ts';
import { FILE_ID, readContent } from '../../src/lib/content/reader.ts';
import { parseSource } from '../../src/lib/source-text.ts';

// Checks inside the repository only, so adding a source never breaks them: every source text is
// UTF-8 with no control characters, named as a slug, parses into passages, and is quoted from.
const files = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));

describe('source texts in content/sources', () => {
  it.each(files)('%s is UTF-8 without control or direction-changing characters', (f) => {
    const { text, problems } = decodeUtf8(readFileSync(`content/sources/${f}`), f);
    expect(problems).toEqual([]);
    expect(forbiddenCharacters(text ?? '', f)).toEqual([]);
  });

  it.each(files)('%s is named as a lowercase slug and parses into passages', (f) => {
    expect(f.replace(/\.txt$/, '')).toMatch(FILE_ID);
    expect(
      parseSource(readFileSync(`content/sources/${f}`, 'utf8')).passages.length,
    ).toBeGreaterThan(10);
  });

  it('are each quoted by at least one strategy or council', () => {
    const { entries: input } = readContent('content');
    const used = new Set([
      ...input.strategies.map((s) => s.data.source),
      ...input.councils.flatMap((c) => c.data.facts.map((f) => f.source)),
      ...input.national.map((n) => n.data.source),
    ]);
    expect(files.filter((f) => !used.has(f.replace(/\.txt$/, '')))).toEqual([]);
  }, 20_000);
});
