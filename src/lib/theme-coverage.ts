/**
 * Keeps the themes' "How approaches differ" paragraphs honest as councils are added: every strategy
 * with items on a theme must be mentioned (by its council's name) in that theme's comparison, or the
 * theme must be marked as reviewed for it (`reviewedFor`) by someone who checked the text covers it.
 */
import { escapeRegExp } from './text.ts';

export type CoverageTheme = {
  id: string;
  comparison?: string | undefined;
  reviewedFor: readonly string[];
};
export type CoverageStrategy = { id: string; councilName: string; themes: readonly string[] };
export type Unmentioned = { theme: string; strategy: string; councilName: string; items: number };

const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^A-Za-z])${escapeRegExp(name)}(?![a-z])`).test(text);

/** Theme × strategy pairs whose comparison text says nothing of a strategy that has items on it. */
export function unmentionedStrategies(
  themes: readonly CoverageTheme[],
  strategies: readonly CoverageStrategy[],
): Unmentioned[] {
  return themes.flatMap((t) =>
    strategies.flatMap((s) => {
      const items = s.themes.filter((id) => id === t.id).length;
      if (items === 0 || t.reviewedFor.includes(s.id)) return [];
      if (t.comparison && mentions(t.comparison, s.councilName)) return [];
      return [{ theme: t.id, strategy: s.id, councilName: s.councilName, items }];
    }),
  );
}

export function formatUnmentioned(u: Unmentioned, file = 'content/themes.yaml'): string {
  return (
    `${file}: ${u.theme}.comparison: does not mention ${u.councilName} (${u.strategy}), which has ` +
    `${u.items} item${u.items === 1 ? '' : 's'} on this theme. Add a line about it in our own words, ` +
    `or, if the paragraph already covers it, add ${u.strategy} to the theme's reviewedFor list.`
  );
}

type Entry<T> = { id: string; data: T };

/** The pairs to report for a corpus, from its entries as the check and the build read them. */
export function corpusUnmentioned(input: {
  themes: readonly Entry<{ comparison?: string | undefined; reviewedFor: readonly string[] }>[];
  councils: readonly Entry<{ name: string }>[];
  strategies: readonly Entry<{
    council: string;
    draft?: true | undefined;
    items: readonly { themes: readonly string[] }[];
  }>[];
}): Unmentioned[] {
  const names = new Map(input.councils.map((c) => [c.id, c.data.name]));
  return unmentionedStrategies(
    input.themes.map((t) => ({
      id: t.id,
      comparison: t.data.comparison,
      reviewedFor: t.data.reviewedFor,
    })),
    input.strategies.map((s) => ({
      id: s.id,
      councilName: names.get(s.data.council) ?? s.data.council,
      themes: s.data.items.flatMap((i) => i.themes),
    })),
  );
}
