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
 * reporting section, which says this copy has no address; a public build refuses to go without one
 * (astro.config.mjs, with reportAddressProblem below).
 */
const env = (import.meta.env ?? {}) as Record<string, string | undefined>;
export const REPORT_PROBLEM: ReportConfig = reportConfig(env);

export type ReportConfig = { issuesUrl?: string | undefined; email?: string | undefined };

/** The reporting address from an environment (Vite's import.meta.env, or process.env and .env files). */
export function reportConfig(vars: Record<string, string | undefined>): ReportConfig {
  return {
    issuesUrl: vars['PUBLIC_REPORT_ISSUES_URL']?.trim() || undefined,
    email: vars['PUBLIC_REPORT_EMAIL']?.trim() || undefined,
  };
}

/** Where a reporting variable is set, said in every message about one. */
const whereToSet = (what: string) =>
  `Set ${what} in the environment of \`npm run build\` or in a .env file at the project root ` +
  '(read by src/lib/site-meta.ts); for .github/workflows/pages.yml, as a repository variable ' +
  '(Settings > Secrets and variables > Actions) of the same name.';

/**
 * Why a public build (one with SITE_URL) cannot go out with this reporting address, or null when it
 * can: a public site must give readers a way to report an error, and a wrong address is a dead end.
 */
export function reportAddressProblem(config: ReportConfig): string | null {
  const { issuesUrl, email } = config;
  if (!issuesUrl && !email)
    return (
      'SITE_URL is set, so this is a public build, but readers would have no way to report an error: ' +
      'PUBLIC_REPORT_ISSUES_URL and PUBLIC_REPORT_EMAIL are both unset. ' +
      whereToSet(
        'PUBLIC_REPORT_ISSUES_URL to a new-issue address (such as ' +
          'https://github.com/<owner>/<repo>/issues/new) or PUBLIC_REPORT_EMAIL to an email address',
      )
    );
  if (issuesUrl && !/^https?:\/\/[^/\s]+\/\S*$/.test(issuesUrl))
    return (
      `PUBLIC_REPORT_ISSUES_URL must be an absolute http(s) address, got "${issuesUrl}". ` +
      whereToSet('it')
    );
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    return `PUBLIC_REPORT_EMAIL must be an email address, got "${email}". ${whereToSet('it')}`;
  return null;
}

/** Where the About page sends readers: the issue form or the email address, or null with neither. */
export function reportContact(
  config: ReportConfig,
): { kind: 'issue' | 'email'; href: string; text: string } | null {
  if (config.issuesUrl)
    return {
      kind: 'issue',
      href: config.issuesUrl,
      text: 'open an issue on the project’s public repository',
    };
  if (config.email) return { kind: 'email', href: `mailto:${config.email}`, text: config.email };
  return null;
}

/** A prefilled report for one item: an issue form or an email, or null when neither is set. */
export function reportHref(
  config: ReportConfig,
  item: { strategyTitle: string; id: string; title: string; permalink: string },
): string | null {
  const subject = `Problem with ${item.strategyTitle}, item ${item.id}: ${item.title}`;
  const body =
    `Item: ${item.title}\n${item.permalink}\n\n` +
    `What is wrong (quote the council's document if you can):\n`;
  const query = (k: string) =>
    `${k}=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (config.issuesUrl) {
    const sep = config.issuesUrl.includes('?') ? '&' : '?';
    return `${config.issuesUrl}${sep}${query('title')}`;
  }
  if (config.email) return `mailto:${config.email}?${query('subject')}`;
  return null;
}
