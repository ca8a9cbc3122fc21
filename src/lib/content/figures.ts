/**
 * Reads the number a figure's `stated` words give ("over 5,500", "two thirds", "£1.4 billion",
 * "between 113,800 to 126,000"), so `value` can be checked against them: a figure typed as 999999
 * where the source says 474 would otherwise reach the charts and downloads unnoticed.
 */

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  a: 1, an: 1,
};

const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
};

/** "thirds" → 3: the denominators a fraction may be written with. */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, tenth: 10, tenths: 10,
};

const WORD = Object.keys(UNITS).join('|');
const FRACTION = new RegExp(`\\b(${WORD}|\\d+)[\\s-]+(${Object.keys(DENOMINATORS).join('|')})\\b`, 'g');
const NUMBER = new RegExp(
  `(\\d+(?:\\.\\d+)?|\\b(?:${WORD})\\b)(?:\\s*(${Object.keys(SCALES).join('|')})\\b)?`,
  'g',
);

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * Every number the words could mean, in order: plain numbers with their scale ("1.4 billion"),
 * number words, and fractions as a share, a percentage and, for a unit such as "thirds", the count.
 */
export function statedNumbers(stated: string, unit = ''): number[] {
  const text = stated.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1');
  const out: number[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const top = UNITS[m[1] ?? ''] ?? Number(m[1]);
    const bottom = DENOMINATORS[m[2] ?? ''] ?? 1;
    out.push(round(top / bottom), round((top / bottom) * 100));
    if (unit.toLowerCase().startsWith((m[2] ?? '').replace(/s$/, '').slice(0, 4))) out.push(top);
  }
  for (const m of text.matchAll(NUMBER)) {
    const word = m[1] ?? '';
    // "a"/"an" only count before a scale: "a million", not "a third" or "an increase".
    if ((word === 'a' || word === 'an') && !m[2]) continue;
    const base = UNITS[word] ?? Number(word);
    out.push(round(base * (SCALES[m[2] ?? ''] ?? 1)));
  }
  // "three to four hundred": the scale after the upper end applies to the lower end too.
  const range = /(\S+)\s+(?:to|-|–)\s+\S+\s+(hundred|thousand|million|billion)\b/.exec(text);
  if (range) {
    const low = UNITS[range[1] ?? ''] ?? Number(range[1]);
    if (Number.isFinite(low)) out.push(round(low * (SCALES[range[2] ?? ''] ?? 1)));
  }
  return out;
}

/** Whether the words say a range ("between 10 and 20", "10-20", "10 to 20"). */
export const isRange = (stated: string): boolean =>
  /\bbetween\b|\d\s*(?:-|–|to)\s*£?\d/i.test(stated);

/** What is wrong with a value for its stated words, or null when it agrees. */
export function valueMismatch(
  stated: string,
  value: number,
  valueTo?: number,
  unit?: string,
): string | null {
  const numbers = statedNumbers(stated, unit);
  if (numbers.length === 0) return `no number could be read from "${stated}"`;
  if (!numbers.includes(round(value))) {
    return `${value}, but "${stated}" says ${[...new Set(numbers)].join(' or ')}`;
  }
  if (valueTo !== undefined && !numbers.includes(round(valueTo))) {
    return `valueTo ${valueTo}, but "${stated}" says ${[...new Set(numbers)].join(' or ')}`;
  }
  if (valueTo === undefined && isRange(stated) && new Set(numbers).size > 1) {
    return `one value for a range ("${stated}"); give the upper end as valueTo`;
  }
  return null;
}
