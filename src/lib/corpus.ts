/**
 * Checks that links between entries hold and that every quotation is in its source, and works out
 * each quotation's source passage. Shape is checked by the Zod schemas; this checks what no single
 * entry can know on its own. Pure: the Astro build and `npm run check:content` both call it.
 */
import type { Council } from '../schemas/council.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { National } from '../schemas/national.ts';
import type { Strategy } from '../schemas/strategy.ts';
import type { Theme } from '../schemas/theme.ts';
import { createQuoteIndex, type QuoteIndex } from './quotes.ts';
import type { Passage } from './source-text.ts';
import { normaliseForMatch } from './text.ts';

type Entry<T> = { id: string; file: string; data: T };

export type CorpusInput = {
  strategies: Entry<Strategy>[];
  /** Editorial overviews: strategy id → word count of the body. */
  overviews: Entry<{ words: number }>[];
  councils: Entry<Council>[];
  themes: Entry<Theme>[];
  national: Entry<National>[];
  glossary: Entry<GlossaryTerm>[];
  sources: Entry<{ passages: Passage[] }>[];
};

export type Problem = {
  file: string;
  /** Field path inside the entry, e.g. `items[3].quote`. */
  path: string;
  expected: string;
  found?: string;
};

/** Where each checked quotation was found: key → passage ids (the first is the anchor). */
export type Anchors = Map<string, string[]>;

export const OVERVIEW_WORDS = { min: 150, max: 400 } as const;

/** Keys for the anchors map, so callers never build them by hand. */
export const anchorKey = {
  item: (strategy: string, item: string) => `strategy:${strategy}#${item}`,
  heading: (strategy: string, heading: string) => `heading:${strategy}#${heading}`,
  title: (strategy: string) => `title:${strategy}`,
  recognition: (strategy: string, item: string) => `recognition:${strategy}#${item}`,
  fact: (council: string, index: number) => `fact:${council}#${index}`,
  national: (id: string) => `national:${id}`,
};

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: expected ${p.expected}${p.found === undefined ? '' : `; found ${p.found}`}`;
}

function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function checkCorpus(input: CorpusInput): { problems: Problem[]; anchors: Anchors } {
  const problems: Problem[] = [];
  const anchors: Anchors = new Map();
  const indexes = new Map<string, QuoteIndex>();
  for (const s of input.sources) indexes.set(s.id, createQuoteIndex(s.data.passages));

  const themeIds = new Set(input.themes.map((t) => t.id));
  const councilIds = new Set(input.councils.map((c) => c.id));
  const sourceIds = [...indexes.keys()];
  const outcomeIds = new Set(
    input.national.filter((n) => n.data.kind === 'outcome-2008').map((n) => n.id),
  );

  const listOf = (ids: Iterable<string>) => [...ids].sort().join(', ');

  const checkThemes = (file: string, path: string, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!themeIds.has(id)) {
        problems.push({
          file,
          path: `${path}[${i}]`,
          expected: `a theme id from content/themes.yaml (${listOf(themeIds)})`,
          found: `"${id}"`,
        });
      }
    });
  };

  /** Finds a quote; records its anchor or a problem showing the closest passage. */
  const checkQuote = (
    file: string,
    path: string,
    sourceId: string,
    text: string,
    key: string,
  ): string[] | null => {
    const index = indexes.get(sourceId);
    if (!index) return null;
    const match = index.find(text);
    if (match) {
      anchors.set(key, match.passageIds);
      return match.passageIds;
    }
    const near = index.closest(text);
    problems.push({
      file,
      path,
      expected: `words found verbatim in content/sources/${sourceId}.txt`,
      found: `"${clip(text, 100)}"${near ? `. Closest passage (${near.id}): "${clip(near.text)}"` : ''}`,
    });
    return null;
  };

  const checkStated = (file: string, path: string, stated: string, quoteText: string) => {
    if (!normaliseForMatch(quoteText).includes(normaliseForMatch(stated))) {
      problems.push({
        file,
        path,
        expected: `the figure as written in the quote`,
        found: `"${stated}", which the quote does not contain`,
      });
    }
  };

  const checkSource = (file: string, path: string, id: string): boolean => {
    if (indexes.has(id)) return true;
    problems.push({
      file,
      path,
      expected: `a source id from content/sources/ (${sourceIds.join(', ')})`,
      found: `"${id}"`,
    });
    return false;
  };

  for (const { id, file, data: s } of input.strategies) {
    if (!councilIds.has(s.council)) {
      problems.push({
        file,
        path: 'council',
        expected: `a council id from content/councils/ (${listOf(councilIds)})`,
        found: `"${s.council}"`,
      });
    }
    if (!input.overviews.some((o) => o.id === id)) {
      problems.push({
        file,
        path: '(entry)',
        expected: `an editorial overview in content/strategies/${id}.mdx`,
        found: 'none',
      });
    }
    const hasSource = checkSource(file, 'source', s.source);
    if (hasSource) checkQuote(file, 'title', s.source, s.title, anchorKey.title(id));

    s.framework.headings.forEach((h, i) => {
      checkThemes(file, `framework.headings[${i}].themes`, h.themes);
      if (hasSource)
        checkQuote(
          file,
          `framework.headings[${i}].title`,
          s.source,
          h.title,
          anchorKey.heading(id, h.id),
        );
    });

    const figureIds = new Set(s.items.filter((it) => it.type === 'figure').map((it) => it.id));
    s.items.forEach((item, i) => {
      const at = `items[${i}]`;
      checkThemes(file, `${at}.themes`, item.themes);
      const passageIds = hasSource
        ? checkQuote(file, `${at}.quote`, s.source, item.quote, anchorKey.item(id, item.id))
        : null;
      if (item.type === 'figure') checkStated(file, `${at}.stated`, item.stated, item.quote);
      if (item.type === 'target') {
        item.values.forEach((v, j) =>
          checkStated(file, `${at}.values[${j}].stated`, v.stated, item.quote),
        );
      }
      if (item.type === 'commitment' && passageIds) {
        const index = indexes.get(s.source);
        for (const field of ['lead', 'timescale'] as const) {
          const value = item[field];
          if (value !== undefined && index && !index.contains(value, passageIds)) {
            problems.push({
              file,
              path: `${at}.${field}`,
              expected: `words found in the same source passage as the quote (${passageIds[0]})`,
              found: `"${value}"`,
            });
          }
        }
      }
      if (item.type === 'good-practice') {
        if (item.recognition !== undefined && hasSource) {
          checkQuote(
            file,
            `${at}.recognition`,
            s.source,
            item.recognition,
            anchorKey.recognition(id, item.id),
          );
        }
        item.evidence?.forEach((ref, j) => {
          if (!figureIds.has(ref)) {
            problems.push({
              file,
              path: `${at}.evidence[${j}]`,
              expected: `the id of a figure item in this strategy (${listOf(figureIds)})`,
              found: `"${ref}"`,
            });
          }
        });
      }
    });
  }

  for (const { id, file, data } of input.overviews) {
    if (!input.strategies.some((s) => s.id === id)) {
      problems.push({
        file,
        path: '(entry)',
        expected: `a strategy data file content/strategies/${id}.yaml`,
        found: 'none',
      });
    }
    if (data.words < OVERVIEW_WORDS.min || data.words > OVERVIEW_WORDS.max) {
      problems.push({
        file,
        path: '(body)',
        expected: `an overview of ${OVERVIEW_WORDS.min}-${OVERVIEW_WORDS.max} words`,
        found: `${data.words} words`,
      });
    }
  }

  for (const { id, file, data: c } of input.councils) {
    c.facts.forEach((f, i) => {
      if (!checkSource(file, `facts[${i}].source`, f.source)) return;
      checkQuote(file, `facts[${i}].quote`, f.source, f.quote, anchorKey.fact(id, i));
      checkStated(file, `facts[${i}].stated`, f.stated, f.quote);
    });
  }

  for (const { id, file, data: t } of input.themes) {
    t.outcomes.forEach((o, i) => {
      if (!outcomeIds.has(o)) {
        problems.push({
          file,
          path: `${id}.outcomes[${i}]`,
          expected: `a 2008 outcome id from content/national.yaml (${listOf(outcomeIds)})`,
          found: `"${o}"`,
        });
      }
    });
  }

  for (const { id, file, data: n } of input.national) {
    if (checkSource(file, `${id}.source`, n.source))
      checkQuote(file, `${id}.quote`, n.source, n.quote, anchorKey.national(id));
  }

  return { problems, anchors };
}

/** `['items', 3, 'quote']` → `items[3].quote`, the form every message uses. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, part) => {
      if (typeof part === 'number') return `${out}[${part}]`;
      return out === '' ? String(part) : `${out}.${String(part)}`;
    }, '') || '(entry)'
  );
}

/** Words in an MDX body, ignoring frontmatter, imports and markup. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
