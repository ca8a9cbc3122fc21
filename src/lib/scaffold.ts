/**
 * What `npm run new` writes for a new strategy: the framework proposed from the source's own
 * headings (each mapped to the themes whose names or synonyms it uses), a draft strategy file that
 * passes the checks while it has no items, and the list of what is left to do.
 */
import { stringify } from 'yaml';
import type { Block } from './source-text.ts';
import { escapeRegExp as escapeRe, stripEmphasis } from './text.ts';

export type ThemeTerms = { id: string; title: string; synonyms: readonly string[] };
export type ProposedHeading = { id: string; title: string; themes: string[] };

const mentions = (text: string, term: string) =>
  new RegExp(`\\b${escapeRe(term.toLowerCase())}`).test(text.toLowerCase());

/** Themes a heading names: by the theme's title, or any of its synonyms, as whole words. */
export function themesFor(heading: string, themes: readonly ThemeTerms[]): string[] {
  return themes
    .filter((t) =>
      [t.title, ...t.synonyms].some((term) => term.length >= 4 && mentions(heading, term)),
    )
    .map((t) => t.id);
}

/**
 * The document's own top-level headings (or, if it has fewer than two, every heading), in order,
 * without repeats, each with proposed themes. Titles are the source's words, so they pass the check.
 */
export function proposeHeadings(
  blocks: readonly Block[],
  themes: readonly ThemeTerms[],
): ProposedHeading[] {
  const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));
  const top = headings.filter((h) => h.level === 2);
  const chosen = top.length >= 2 ? top : headings;
  const seen = new Set<string>();
  return chosen.flatMap((h) => {
    const title = stripEmphasis(h.text).trim();
    if (seen.has(title) || !/[a-z]{3}/i.test(title)) return [];
    seen.add(title);
    return [{ id: `h${seen.size}`, title, themes: themesFor(title, themes) }];
  });
}

export type StrategyDraft = {
  council: string;
  councilName: string;
  source: string;
  title: string;
  year: number;
  headings: ProposedHeading[];
};

/** The draft strategy file: every value either read from the source or marked for checking. */
export function draftStrategyYaml(d: StrategyDraft, today: string): string {
  const data = {
    draft: true,
    council: d.council,
    source: d.source,
    title: d.title,
    shortTitle: `${d.councilName} ${d.year}`,
    documentType: 'strategy',
    status: 'final',
    statusNote: 'To be written from the document before this draft is published.',
    period: { start: d.year, label: String(d.year) },
    date: { label: String(d.year), year: d.year },
    partners: [],
    framework: { name: "The document's own headings", headings: d.headings },
    caveats: [],
    items: [],
  };
  return [
    '# yaml-language-server: $schema=../../.astro/collections/strategies.schema.json',
    `# Scaffolded by npm run new on ${today}. A draft: checked, not published. Work through the list`,
    '# npm run new printed (documentType, status, period, date, headings, items), then delete `draft: true`.',
    stringify(data, { lineWidth: 100 }),
  ].join('\n');
}

/** What a contributor still has to do, in order, once the files are written. */
export function leftToDo(
  d: StrategyDraft,
  files: { strategy: string; overview: string; council?: string },
  themesToMention: readonly string[],
): string[] {
  const headingIds = d.headings.map((h) => h.id).join(', ') || 'none found';
  const unmapped = d.headings.filter((h) => h.themes.length === 0).map((h) => h.id);
  const noTheme = unmapped.length > 0 ? ` (no theme proposed for ${unmapped.join(', ')})` : '';
  const byHeadings =
    themesToMention.length > 0 ? ` (by the proposed headings: ${themesToMention.join(', ')})` : '';
  return [
    ...(files.council
      ? [`${files.council}: check the council's details; add facts only with their quote.`]
      : []),
    `${files.strategy}: set documentType, status, statusNote, period and date from the document ` +
      `(scaffolded as a final strategy of ${d.year}).`,
    `${files.strategy}: check the ${d.headings.length} proposed framework headings (${headingIds}); ` +
      `drop any that are not the framework, and map each to its themes${noTheme}.`,
    `${files.strategy}: record the items (npm run passages -- ${d.source} lists the passages; ` +
      `npm run find-quote -- ${d.source} "<words>" checks a quote).`,
    `${files.overview}: write the overview, 150 to 400 words in our own words.`,
    `themes.yaml: once items are recorded, each theme they are on needs a line about ${d.councilName} ` +
      `in its comparison paragraph${byHeadings}; npm run check:content names any still missing.`,
    `${files.strategy}: delete the line \`draft: true\`, then npm run check:content and npm test.`,
  ];
}
