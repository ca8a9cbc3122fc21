/**
 * Historic framing and "Get help now": how old a document is, in words, and which confirmed addresses
 * a page offers for help today. The age is counted to the build's date (SOURCE_DATE_EPOCH when set),
 * so two builds of the same commit on the same day, or with the same epoch, are identical.
 */
import type { HelpLink } from '../schemas/help.ts';

/** An address as a source writes it: no scheme, no trailing slash, lower case ("www.barnet.gov.uk"). */
export function bareAddress(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** "this year", "1 year ago", "18 years ago". */
export function yearsAgo(year: number, asOfYear: number): string {
  const n = asOfYear - year;
  if (n <= 0) return 'this year';
  return n === 1 ? '1 year ago' : `${n} years ago`;
}

/** "2008, 18 years ago" for one year; "2006 to 2011, 15 to 20 years ago" for several. */
export function whenWritten(years: readonly number[], asOfYear: number): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (first === last) return `${first}, ${yearsAgo(first, asOfYear)}`;
  const newest = asOfYear - last;
  const oldest = asOfYear - first;
  return `${first} to ${last}, ${newest} to ${oldest} years ago`;
}

/**
 * A help address as a page shows it: the link, what it is, and where we found it (the passage that
 * confirms it, and the short title of the document it is in).
 */
export type HelpView = HelpLink & { sourceHref: string; sourceTitle: string | undefined };

/** What "Get help now" offers for some councils: each one's own website (or none), local sites, national ones. */
export function helpFor(
  councils: readonly { id: string; name: string; officialName: string }[],
  links: readonly HelpView[],
) {
  return {
    councils: councils.map((c) => ({
      ...c,
      website: links.find((l) => l.kind === 'council-website' && l.council === c.id),
      local: links.filter((l) => l.kind === 'local' && l.council === c.id),
    })),
    national: links.filter((l) => l.kind === 'national'),
  };
}

/** What "Get help now" offers on a page about these strategies: for their councils, and national. */
export function helpForStrategies(
  site: {
    councils: readonly { id: string; name: string; officialName: string }[];
    help: readonly HelpView[];
  },
  strategies: readonly { council: string }[],
) {
  const ids = new Set(strategies.map((s) => s.council));
  return helpFor(
    site.councils.filter((c) => ids.has(c.id)),
    site.help,
  );
}

/** What a page's "Get help now" lists, as `helpFor` returns it. */
export type HelpOffer = ReturnType<typeof helpFor>;

/**
 * The historic notice in words: "A document from 2008, 18 years ago." and that the page is a record
 * of what the council (or each council) wrote then, not what it offers carers today.
 */
export function historicWords(
  years: readonly number[],
  asOfYear: number,
  council?: string,
): { lead: string; text: string } {
  const several = new Set(years).size > 1 || years.length > 1;
  const lead = `${several ? 'Documents' : 'A document'} from ${whenWritten(years, asOfYear)}.`;
  const text = council
    ? `This page is a record of what ${councilInSentence(council)} wrote then, not what it offers carers today.`
    : 'This page is a record of what each council wrote then, not what councils offer carers today.';
  return { lead, text };
}

/** A council's official name as it reads in a sentence: "Surrey County Council", "the London Borough of Barnet". */
export function councilInSentence(officialName: string): string {
  return /\bCouncil$/.test(officialName) || /^the /i.test(officialName)
    ? officialName
    : `the ${officialName}`;
}
