/**
 * A ready citation for one item, in a plain author-date style a carers organisation can paste.
 * The access date is left for the reader (or the copy button) to fill: a static page cannot know it.
 */
export type CitationInput = {
  council: string;
  title: string;
  year: number;
  status: string;
  itemId: string;
  url: string;
  siteName: string;
  accessed?: string;
};

export const ACCESS_PLACEHOLDER = '[date accessed]';

export function formatCitation(c: CitationInput): string {
  return `${c.council} (${c.year}) ${c.title}. ${c.status}. Item ${c.itemId}, as recorded by ${c.siteName}. ${c.url} (accessed ${c.accessed ?? ACCESS_PLACEHOLDER}).`;
}
