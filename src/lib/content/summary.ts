/** The last line of a content check: what the folder holds, and what is new since the last commit. */
import type { CorpusInput } from '../corpus.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "5 strategies, 944 items; 1 new: plymouth-2014, 23 items". `known` lists the strategy files in the
 * last commit; without it (no git) the line gives the counts only.
 */
export function summaryLine(input: Pick<CorpusInput, 'strategies'>, known?: ReadonlySet<string>): string {
  const items = input.strategies.reduce((n, s) => n + s.data.items.length, 0);
  const n = input.strategies.length;
  const counts = `${n} ${n === 1 ? 'strategy' : 'strategies'}, ${plural(items, 'item')}`;
  if (!known) return counts;
  const fresh = input.strategies.filter((s) => !known.has(s.file));
  if (fresh.length === 0) return counts;
  const shown = fresh.slice(0, 5).map((s) => `${s.id}, ${plural(s.data.items.length, 'item')}`);
  const list = [...shown, ...(fresh.length > 5 ? [`and ${fresh.length - 5} more`] : [])].join('; ');
  return `${counts}; ${fresh.length} new: ${list}`;
}
