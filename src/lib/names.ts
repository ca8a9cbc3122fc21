/**
 * How things are named in words: link texts, headings, citations and search results all use these,
 * so an item is never called by its id and names are said once.
 */
import type { Item } from '../schemas/item.ts';

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
