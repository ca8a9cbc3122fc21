/**
 * Checks that links between entries hold and that every quotation is in its source, and works out
 * each quotation's source passage. Shape is checked by the Zod schemas; this checks what no single
 * entry can know on its own. Pure: the Astro build and `npm run check:content` both call it.
 * One shared context, one function per kind of entry.
 */
import type { Council } from '../schemas/council.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { HelpLink } from '../schemas/help.ts';
import type { Item } from '../schemas/item.ts';
import type { National } from '../schemas/national.ts';
import type { Strategy } from '../schemas/strategy.ts';
import type { Theme } from '../schemas/theme.ts';
import { valueMismatch } from './content/figures.ts';
import { formatPath, type FieldPath, type Problem } from './content/problem.ts';
import { markDifferences } from './quote-diff.ts';
import { createQuoteIndex, type QuoteIndex } from './quotes.ts';
import type { Passage } from './source-text.ts';
import { bareAddress } from './help.ts';
import { checkMeasureLinks } from './measure-links.ts';
import { normaliseForMatch, words } from './text.ts';

export { formatPath, formatProblem, type Problem } from './content/problem.ts';

/** An entry to check; `at` is where it sits in its file (`[3]` for the fourth entry of a list file). */
type Entry<T> = { id: string; file: string; data: T; at?: FieldPath };

export type CorpusInput = {
  strategies: Entry<Strategy>[];
  /** Editorial overviews: strategy id → word count of the body. */
  overviews: Entry<{ words: number }>[];
  councils: Entry<Council>[];
  themes: Entry<Theme>[];
  national: Entry<National>[];
  glossary: Entry<GlossaryTerm>[];
  /** Addresses for "Get help now" (content/help.yaml); none is an empty list. */
  help?: Entry<HelpLink>[];
  sources: Entry<{ passages: Passage[] }>[];
  /** Ids present on disk that could not be read (their problems are already reported): not reported again. */
  unreadable?: Partial<
    Record<'strategies' | 'overviews' | 'councils' | 'themes' | 'sources', ReadonlySet<string>>
  >;
};

/** Where each checked quotation was found: key → passage ids (the first is the anchor). */
export type Anchors = Map<string, string[]>;

export const OVERVIEW_WORDS = { min: 150, max: 400 } as const;

/** A quotation of fewer words could be almost anywhere: it must name its passage. */
export const MIN_QUOTE_WORDS = 3;

/** Keys for the anchors map, so callers never build them by hand. */
export const anchorKey = {
  item: (strategy: string, item: string) => `strategy:${strategy}#${item}`,
  heading: (strategy: string, heading: string) => `heading:${strategy}#${heading}`,
  title: (strategy: string) => `title:${strategy}`,
  recognition: (strategy: string, item: string) => `recognition:${strategy}#${item}`,
  fact: (council: string, index: number) => `fact:${council}#${index}`,
  national: (id: string) => `national:${id}`,
  help: (id: string) => `help:${id}`,
};

const clip = (text: string, max = 160): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const listOf = (ids: Iterable<string>) => [...ids].sort().join(', ');

/** One quotation to find: where it is written, its source, its words, and its passage if it names one. */
type QuoteRef = {
  file: string;
  path: FieldPath;
  source: string;
  text: string;
  passage?: string | undefined;
};

/** What every per-kind check shares: the problems so far, the anchors found, the ids that exist. */
class Context {
  readonly problems: Problem[] = [];
  readonly anchors: Anchors = new Map();
  readonly indexes = new Map<string, QuoteIndex>();
  readonly themeIds: Set<string>;
  readonly councilIds: Set<string>;
  readonly outcomeIds: Set<string>;
  readonly strategyIds: Set<string>;
  readonly overviewIds: Set<string>;
  readonly input: CorpusInput;

  constructor(input: CorpusInput) {
    this.input = input;
    for (const s of input.sources) this.indexes.set(s.id, createQuoteIndex(s.data.passages));
    const u = input.unreadable ?? {};
    const ids = (entries: { id: string }[], broken?: ReadonlySet<string>) =>
      new Set([...entries.map((e) => e.id), ...(broken ?? [])]);
    this.themeIds = ids(input.themes, u.themes);
    this.councilIds = ids(input.councils, u.councils);
    this.strategyIds = ids(input.strategies, u.strategies);
    this.overviewIds = ids(input.overviews, u.overviews);
    this.outcomeIds = new Set(
      input.national.filter((n) => n.data.kind === 'outcome-2008').map((n) => n.id),
    );
  }

  report(p: Problem): void {
    this.problems.push(p);
  }

  /** Theme ids that exist; an unreadable theme counts as existing (its own problem is reported). */
  themes(file: string, path: FieldPath, ids: readonly string[]): void {
    ids.forEach((id, i) => {
      if (this.themeIds.has(id)) return;
      this.report({
        file,
        path: [...path, i],
        expected: `a theme id from content/themes.yaml (${listOf(this.input.themes.map((t) => t.id))})`,
        found: `"${id}"`,
        fix: 'use one of the ids listed, or add the theme to content/themes.yaml',
      });
    });
  }

  /** Whether a source exists; reports it when it does not, and stays quiet when it exists but is unreadable. */
  source(file: string, path: FieldPath, id: string): boolean {
    if (this.indexes.has(id)) return true;
    if (this.input.unreadable?.sources?.has(id)) return false;
    this.report({
      file,
      path,
      expected: `a source id from content/sources/ (${[...this.indexes.keys()].join(', ')})`,
      found: `"${id}"`,
      fix: `use a file name from content/sources/ without .txt, or add content/sources/${id}.txt`,
    });
    return false;
  }

  /** Finds a quotation; records its anchor, or a problem showing the closest passage and the differences. */
  quote(ref: QuoteRef, key: string, strict = true): string[] | null {
    const index = this.indexes.get(ref.source);
    if (!index) return null;
    const at = { file: ref.file, path: ref.path };
    const sourceFile = `content/sources/${ref.source}.txt`;
    const matches = index.findAll(ref.text, ref.passage ? Infinity : 2);
    if (ref.passage) {
      const match = matches.find((m) => m.passageIds[0] === ref.passage);
      if (match) this.anchors.set(key, match.passageIds);
      else {
        this.report({
          ...at,
          expected: `the quotation in passage ${ref.passage} of ${sourceFile}`,
          found: matches.length
            ? `it in ${matches.map((m) => m.passageIds[0]).join(', ')}`
            : 'it nowhere',
          fix: 'correct `passage` to the line the quotation starts on (npm run passages shows them)',
        });
      }
      return match?.passageIds ?? null;
    }
    if (strict && words(ref.text).length < MIN_QUOTE_WORDS) {
      this.report({
        ...at,
        expected: `a quotation of at least ${MIN_QUOTE_WORDS} words, or one that names its passage`,
        found: `"${ref.text}"`,
        fix: 'quote more of the sentence, or add `passage: L<line>` naming where it is',
      });
      return null;
    }
    const [first, second] = matches;
    if (first && second && strict) {
      this.report({
        ...at,
        expected: 'a quotation found in one place only in its source',
        found: `"${clip(ref.text, 80)}" in ${first.passageIds[0]} and ${second.passageIds[0]}`,
        fix: `quote more words, or add \`passage: ${first.passageIds[0]}\` (or the other) to say which`,
      });
      return null;
    }
    if (first) {
      this.anchors.set(key, first.passageIds);
      return first.passageIds;
    }
    const near = index.closest(ref.text);
    this.report({
      ...at,
      expected: `words found verbatim in ${sourceFile}`,
      found: `"${clip(ref.text, 100)}"`,
      detail: near
        ? [
            `Closest passage (${near.id}), in full: "${near.text}"`,
            'Differences ([-quote only-] {+passage only+}): ' +
              markDifferences(ref.text, near.text, { context: false }),
          ]
        : [],
      fix: 'copy the words exactly from the passage (curly and straight quote marks count as the same)',
    });
    return null;
  }

  /** A figure as written must be in its quote, and its value must be the number those words give. */
  stated(
    file: string,
    path: FieldPath,
    figure: {
      stated: string;
      value: number;
      valueTo?: number | undefined;
      unit?: string;
      valueNote?: string | undefined;
    },
    quoteText: string,
  ): void {
    if (!normaliseForMatch(quoteText).includes(normaliseForMatch(figure.stated))) {
      this.report({
        file,
        path: [...path, 'stated'],
        expected: `the figure as written in the quote`,
        found: `"${figure.stated}", which the quote does not contain`,
        fix: 'copy the number exactly as the quote writes it, with its words ("over 5,500")',
      });
      return;
    }
    if (figure.valueNote !== undefined) return;
    const mismatch = valueMismatch(figure.stated, figure.value, figure.valueTo, figure.unit);
    if (mismatch) {
      this.report({
        file,
        path: [...path, 'value'],
        expected: `the number that \`stated\` gives, never rounded`,
        found: mismatch,
        fix: 'correct `value`, or explain a reasoned difference in `valueNote`',
      });
    }
  }
}

function checkItem(
  ctx: Context,
  s: Entry<Strategy>,
  item: Item,
  i: number,
  figureIds: Set<string>,
): void {
  const { id, file, data } = s;
  const at: FieldPath = [...(s.at ?? []), 'items', i];
  ctx.themes(file, [...at, 'themes'], item.themes);
  const ref = { file, source: data.source, passage: item.passage };
  const passageIds = ctx.quote(
    { ...ref, path: [...at, 'quote'], text: item.quote },
    anchorKey.item(id, item.id),
  );
  if (item.type === 'figure') ctx.stated(file, at, item, item.quote);
  if (item.type === 'target') {
    item.values.forEach((v, j) => ctx.stated(file, [...at, 'values', j], v, item.quote));
  }
  if ((item.type === 'commitment' || item.type === 'outcome') && passageIds) {
    const index = ctx.indexes.get(data.source);
    // Words that say who, when or how must sit in the quoted passage, so they are the source's.
    const stated =
      item.type === 'commitment'
        ? { lead: item.lead, timescale: item.timescale, measure: item.measure }
        : { measuredBy: item.measuredBy };
    for (const [field, value] of Object.entries(stated)) {
      if (value === undefined || !index || index.contains(value, passageIds)) continue;
      ctx.report({
        file,
        path: [...at, field],
        expected: `words found in the same source passage as the quote (${passageIds[0]})`,
        found: `"${value}"`,
        fix: `copy \`${field}\` exactly from passage ${passageIds[0]}, or leave it out`,
      });
    }
  }
  if (item.type !== 'good-practice') return;
  if (item.recognition !== undefined) {
    ctx.quote(
      { ...ref, passage: undefined, path: [...at, 'recognition'], text: item.recognition },
      anchorKey.recognition(id, item.id),
    );
  }
  item.evidence?.forEach((evidence, j) => {
    if (figureIds.has(evidence)) return;
    ctx.report({
      file,
      path: [...at, 'evidence', j],
      expected: `the id of a figure item in this strategy (${listOf(figureIds)})`,
      found: `"${evidence}"`,
      fix: 'use the id of one of this strategy’s figure items',
    });
  });
}

function checkStrategy(ctx: Context, s: Entry<Strategy>): void {
  const { id, file, data } = s;
  if (!ctx.councilIds.has(data.council)) {
    ctx.report({
      file,
      path: ['council'],
      expected: `a council id from content/councils/ (${listOf(ctx.input.councils.map((c) => c.id))})`,
      found: `"${data.council}"`,
      fix: `use one of the ids listed, or add content/councils/${data.council}.yaml`,
    });
  }
  if (!ctx.overviewIds.has(id)) {
    ctx.report({
      file,
      path: [],
      expected: `an editorial overview in content/strategies/${id}.md`,
      found: 'none',
      fix: `copy docs/templates/strategy.md to content/strategies/${id}.md and write it`,
    });
  }
  const hasSource = ctx.source(file, ['source'], data.source);
  if (hasSource) {
    ctx.quote(
      { file, path: ['title'], source: data.source, text: data.title },
      anchorKey.title(id),
      false,
    );
  }
  data.framework.headings.forEach((h, i) => {
    const at: FieldPath = ['framework', 'headings', i];
    ctx.themes(file, [...at, 'themes'], h.themes);
    const words = h.sourceWords;
    if (words !== undefined && !normaliseForMatch(words).includes(normaliseForMatch(h.title))) {
      ctx.report({
        file,
        path: [...at, 'sourceWords'],
        expected: 'words that contain the title',
        found: `"${words}"`,
        fix: 'copy the heading from the source with the words around it that the title leaves out',
      });
    }
    if (hasSource) {
      // A title the source prefixes with a list mark is found by its fuller source words.
      ctx.quote(
        {
          file,
          path: [...at, words === undefined ? 'title' : 'sourceWords'],
          source: data.source,
          text: words ?? h.title,
        },
        anchorKey.heading(id, h.id),
        false,
      );
    }
  });
  for (const p of checkMeasureLinks(data))
    ctx.report({ file, ...p, path: [...(s.at ?? []), ...p.path] });
  if (!hasSource) return;
  const figureIds = new Set(data.items.filter((it) => it.type === 'figure').map((it) => it.id));
  data.items.forEach((item, i) => checkItem(ctx, s, item, i, figureIds));
}

function checkOverview(ctx: Context, o: Entry<{ words: number }>): void {
  if (!ctx.strategyIds.has(o.id)) {
    ctx.report({
      file: o.file,
      path: [],
      expected: `a strategy data file content/strategies/${o.id}.yaml`,
      found: 'none',
      fix: 'rename the overview to match its strategy’s .yaml file, or add the strategy',
    });
  }
  // A draft's overview is written last; it is checked once `draft: true` goes.
  const draft = ctx.input.strategies.find((s) => s.id === o.id)?.data.draft === true;
  if (!draft && (o.data.words < OVERVIEW_WORDS.min || o.data.words > OVERVIEW_WORDS.max)) {
    ctx.report({
      file: o.file,
      path: [],
      expected: `an overview of ${OVERVIEW_WORDS.min}-${OVERVIEW_WORDS.max} words`,
      found: `${o.data.words} words`,
      fix: o.data.words < OVERVIEW_WORDS.min ? 'say more about the document' : 'shorten it',
    });
  }
}

function checkCouncil(ctx: Context, c: Entry<Council>): void {
  c.data.facts.forEach((f, i) => {
    const at: FieldPath = ['facts', i];
    if (!ctx.source(c.file, [...at, 'source'], f.source)) return;
    ctx.quote(
      { file: c.file, path: [...at, 'quote'], source: f.source, text: f.quote, passage: f.passage },
      anchorKey.fact(c.id, i),
    );
    ctx.stated(c.file, at, f, f.quote);
  });
}

function checkTheme(ctx: Context, t: Entry<Theme>): void {
  t.data.outcomes.forEach((o, i) => {
    if (ctx.outcomeIds.has(o)) return;
    ctx.report({
      file: t.file,
      path: [...(t.at ?? []), 'outcomes', i],
      expected: `a 2008 outcome id from content/national.yaml (${listOf(ctx.outcomeIds)})`,
      found: `"${o}"`,
      fix: 'use one of the ids listed',
    });
  });
}

function checkNational(ctx: Context, n: Entry<National>): void {
  const at = n.at ?? [];
  if (!ctx.source(n.file, [...at, 'source'], n.data.source)) return;
  ctx.quote(
    {
      file: n.file,
      path: [...at, 'quote'],
      source: n.data.source,
      text: n.data.quote,
      passage: n.data.passage,
    },
    anchorKey.national(n.id),
  );
}

/** A help address must be in the words of the source that confirm it, for a council that exists. */
function checkHelp(ctx: Context, h: Entry<HelpLink>): void {
  const at = h.at ?? [];
  if (h.data.council !== undefined && !ctx.councilIds.has(h.data.council))
    ctx.report({
      file: h.file,
      path: [...at, 'council'],
      expected: `a council id from content/councils/ (${listOf(ctx.councilIds)})`,
      found: `"${h.data.council}"`,
      fix: `use one of the ids listed, or add content/councils/${h.data.council}.yaml`,
    });
  const { confirmed } = h.data;
  if (!confirmed || !ctx.source(h.file, [...at, 'confirmed', 'source'], confirmed.source)) return;
  const found = ctx.quote(
    {
      file: h.file,
      path: [...at, 'confirmed', 'words'],
      source: confirmed.source,
      text: confirmed.words,
      passage: confirmed.passage,
    },
    anchorKey.help(h.id),
  );
  const address = bareAddress(h.data.url);
  if (found && !normaliseForMatch(confirmed.words).toLowerCase().includes(address))
    ctx.report({
      file: h.file,
      path: [...at, 'url'],
      expected: 'the address as the confirming words give it',
      found: `"${address}", which \`confirmed.words\` do not contain`,
      fix: 'link only to an address the source gives, and quote the words that give it',
    });
}

export function checkCorpus(input: CorpusInput): { problems: Problem[]; anchors: Anchors } {
  const ctx = new Context(input);
  for (const s of input.strategies) checkStrategy(ctx, s);
  for (const o of input.overviews) checkOverview(ctx, o);
  for (const c of input.councils) checkCouncil(ctx, c);
  for (const t of input.themes) checkTheme(ctx, t);
  for (const n of input.national) checkNational(ctx, n);
  for (const h of input.help ?? []) checkHelp(ctx, h);
  return { problems: ctx.problems, anchors: ctx.anchors };
}

/** Words in an overview's Markdown, ignoring frontmatter, imports and markup. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** A problem's path as the old one-line form (`items[3].quote`), for callers that show no positions. */
export const problemPath = (p: Problem): string => formatPath(p.path);
