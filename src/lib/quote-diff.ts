/**
 * Word-level differences between a quote and the passage it should come from, and the share of a
 * document's words another text keeps in order. Used by `npm run find-quote`, the content check's
 * "closest passage" message, and the import fidelity tests.
 */
import { normaliseForMatch } from './text.ts';

export type DiffPart = { op: 'same' | 'removed' | 'added'; words: string[] };

const push = (parts: DiffPart[], op: DiffPart['op'], word: string) => {
  const last = parts.at(-1);
  if (last?.op === op) last.words.push(word);
  else parts.push({ op, words: [word] });
};

/** LCS table for two short word lists (quotes and passages): lengths of the common suffixes. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const w = b.length + 1;
  const t = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      t[i * w + j] =
        a[i] === b[j]
          ? (t[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(t[(i + 1) * w + j] ?? 0, t[i * w + j + 1] ?? 0);
  return t;
}

/** The differences turning word list `a` into `b`: removed words are in `a` only, added in `b` only. */
export function diffWords(
  a: readonly string[],
  b: readonly string[],
  key = (word: string) => word,
): DiffPart[] {
  const keyA = a.map(key);
  const keyB = b.map(key);
  const t = lcsTable(keyA, keyB);
  const w = b.length + 1;
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && keyA[i] === keyB[j]) {
      push(parts, 'same', b[j] ?? '');
      i++;
      j++;
    } else if (
      j < b.length &&
      (i === a.length || (t[i * w + j + 1] ?? 0) >= (t[(i + 1) * w + j] ?? 0))
    ) {
      push(parts, 'added', b[j] ?? '');
      j++;
    } else {
      push(parts, 'removed', a[i] ?? '');
      i++;
    }
  }
  return parts;
}

// Compared as the quote check compares them: quote marks, dashes and emphasis markers don't count.
const matchKey = (word: string) => normaliseForMatch(word).replace(/[,.;:]$/, '');

/**
 * The quote's differences from a passage, git word-diff style: `[-quoted-]` where the quote has
 * words the passage lacks, `{+passage+}` where the passage has words the quote lacks. With
 * `context` (the default, for `npm run find-quote`) the passage's words before and after the quoted
 * stretch are shown plain; without it (the content check's one-line message) they are left out.
 */
export function markDifferences(quote: string, passage: string, { context = true } = {}): string {
  const q = quote.split(/\s+/).filter(Boolean);
  const p = passage.split(/\s+/).filter(Boolean);
  const parts = diffWords(q, p, matchKey);
  const firstSame = parts.findIndex((d) => d.op === 'same');
  const lastSame = parts.findLastIndex((d) => d.op === 'same');
  return parts
    .flatMap((d, k) => {
      const text = d.words.join(' ');
      if (d.op === 'same') return [text];
      const outside = k < firstSame || k > lastSame || firstSame < 0;
      if (d.op === 'added' && outside) return context ? [text] : [];
      return [d.op === 'added' ? `{+${text}+}` : `[-${text}-]`];
    })
    .join(' ');
}

/**
 * How many words of `a` appear in `b` in the same order (the longest common subsequence), by
 * Myers' O((N+M)D) method, so long, nearly equal documents compare in milliseconds.
 */
export function wordsInOrder(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[max + k - 1] ?? 0) < (v[max + k + 1] ?? 0));
      let x = down ? (v[max + k + 1] ?? 0) : (v[max + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}
