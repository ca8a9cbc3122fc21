/** Order of a strategy's checks against its source, for the page's "Last checked" and its log. Pure. */
import type { Review } from '../schemas/strategy.ts';

/**
 * Newest first. Content lists checks oldest first, so of two made on the same day the one listed
 * later is the newer: reversing before the (stable) sort keeps it first.
 */
export function newestFirst(reviews: readonly Review[]): Review[] {
  return [...reviews].reverse().sort((a, b) => b.date.localeCompare(a.date));
}
