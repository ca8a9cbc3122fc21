import { describe, expect, it } from 'vitest';
import {
  reportAddressProblem,
  reportConfig,
  reportContact,
  reportHref,
} from '../../src/lib/site-meta.ts';

const item = {
  strategyTitle: 'Barnet 2009-2012',
  id: '1.2-a',
  title: 'Carers will be asked what they think',
  permalink: 'https://x.org/strategies/barnet-2009/d1/#item-1.2-a',
};

describe('report a problem', () => {
  it('prefills a new issue with the strategy, item id, title and permalink', () => {
    const href = reportHref({ issuesUrl: 'https://github.com/o/r/issues/new' }, item) ?? '';
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://github.com/o/r/issues/new');
    expect(u.searchParams.get('title')).toBe(
      'Problem with Barnet 2009-2012, item 1.2-a: Carers will be asked what they think',
    );
    expect(u.searchParams.get('body')).toContain(item.permalink);
    expect(u.searchParams.get('body')).toContain(`Item: ${item.title}`);
  });

  it('adds to a query string the issue address already has', () => {
    expect(reportHref({ issuesUrl: 'https://h/new?labels=content' }, item)).toMatch(
      /^https:\/\/h\/new\?labels=content&title=/,
    );
  });

  it('falls back to a prefilled email with the title and permalink, then to nothing when neither is set', () => {
    const href = reportHref({ email: 'editors@example.org' }, item) ?? '';
    expect(href).toMatch(/^mailto:editors@example\.org\?subject=Problem%20with/);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toContain(item.title);
    expect(query.get('body')).toContain(item.permalink);
    expect(reportHref({}, item)).toBeNull();
  });

  it('reads both variables from an environment, ignoring blank ones', () => {
    expect(
      reportConfig({ PUBLIC_REPORT_ISSUES_URL: ' https://h/new ', PUBLIC_REPORT_EMAIL: '  ' }),
    ).toEqual({ issuesUrl: 'https://h/new', email: undefined });
    expect(reportConfig({})).toEqual({ issuesUrl: undefined, email: undefined });
  });

  it('gives the About page the issue form, else the email address, else nothing', () => {
    expect(reportContact({ issuesUrl: 'https://h/new', email: 'e@x.org' })?.href).toBe(
      'https://h/new',
    );
    expect(reportContact({ email: 'e@x.org' })).toEqual({
      kind: 'email',
      href: 'mailto:e@x.org',
      text: 'e@x.org',
    });
    expect(reportContact({})).toBeNull();
  });
});

describe('a public build without a reporting address', () => {
  it('is refused with a message naming both variables and where to set them', () => {
    const message = reportAddressProblem({}) ?? '';
    for (const words of [
      'SITE_URL is set',
      'PUBLIC_REPORT_ISSUES_URL',
      'PUBLIC_REPORT_EMAIL',
      '.env file at the project root',
      'src/lib/site-meta.ts',
      '.github/workflows/pages.yml',
    ])
      expect(message).toContain(words);
  });

  it('is refused when the address is not an http(s) address or an email address', () => {
    expect(reportAddressProblem({ issuesUrl: 'github.com/o/r/issues' })).toMatch(
      /^PUBLIC_REPORT_ISSUES_URL must be an absolute http\(s\) address, got "github\.com/,
    );
    expect(reportAddressProblem({ email: 'editors' })).toMatch(
      /^PUBLIC_REPORT_EMAIL must be an email address, got "editors"/,
    );
  });

  it('goes ahead with either address', () => {
    expect(reportAddressProblem({ issuesUrl: 'https://github.com/o/r/issues/new' })).toBeNull();
    expect(reportAddressProblem({ email: 'editors@example.org' })).toBeNull();
  });
});
