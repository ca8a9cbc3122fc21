/**
 * Finds a verbatim quote in a parsed source and says which passage it comes from.
 * Authors never write locators: the passage found here becomes the item's source link.
 */
import { joinPassages, type Passage } from './source-text.ts';
import { normaliseForMatch, words } from './text.ts';

/** Marks an elision inside a quote: each part must appear, in order, within one passage. */
export const ELISION = ' [...] ';

/** The passages a quote was found in, in order; the first is the link target. */
export type QuoteMatch = { passageIds: string[] };

export type QuoteIndex = {
  find(quote: string): QuoteMatch | null;
  /** The passage most like the quote, for error messages. */
  closest(quote: string): Passage | null;
  /** Whether a short phrase (a lead, a heading, a figure as written) is in the given passages. */
  contains(phrase: string, passageIds?: readonly string[]): boolean;
};

export function createQuoteIndex(passages: readonly Passage[]): QuoteIndex {
  const { text, starts } = joinPassages(passages);
  const normalised = passages.map((p) => normaliseForMatch(p.text));

  const passageAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const spanIds = (from: number, to: number): string[] => {
    const first = passageAt(from);
    const last = passageAt(Math.max(from, to - 1));
    return passages.slice(first, last + 1).map((p) => p.id);
  };

  const findParts = (parts: string[]): QuoteMatch | null => {
    // Elided quotes: every part within one passage, in order.
    for (let i = 0; i < passages.length; i++) {
      const hay = normalised[i] ?? '';
      let at = 0;
      let ok = true;
      for (const part of parts) {
        const found = hay.indexOf(part, at);
        if (found < 0) {
          ok = false;
          break;
        }
        at = found + part.length;
      }
      const p = passages[i];
      if (ok && p) return { passageIds: [p.id] };
    }
    return null;
  };

  return {
    find(quote) {
      const parts = quote
        .split(ELISION.trim())
        .map((p) => normaliseForMatch(p))
        .filter(Boolean);
      if (parts.length === 0) return null;
      if (parts.length > 1) return findParts(parts);
      const needle = parts[0] ?? '';
      const at = text.indexOf(needle);
      if (at < 0) return null;
      return { passageIds: spanIds(at, at + needle.length) };
    },
    closest(quote) {
      const want = new Set(words(quote));
      if (want.size === 0) return null;
      let best: Passage | null = null;
      let bestScore = 0;
      passages.forEach((p) => {
        const have = new Set(words(p.text));
        let shared = 0;
        for (const w of want) if (have.has(w)) shared++;
        const score = shared / (want.size + Math.max(0, have.size - want.size) * 0.1);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      });
      return best;
    },
    contains(phrase, passageIds) {
      const needle = normaliseForMatch(phrase);
      if (passageIds === undefined) return text.includes(needle);
      const wanted = new Set(passageIds);
      const joined = passages
        .map((p, i) => (wanted.has(p.id) ? normalised[i] : null))
        .filter((t): t is string => t !== null)
        .join(' ');
      return joined.includes(needle);
    },
  };
}
