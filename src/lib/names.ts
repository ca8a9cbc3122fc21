/**
 * How things are named in words: link texts, headings, citations and search results all use these,
 * so an item is never called by its id and names are said once.
 */
import type { Item } from '../schemas/item.ts';
import { periodLabel } from './format.ts';
import { DOCUMENT_TYPE_LABELS, type StrategyView } from './model.ts';
import { escapeRegExp as escapeRe } from './text.ts';

/** Longest title before it is shortened at a clause or word boundary. */
export const TITLE_MAX = 90;

/** Markdown emphasis and code marks removed, spaces folded. */
export function plainWords(text: string): string {
  return text
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text (a full stop followed by a space and a capital or digit ends it). */
export function firstSentence(text: string): string {
  const plain = plainWords(text);
  const end = /[.!?](?=\s+["“‘(]?[A-Z0-9£])/.exec(plain);
  return end ? plain.slice(0, end.index) : plain.replace(/[.!?]$/, '');
}

/**
 * Shortens a title to at most `max` characters: at the last clause boundary (comma, semicolon,
 * dash, colon) past half the limit, otherwise at the last whole word, marked with an ellipsis.
 */
export function shorten(text: string, max = TITLE_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const clause = Math.max(
    ...[', ', '; ', ' – ', ' - ', ': ', ' ('].map((m) => head.lastIndexOf(m)),
  );
  if (clause >= max / 2) return text.slice(0, clause);
  const word = head.lastIndexOf(' ');
  return `${text.slice(0, word > 0 ? word : max).replace(/[,;:–-]$/, '')}…`;
}

/**
 * An item's short human title: the title recorded in content where there is one, the initiative's
 * name for good practice, otherwise the first sentence of our summary, shortened.
 */
export function itemTitle(item: Pick<Item, 'summary'> & { title?: string; name?: string }): string {
  if (item.title) return item.title;
  if (item.name) return item.name;
  return shorten(firstSentence(item.summary));
}

// ---- strategies and councils, named once ----

/** What naming a strategy needs: its council's name and the document's titles. */
export type NamedStrategy = { councilName: string; shortTitle: string; title?: string };

// One pattern per council name, not one per call: names are asked for on every item card.
const namePatterns = new Map<string, RegExp>();

/** Whether a text already names the council (as a whole word, "Barnet's" included). */
export function mentions(text: string, council: string): boolean {
  let pattern = namePatterns.get(council);
  if (!pattern) {
    // Not global, so `test` keeps no position between texts.
    pattern = new RegExp(`(?<![\\w-])${escapeRe(council)}(?![\\w-])`, 'i');
    namePatterns.set(council, pattern);
  }
  return pattern.test(text);
}

/** A council named in a text only where the text does not already name it. */
function withName(council: string, text: string, join: string): string {
  return mentions(text, council) ? text : `${council}${join}${text}`;
}

/** A council's name, as headings and labels say it. */
export const councilName = (c: { name: string } | { councilName: string }): string =>
  'name' in c ? c.name : c.councilName;

/**
 * A strategy's short name with its council said once: "Barnet 2009-2012" where the short title
 * already names the council, otherwise "Barnet: Carers plan".
 */
export const strategyName = (s: NamedStrategy): string =>
  withName(s.councilName, s.shortTitle, ': ');

/** A document's full title with its council said once: "Barnet: Inter-agency Carers Strategy". */
export const documentName = (s: NamedStrategy): string =>
  withName(s.councilName, s.title ?? s.shortTitle, ': ');

/** Something within a strategy, for headings and titles: "Breaks and respite: Barnet 2009-2012". */
export const inStrategy = (what: string, s: NamedStrategy): string => `${what}: ${strategyName(s)}`;

/** A name from a strategy (a good-practice initiative), with its council added only if not in it. */
export const withCouncil = (name: string, s: Pick<NamedStrategy, 'councilName'>): string =>
  mentions(name, s.councilName) ? name : `${name} (${s.councilName})`;

/**
 * "dated 2009", "dated 1 March 2006"; a label that is not a date keeps the year first
 * ("dated 2008 (for the conference, 12 June 2008)"); an undated document says so
 * ("undated (review at the end of 2010)"), never "dated Undated".
 */
export function datedPhrase(date: { label: string; year: number }): string {
  const label = date.label.trim();
  if (/^undated\b/i.test(label)) return `undated${label.slice('undated'.length)}`;
  const month =
    /^(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
  if (/^\d/.test(label) || month.test(label)) return `dated ${label}`;
  return `dated ${date.year} (${label})`;
}

/** What naming a document's kind needs: its type and the years it covers. */
export type KindOfDocument = Pick<StrategyView, 'documentType' | 'period'>;

/** The kind of document and its years, for a breadcrumb under its council: "Strategy, 2009-2012". */
export const documentKind = (s: KindOfDocument): string =>
  `${DOCUMENT_TYPE_LABELS[s.documentType]}, ${periodLabel(s.period)}`;

/** A strategy page's heading: the council, the kind of document and its years ("Barnet: strategy, 2009-2012"). */
export const strategyHeading = (s: KindOfDocument & Pick<NamedStrategy, 'councilName'>): string =>
  `${s.councilName}: ${DOCUMENT_TYPE_LABELS[s.documentType].toLowerCase()}, ${periodLabel(s.period)}`;

/**
 * The short name and full title together, the council said once: "Barnet 2009-2012, Inter-agency
 * Carers Strategy"; "Hertfordshire 2006, Multi-Agency Carers Strategy" where the title starts with it.
 */
export function strategyAndTitle(s: NamedStrategy): string {
  const name = strategyName(s);
  const title = s.title ?? '';
  if (!title) return name;
  const lead = new RegExp(`^${escapeRe(s.councilName)}(?:'s)?\\s+`, 'i');
  return `${name}, ${mentions(title, s.councilName) ? title.replace(lead, '') : title}`;
}
