/**
 * A synthetic national-scale corpus: N strategies across many councils, ~40 items each, valid
 * against the real schemas and corpus checks (every quote is a real passage of one of the real
 * source texts). Used by `npm run bench` and by the scale browser test (tests/e2e/scale.test.ts).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseSource } from '../src/lib/source-text.ts';
import { inCapitals } from '../src/schemas/strategy.ts';

export const REGIONS = [
  'North East',
  'North West',
  'London',
  'South East',
  'South West',
  'East Midlands',
  'West Midlands',
  'East of England',
  'Yorkshire and The Humber',
];

export type SyntheticOptions = {
  /** How many councils the strategies are spread across (strategy s belongs to council s mod councils). */
  councils?: number;
  /** Items per strategy. */
  items?: number;
  /** The real content folder the themes, glossary, national framework and source texts come from. */
  from?: string;
  /**
   * Give each strategy its own copy of its source text, as real strategies each have their own
   * document. Source pages and search records then grow with the corpus, as they would for real.
   */
  ownSources?: boolean;
};

const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ');
/** A title taken from a heading in capitals needs its citation title, as a real entry would. */
const citationTitle = (title: string) =>
  inCapitals(title)
    ? {
        citationTitle: {
          text: title.toLowerCase().replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()),
          changed: 'case',
        },
      }
    : {};

const councilId = (c: number) => `council-${String(c).padStart(3, '0')}`;

function writeCouncils(dir: string, councils: number): void {
  for (let c = 0; c < councils; c++) {
    writeFileSync(
      join(dir, 'councils', `${councilId(c)}.yaml`),
      stringify({
        name: `Council ${c}`,
        officialName: `Council ${c} County Council`,
        type: 'unitary',
        region: REGIONS[c % REGIONS.length],
        gss: `E06${String(c).padStart(6, '0')}`,
        facts: [],
      }),
    );
  }
}

/** Strategy s's items, each quoting a real passage: some figures, a few good practice, the rest commitments. */
const syntheticItems = (
  items: number,
  s: number,
  pick: (k: number) => { id: string; text: string } | undefined,
  theme: (k: number, fallback: string) => string,
) =>
  Array.from({ length: items }, (_, i) => {
    const p = pick(i + 8);
    const quote = words(p?.text ?? '', 14);
    const number = quote.match(/\d[\d,]*(?:\.\d+)?%?/)?.[0];
    const base = {
      id: `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`,
      heading: `h${(i % 8) + 1}`,
      themes: [theme(s + i, 'information-advice'), theme(s + i + 5, 'young-carers')],
      summary: `Synthetic item ${i + 1} of strategy ${s + 1}, for measuring build cost.`,
      quote,
      // Quotes are the first words of a passage, which may recur (tables of contents): name it.
      ...(p ? { passage: p.id } : {}),
    };
    if (number && i % 3 === 0) {
      return {
        ...base,
        type: 'figure',
        stated: number,
        value: Number(number.replace(/[,%]/g, '')) || 0,
        measure: 'synthetic measure',
        unit: number.endsWith('%') ? 'percent' : 'carers',
        kind: 'reach',
        year: 2008,
      };
    }
    // Four good-practice items a strategy, as the real ones have a few each.
    if (i % 10 === 9)
      return { ...base, type: 'good-practice', name: `Synthetic initiative ${i + 1}` };
    return { ...base, type: i % 4 === 0 ? 'achievement' : 'commitment' };
  });

/** Empties `dir` and copies what every corpus shares from `from`: themes, national, glossary, sources. */
/** Copies the shared files and the source texts; returns how to copy a text as another id. */
function copyShared(
  from: string,
  dir: string,
  sourceFiles: string[],
): (file: string, to: string) => void {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['strategies', 'councils', 'sources'])
    mkdirSync(join(dir, sub), { recursive: true });
  for (const f of ['themes.yaml', 'national.yaml', 'glossary.yaml', 'search-words.yaml'])
    cpSync(join(from, f), join(dir, f));
  // Each text with its record (same text, same checksum), where the text has one.
  const copySource = (f: string, to: string) => {
    cpSync(join(from, 'sources', f), join(dir, 'sources', `${to}.txt`));
    const record = join(from, 'sources', f.replace(/\.txt$/, '.yaml'));
    if (existsSync(record)) cpSync(record, join(dir, 'sources', `${to}.yaml`));
  };
  // The originals stay: the national framework quotes them.
  sourceFiles.forEach((f) => copySource(f, f.replace(/\.txt$/, '')));
  return copySource;
}

/** Writes a corpus of `n` strategies into `dir` (emptied first). */
export function generate(
  n: number,
  dir: string,
  { councils = 170, items = 40, from = 'content', ownSources = true }: SyntheticOptions = {},
): void {
  const themes = parse(readFileSync(join(from, 'themes.yaml'), 'utf8')) as { id: string }[];
  const sourceFiles = readdirSync(join(from, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const sources = sourceFiles.map((f) => ({
    file: f,
    passages: parseSource(readFileSync(join(from, 'sources', f), 'utf8')).passages.filter(
      (p) => p.text.split(' ').length >= 6,
    ),
  }));
  const theme = (k: number, fallback: string) => themes[k % themes.length]?.id ?? fallback;

  const copySource = copyShared(from, dir, sourceFiles);
  writeCouncils(dir, councils);
  for (let s = 0; s < n; s++) {
    const src = sources[s % sources.length];
    if (!src) continue;
    const sourceId = ownSources
      ? `${src.file.replace(/\.txt$/, '')}-${s}`
      : src.file.replace(/\.txt$/, '');
    if (ownSources) copySource(src.file, sourceId);
    const pick = (k: number) => src.passages[(s * 7 + k * 13) % src.passages.length];
    const headings = Array.from({ length: 8 }, (_, h) => ({
      id: `h${h + 1}`,
      title: words(pick(h)?.text ?? '', 5),
      themes: [theme(s + h, 'information-advice')],
    }));
    const list = syntheticItems(items, s, pick, theme);
    const id = `strategy-${String(s).padStart(4, '0')}`;
    const year = 2005 + (s % 8);
    writeFileSync(
      join(dir, 'strategies', `${id}.yaml`),
      stringify({
        council: councilId(s % councils),
        source: sourceId,
        title: words(pick(0)?.text ?? '', 4),
        ...citationTitle(words(pick(0)?.text ?? '', 4)),
        shortTitle: `Synthetic ${s + 1}`,
        documentType: 'strategy',
        status: 'final',
        statusNote: 'A synthetic strategy made by the benchmark.',
        period: { start: year, end: year + 3, label: `${year}-${year + 3}` },
        date: { label: String(year), year },
        partners: [],
        framework: { name: 'Synthetic framework', headings },
        items: list,
      }),
    );
    writeFileSync(
      join(dir, 'strategies', `${id}.md`),
      `${'This synthetic overview exists so that the benchmark measures a realistic page. '.repeat(16)}\n`,
    );
  }
}
