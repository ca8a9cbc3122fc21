/**
 * A synthetic national-scale corpus: N strategies across many councils, 40 items each by default
 * or at the real corpus's density and mix of item types (`realDensity`), valid against the real
 * schemas and corpus checks (every quote is a real passage of one of the real source texts). Used
 * by `npm run bench` and by the scale browser test (tests/e2e/scale.test.ts).
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
  /** How many of the nine English regions the councils are in (council c is in region c mod regions). */
  regions?: number;
  /** Items per strategy. */
  items?: number;
  /** The real content folder the themes, glossary, national framework and source texts come from. */
  from?: string;
  /** Framework headings per strategy (items are spread across them). */
  headings?: number;
  /** Share of each item type (see `realDensity`); without it, the old fixed mix. */
  mix?: Density['mix'] | undefined;
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

function writeCouncils(dir: string, councils: number, regions = REGIONS.length): void {
  for (let c = 0; c < councils; c++) {
    writeFileSync(
      join(dir, 'councils', `${councilId(c)}.yaml`),
      stringify({
        name: `Council ${c}`,
        officialName: `Council ${c} County Council`,
        type: 'unitary',
        region: REGIONS[c % Math.min(regions, REGIONS.length)],
        gss: `E06${String(c).padStart(6, '0')}`,
        facts: [],
      }),
    );
  }
}

/** How many items of each type a strategy has, and how many framework headings: see `realDensity`. */
export type Density = { items: number; headings: number; mix: Partial<Record<string, number>> };

/**
 * The density of the real corpus in `from`: mean items and framework headings per strategy, and the
 * share of each item type, so the benchmark measures strategies like the real ones.
 */
export function realDensity(from = 'content'): Density {
  const dir = join(from, 'strategies');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map(
      (f) =>
        parse(readFileSync(join(dir, f), 'utf8')) as {
          items: { type: string }[];
          framework?: { headings?: unknown[] };
        },
    );
  const items = all.flatMap((s) => s.items);
  const mix: Record<string, number> = {};
  for (const i of items) mix[i.type] = (mix[i.type] ?? 0) + 1 / items.length;
  const headings = all.reduce((n, s) => n + (s.framework?.headings?.length ?? 0), 0);
  return {
    items: Math.round(items.length / all.length),
    headings: Math.max(1, Math.round(headings / all.length)),
    mix,
  };
}

/** Item types in an order that spreads each type through the strategy, in the shares of `mix`. */
function typeSequence(items: number, mix: Density['mix']): string[] {
  const slots = Object.entries(mix).flatMap(([type, share]) => {
    const n = Math.round((share ?? 0) * items);
    return Array.from({ length: n }, (_, k) => ({ type, at: (k + 0.5) / n }));
  });
  const seq = slots.sort((a, b) => a.at - b.at || a.type.localeCompare(b.type)).map((x) => x.type);
  while (seq.length < items) seq.push('commitment');
  return seq.slice(0, items);
}

/** The old fixed mix: some figures, four good practice, the rest commitments and achievements. */
const fixedType = (i: number, number: string | undefined) =>
  number && i % 3 === 0
    ? 'figure'
    : i % 10 === 9
      ? 'good-practice'
      : i % 4 === 0
        ? 'achievement'
        : 'commitment';

/** The fields an item of `type` needs beyond the base ones; types needing a number fall back without one. */
function typeFields(type: string, i: number, number: string | undefined): Record<string, unknown> {
  const value = Number((number ?? '').replace(/[,%]/g, '')) || 0;
  const unit = number?.endsWith('%') ? 'percent' : 'carers';
  if (type === 'figure' && number)
    return {
      type,
      stated: number,
      value,
      measure: 'synthetic measure',
      unit,
      kind: 'reach',
      year: 2008,
    };
  if (type === 'target' && number)
    return {
      type,
      measure: 'synthetic measure',
      unit,
      values: [{ period: '2010', year: 2010, stated: number, value }],
    };
  if (type === 'figure' || type === 'target') return { type: 'achievement' };
  if (type === 'good-practice') return { type, name: `Synthetic initiative ${i + 1}` };
  // An outcome measures a heading of its strategy (every synthetic strategy has h1).
  if (type === 'outcome') return { type, measures: ['h1'] };
  return { type };
}

/** Strategy s's items, each quoting a real passage, in the type mix given (or the old fixed one). */
const syntheticItems = (
  items: number,
  s: number,
  pick: (k: number) => { id: string; text: string } | undefined,
  theme: (k: number, fallback: string) => string,
  { headings = 8, mix }: { headings?: number; mix?: Density['mix'] | undefined } = {},
) => {
  const types = mix ? typeSequence(items, mix) : undefined;
  return Array.from({ length: items }, (_, i) => {
    const p = pick(i + 8);
    const quote = words(p?.text ?? '', 14);
    const number = quote.match(/\d[\d,]*(?:\.\d+)?%?/)?.[0];
    const base = {
      id: `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`,
      heading: `h${(i % headings) + 1}`,
      themes: [theme(s + i, 'information-advice'), theme(s + i + 5, 'young-carers')],
      summary: `Synthetic item ${i + 1} of strategy ${s + 1}, for measuring build cost.`,
      quote,
      // Quotes are the first words of a passage, which may recur (tables of contents): name it.
      ...(p ? { passage: p.id } : {}),
    };
    return { ...base, ...typeFields(types?.[i] ?? fixedType(i, number), i, number) };
  });
};

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

/** Writes strategy s: its YAML entry and a short overview. */
function writeStrategy(
  dir: string,
  s: number,
  e: {
    council: string;
    source: string;
    pick: (k: number) => { text: string } | undefined;
    heads: unknown[];
    list: unknown[];
  },
): void {
  const id = `strategy-${String(s).padStart(4, '0')}`;
  const year = 2005 + (s % 8);
  writeFileSync(
    join(dir, 'strategies', `${id}.yaml`),
    stringify({
      council: e.council,
      source: e.source,
      title: words(e.pick(0)?.text ?? '', 4),
      ...citationTitle(words(e.pick(0)?.text ?? '', 4)),
      shortTitle: `Synthetic ${s + 1}`,
      documentType: 'strategy',
      status: 'final',
      statusNote: 'A synthetic strategy made by the benchmark.',
      period: { start: year, end: year + 3, label: `${year}-${year + 3}` },
      date: { label: String(year), year },
      partners: [],
      framework: { name: 'Synthetic framework', headings: e.heads },
      items: e.list,
    }),
  );
  writeFileSync(
    join(dir, 'strategies', `${id}.md`),
    `${'This synthetic overview exists so that the benchmark measures a realistic page. '.repeat(16)}\n`,
  );
}

/** Writes a corpus of `n` strategies into `dir` (emptied first). */
export function generate(
  n: number,
  dir: string,
  {
    councils = 170,
    regions = REGIONS.length,
    items = 40,
    headings = 8,
    mix,
    from = 'content',
    ownSources = true,
  }: SyntheticOptions = {},
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
  writeCouncils(dir, councils, regions);
  for (let s = 0; s < n; s++) {
    const src = sources[s % sources.length];
    if (!src) continue;
    const sourceId = ownSources
      ? `${src.file.replace(/\.txt$/, '')}-${s}`
      : src.file.replace(/\.txt$/, '');
    if (ownSources) copySource(src.file, sourceId);
    const pick = (k: number) => src.passages[(s * 7 + k * 13) % src.passages.length];
    const heads = Array.from({ length: headings }, (_, h) => ({
      id: `h${h + 1}`,
      title: words(pick(h)?.text ?? '', 5),
      themes: [theme(s + h, 'information-advice')],
    }));
    const list = syntheticItems(items, s, pick, theme, { headings, mix });
    writeStrategy(dir, s, {
      council: councilId(s % councils),
      source: sourceId,
      pick,
      heads,
      list,
    });
  }
}
