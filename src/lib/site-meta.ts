/** Site-wide constants. */
export const SITE_NAME = 'Carers Strategies Compared';
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Where readers report an error in an item, set in one place at build time: a repository's
 * new-issue address (PUBLIC_REPORT_ISSUES_URL, e.g. https://github.com/<owner>/<repo>/issues/new)
 * or an email address (PUBLIC_REPORT_EMAIL). With neither, item pages point to the About page's
 * reporting section instead.
 */
const env = (import.meta.env ?? {}) as Record<string, string | undefined>;
export const REPORT_PROBLEM: ReportConfig = {
  issuesUrl: env['PUBLIC_REPORT_ISSUES_URL'] || undefined,
  email: env['PUBLIC_REPORT_EMAIL'] || undefined,
};

export type ReportConfig = { issuesUrl?: string | undefined; email?: string | undefined };

/** A prefilled report for one item: an issue form or an email, or null when neither is set. */
export function reportHref(
  config: ReportConfig,
  item: { strategyTitle: string; id: string; permalink: string },
): string | null {
  const subject = `Problem with ${item.strategyTitle}, item ${item.id}`;
  const body = `Item: ${item.permalink}\n\nWhat is wrong (quote the council's document if you can):\n`;
  const query = (k: string) =>
    `${k}=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (config.issuesUrl) {
    const sep = config.issuesUrl.includes('?') ? '&' : '?';
    return `${config.issuesUrl}${sep}${query('title')}`;
  }
  if (config.email) return `mailto:${config.email}?${query('subject')}`;
  return null;
}
