import { describe, expect, it } from 'vitest';
import { writtenAgo } from '../../src/lib/age.ts';

describe("saying how old a council's document is", () => {
  it('gives the year and how many years ago it was', () => {
    expect(writtenAgo(2008, 2026)).toBe('written in 2008, 18 years ago');
  });

  it('says one year in the singular', () => {
    expect(writtenAgo(2025, 2026)).toBe('written in 2025, 1 year ago');
  });

  it('gives only the year for a document from this year', () => {
    expect(writtenAgo(2026, 2026)).toBe('written in 2026');
  });
});
