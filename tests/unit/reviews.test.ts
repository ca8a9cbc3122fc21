/** A strategy's latest review must be of the source text as it is now, or the page's "last checked" is untrue. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newestFirst } from '../../src/lib/reviews.ts';
import { strategySchema, type Review } from '../../src/schemas/strategy.ts';

const dir = 'content/strategies';
const strategies = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, data: strategySchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
const sha = (source: string) =>
  createHash('sha256')
    .update(readFileSync(join('content/sources', `${source}.txt`)))
    .digest('hex');

describe('review logs', () => {
  it('every strategy has been reviewed, and its latest review is of the source text as it is now', () => {
    expect(strategies.length).toBeGreaterThan(0);
    for (const { file, data } of strategies) {
      const latest = newestFirst(data.reviews)[0];
      expect(latest, `${file}: no review`).toBeDefined();
      expect(latest?.sourceSha256, `${file}: source changed since the last review`).toBe(
        sha(data.source),
      );
    }
  });
});

describe("the order of a strategy's checks", () => {
  const review = (date: string, by: string): Review => ({
    by,
    date,
    sourceSha256: '0'.repeat(64),
    changes: [],
  });

  it('puts the newest first, and of two on the same day the one listed later', () => {
    const order = newestFirst([
      review('2026-11-30', 'first'),
      review('2026-12-01', 'second'),
      review('2026-12-01', 'third'),
    ]).map((r) => r.by);
    expect(order).toEqual(['third', 'second', 'first']);
  });
});
