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
  /** Every place the quote is found, one match per passage it starts in (up to `limit`). */
  findAll(quote: string, limit?: number): QuoteMatch[];
  /** The passage most like the quote, for error messages. */
  closest(quote: string): Passage | null;
  /** Whether a short phrase (a lead, a heading, a figure as written) is in the given passages. */
  contains(phrase: string, passageIds?: readonly string[]): boolean;
};

const quoteParts = (quote: string): string[] =>
  quote
    .split(ELISION.trim())
    .map((p) => normaliseForMatch(p))
    .filter(Boolean);

/** Index of the passage holding an offset of the joined text (binary search over passage starts). */
function passageAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether every part appears in the text, in order. */
function partsInOrder(hay: string, parts: readonly string[]): boolean {
  let at = 0;
  for (const part of parts) {
    const found = hay.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/** Shared words over the quote's size, discounting long passages a little: the passage a typo came from. */
function closestPassage(passages: readonly Passage[], quote: string): Passage | null {
  const want = new Set(words(quote));
  if (want.size === 0) return null;
  let best: Passage | null = null;
  let bestScore = 0;
  for (const p of passages) {
    const have = new Set(words(p.text));
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const score = shared / (want.size + Math.max(0, have.size - want.size) * 0.1);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

export function createQuoteIndex(passages: readonly Passage[]): QuoteIndex {
  const { text, starts } = joinPassages(passages);
  const normalised = passages.map((p) => normaliseForMatch(p.text));
  const spanIds = (from: number, to: number): string[] =>
    passages
      .slice(passageAt(starts, from), passageAt(starts, Math.max(from, to - 1)) + 1)
      .map((p) => p.id);

  const findAll = (quote: string, limit = Infinity): QuoteMatch[] => {
    const parts = quoteParts(quote);
    const out: QuoteMatch[] = [];
    if (parts.length === 0) return out;
    if (parts.length > 1) {
      // Elided quotes: every part within one passage, in order.
      passages.forEach((p, i) => {
        if (out.length < limit && partsInOrder(normalised[i] ?? '', parts))
          out.push({ passageIds: [p.id] });
      });
      return out;
    }
    const needle = parts[0] ?? '';
    for (
      let at = text.indexOf(needle);
      at >= 0 && out.length < limit;
      at = text.indexOf(needle, at + 1)
    ) {
      const ids = spanIds(at, at + needle.length);
      if (out.at(-1)?.passageIds[0] !== ids[0]) out.push({ passageIds: ids });
    }
    return out;
  };

  return {
    find: (quote) => findAll(quote, 1)[0] ?? null,
    findAll,
    closest: (quote) => closestPassage(passages, quote),
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
