import { describe, expect, it } from 'vitest';
import { reportHref } from '../../src/lib/site-meta.ts';

const item = {
  strategyTitle: 'Barnet 2009-2012',
  id: '1.2-a',
  permalink: 'https://x.org/strategies/barnet-2009/d1/#item-1.2-a',
};

describe('report a problem', () => {
  it('prefills a new issue with the strategy, item id and permalink', () => {
    const href = reportHref({ issuesUrl: 'https://github.com/o/r/issues/new' }, item) ?? '';
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://github.com/o/r/issues/new');
    expect(u.searchParams.get('title')).toBe('Problem with Barnet 2009-2012, item 1.2-a');
    expect(u.searchParams.get('body')).toContain(item.permalink);
  });

  it('adds to a query string the issue address already has', () => {
    expect(reportHref({ issuesUrl: 'https://h/new?labels=content' }, item)).toMatch(
      /^https:\/\/h\/new\?labels=content&title=/,
    );
  });

  it('falls back to a prefilled email, then to nothing when neither is set', () => {
    expect(reportHref({ email: 'editors@example.org' }, item)).toMatch(
      /^mailto:editors@example\.org\?subject=Problem%20with/,
    );
    expect(reportHref({}, item)).toBeNull();
  });
});
