/**
 * How the site names the council's original document ("PDF, 42 pages") and links to its pages.
 * Apart from source-records.ts (which hashes with node:crypto) because the site model, which the
 * compare script reaches, uses it.
 */
import type { SourceRecord } from '../schemas/source-record.ts';

const FORMAT_NAMES = { pdf: 'PDF', docx: 'Word', html: 'web page', txt: 'text' } as const;

/** "PDF, 42 pages", for the link to the council's original; null where no address is recorded. */
export function originalLabel(record: SourceRecord): string | null {
  const o = record.original;
  if (!o.url) return null;
  const parts = [
    o.format ? FORMAT_NAMES[o.format] : null,
    o.pages ? `${o.pages} page${o.pages === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return parts.join(', ');
}

/** A link to one page of the original PDF (`…pdf#page=12`), which PDF viewers open at that page. */
export function originalPageHref(record: SourceRecord, page: number | undefined): string | null {
  const o = record.original;
  if (!o.url || o.format !== 'pdf' || page === undefined) return null;
  return `${o.url.replace(/#.*$/, '')}#page=${page}`;
}

/** The link to the council's original, with its label ("PDF, 42 pages"), where an address is recorded. */
export function originalOf(
  record: SourceRecord | undefined,
): { href: string; label: string } | null {
  const label = record ? originalLabel(record) : null;
  return record?.original.url && label !== null ? { href: record.original.url, label } : null;
}

/** The page of the original PDF a passage starts on, and a link that opens the PDF there. */
export function originalPage(
  record: SourceRecord,
  page: number | undefined,
): { href: string; page: number } | null {
  const href = originalPageHref(record, page);
  return href && page !== undefined ? { href, page } : null;
}
