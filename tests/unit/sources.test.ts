import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The repository carries copies of the evidence so it builds anywhere; where the shared originals
// are beside the project (as on our machines and CI), the copies must be identical.
const shared = '../shared/sources';

describe('source texts', () => {
  it.runIf(existsSync(shared))('are identical to the shared originals', () => {
    const originals = readdirSync(shared)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(
      readdirSync('content/sources')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(originals);
    for (const f of originals)
      expect(readFileSync(`content/sources/${f}`, 'utf8'), f).toBe(
        readFileSync(`${shared}/${f}`, 'utf8'),
      );
  });
});
