import { describe, expect, it } from 'vitest';
import { readContent, readEntry } from '../../src/lib/content/reader.ts';
import { contentLoader } from '../../src/loaders/content.ts';

type Stored = { id: string; data: unknown; digest?: string };

/** What Astro's store receives from the loader for one collection of the real content folder. */
async function stored(name: 'strategies' | 'sources' | 'councils'): Promise<Stored[]> {
  const entries: Stored[] = [];
  const context = {
    store: { clear: () => {}, set: (e: Stored) => entries.push(e) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: (text: string) => String(text.length),
  };
  // The loader uses only these parts of Astro's context.
  await contentLoader(name, 'content').load(context as never);
  return entries;
}

describe('the content store and the site model', () => {
  const read = readContent('content');

  it('stores strategies and source texts by id and digest only, with no data', async () => {
    for (const name of ['strategies', 'sources'] as const) {
      const entries = await stored(name);
      expect(entries.map((e) => e.id)).toEqual(read.entries[name].map((e) => e.id));
      expect(entries.every((e) => e.digest && JSON.stringify(e.data) === '{}')).toBe(true);
    }
  });

  it('stores the other collections whole', async () => {
    const councils = await stored('councils');
    expect(councils.map((e) => e.data)).toEqual(read.entries.councils.map((e) => e.raw));
  });

  it('reads each stored-by-reference entry as the whole-folder read has it', () => {
    for (const name of ['strategies', 'sources'] as const)
      for (const entry of read.entries[name])
        expect(readEntry('content', name, entry.id)).toEqual(entry.data);
  });

  it('says which file changed when an entry can no longer be read', () => {
    expect(() => readEntry('content', 'strategies', 'no-such-strategy')).toThrow(
      /no-such-strategy/,
    );
  });
});
