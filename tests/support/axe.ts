/** axe on a page as the browser shows it now: WCAG 2.2 A and AA, one line per violation. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * AxeBuilder injects axe with page.evaluate, through DevTools, so the CSP under test is not loosened.
 * Legacy mode runs axe in the page itself rather than finishing in an extra blank page: a page opened
 * with browser.newPage() cannot open another, it is faster, and the site has no frames to reach into.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
