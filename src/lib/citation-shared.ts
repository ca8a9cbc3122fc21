/**
 * What the copy-citation script shares with the build: attribute names and the words for the date
 * accessed. No imports, so the browser bundle stays a few hundred bytes.
 */

/** Attributes the copy script and the build share, so neither hard-codes the other's names. */
export const CITE_ATTR = {
  /** On the element holding a citation's text. */
  block: 'data-cite',
  /** On each link in it, rewritten as the address the reader is on when the script runs. */
  url: 'data-cite-url',
  /** On the empty span the script fills with the date accessed. */
  accessed: 'data-cite-accessed',
  /** On the copy button, naming the citation's element id. */
  button: 'data-cite-copy',
  /** On each download link, naming its format (ris, bib, json). */
  download: 'data-cite-download',
} as const;

/**
 * A citation file made fit for the reader who downloads it: the date accessed is today's (the file on
 * the server says the build's), and paths (a build without SITE_URL) become addresses on `origin`.
 */
export function forReader(text: string, format: string, today: string, origin: string): string {
  // A path is a word starting with "/" after a space, brace or quote: "UR  - /x", "url = {/x}", "URL": "/x".
  const absolute = text.replace(/(^|[\s{"])(\/[^\s}"]*)/gm, (_, before: string, path: string) =>
    path.startsWith('//') ? `${before}${path}` : `${before}${origin}${path}`,
  );
  const [y, m, d] = today.split('-').map(Number);
  if (format === 'ris') return absolute.replace(/^Y2 {2}- .*$/gm, `Y2  - ${y}/${m}/${d}/`);
  if (format === 'json') {
    const items = JSON.parse(absolute) as Record<string, unknown>[];
    for (const item of items) item['accessed'] = { 'date-parts': [[y, m, d]] };
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  return absolute; // BibTeX has no field for the date accessed
}

/** "1 December 2026" from "2026-12-01". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The words " (accessed 1 December 2026)" the copy script and the text format both use. */
export const accessedWords = (iso: string) => ` (accessed ${longDate(iso)})`;

/** Today's date where the reader is, as an ISO date. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
