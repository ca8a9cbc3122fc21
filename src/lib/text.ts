/**
 * Text normalisation shared by quote matching and search.
 * Quotes must match their source "after normalising whitespace, quote marks and dashes":
 * this is the one place that decides what that means.
 */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/** Decodes the few HTML entities the extracted sources contain. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/** Removes HTML tags, keeping their text. */
export function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text matched literally inside a regular expression: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A source passage as readers see it: emphasis markers from the extraction (`**`, `*`) are layout, dropped. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*+/g, '');
}

/**
 * The comparison form of a passage or quote: curly quotes to straight, every dash to a hyphen,
 * Markdown emphasis markers and tick marks dropped, all white space folded to one space.
 * Case and every other character are kept, so a quote stays verbatim.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[*_\u2713\u2714]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}

/** Lower-case words of a text, for similarity scores and search word lists. */
export function words(text: string): string[] {
  return (
    normaliseForMatch(text)
      .toLowerCase()
      .match(/[a-z0-9£%]+(?:['.][a-z0-9]+)*/g) ?? []
  );
}
